/*
 * Copyright 2026 The Specstage Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

import { SpecTaskState } from '../../model';
import { readSpec } from '../readSpec';
import { cnrefFormat } from './cnref';
import { headLabels, standardBoxState } from './common';
import { COMMON_SECTION_RULES } from './commonSections';
import { detectFormat, SPEC_FORMATS, SpecFormat } from './index';
import { sectionClassifier } from './sectionClassifier';
import { specKitFormat } from './specKit';

function probe(files: Record<string, string>) {
  return {
    files: Object.entries(files).map(([path, head]) => ({
      path,
      head,
      labels: headLabels(head),
    })),
  };
}

describe('format profiles', () => {
  it('detects the format from what each template writes at the top of its files', () => {
    expect(
      detectFormat(probe({ 'spec.md': '# Spec: X\n\n**ID**: SPEC-0042\n' }))
        .name,
    ).toBe('cnref');
    expect(
      detectFormat(
        probe({
          'spec.md':
            '# Feature Specification: X\n\n**Feature Branch**: `001-x`\n',
        }),
      ).name,
    ).toBe('spec-kit');
    expect(
      detectFormat(probe({ 'tasks.md': '- [ ] T012 [P] [US1] Do it\n' })).name,
    ).toBe('spec-kit');
    // A clarifications.md or a SUMMARY.md is the cloud-native-ref layout.
    expect(
      detectFormat(probe({ 'spec.md': '# X', 'clarifications.md': '' })).name,
    ).toBe('cnref');
    // Nothing recognisable: spec-kit's conventions are the common ground.
    expect(detectFormat(probe({ 'notes.md': '# Notes' })).name).toBe(
      'spec-kit',
    );
  });

  it('recognises spec-kit directories that have no spec.md', () => {
    const names = (...n: string[]) => new Set(n);
    expect(
      specKitFormat.isSpecDirectory('specs/003-x', names('tasks.md')),
    ).toBe(true);
    expect(
      specKitFormat.isSpecDirectory(
        '.specify/specs/feature/002-x',
        names('plan.md'),
      ),
    ).toBe(true);
    expect(
      specKitFormat.isSpecDirectory('specs/1-hello', names('tasks.md')),
    ).toBe(true);
    // Not a numbered feature directory under specs/, or nothing to read.
    expect(
      specKitFormat.isSpecDirectory(
        'docs/specs/008-x/phases/1-create-flow',
        names('plan.md'),
      ),
    ).toBe(false);
    expect(
      specKitFormat.isSpecDirectory('specs/notes', names('tasks.md')),
    ).toBe(false);
    expect(
      specKitFormat.isSpecDirectory('specs/004-x', names('research.md')),
    ).toBe(false);
    expect(cnrefFormat.isSpecDirectory('specs/003-x', names('tasks.md'))).toBe(
      false,
    );
  });

  it('lets a new format be one more profile, with readers for its own shapes', () => {
    // A toy format in the spirit of Kiro: `### Requirement 1` headings with
    // numbered criteria, `- [-]` boxes in progress.
    const toy: SpecFormat = {
      name: 'toy',
      label: 'Toy format',
      isSpecDirectory: () => false,
      detect: p => (p.files.some(f => f.path === 'requirements.md') ? 5 : 0),
      fileRole: path => (path === 'requirements.md' ? 'spec' : 'tasks'),
      classifySection: sectionClassifier(COMMON_SECTION_RULES),
      boxState: (mark: string): SpecTaskState | undefined =>
        mark === '-' ? 'partial' : standardBoxState(mark),
      isTaskFile: (_path, role) => role === 'tasks',
      readers: {
        heading(line, model) {
          const match = /^Requirement (\d+)$/.exec(line.text);
          if (!match) {
            return false;
          }
          model.defineRequirement({
            id: `REQ-${match[1]}`,
            text: line.text,
            level: 'MUST',
          });
          return true;
        },
        listItem(line, model) {
          const inCriteria = line.sections.some(
            s => s.text === 'Acceptance Criteria',
          );
          if (!inCriteria || !/^\d+\.\s/.test(`${line.text}`)) {
            return false;
          }
          model.defineSuccessCriterion({ id: 'SC-1', text: line.text });
          return true;
        },
      },
    };
    const { document } = readSpec(
      [
        {
          path: 'requirements.md',
          content:
            '# Requirements\n\n### Requirement 1\n\n#### Acceptance Criteria\n\n1. 1. WHEN x THEN the system SHALL y\n',
        },
        { path: 'tasks.md', content: '- [-] 1. Set up\n- [x] 2. Ship\n' },
      ],
      {},
      [...SPEC_FORMATS, toy],
    );
    expect(document.format).toBe('toy');
    expect(document.requirements).toEqual([
      expect.objectContaining({ id: 'REQ-1', level: 'MUST', line: 3 }),
    ]);
    expect(document.successCriteria).toEqual([
      expect.objectContaining({
        id: 'SC-1',
        text: '1. WHEN x THEN the system SHALL y',
      }),
    ]);
    expect(document.phases[0].tasks.map(t => t.state)).toEqual([
      'partial',
      'done',
    ]);
  });
});
