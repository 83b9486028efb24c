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

import fs from 'node:fs';
import path from 'node:path';
import { lintSpecs } from '../lint/lintSpecs';
import { specTaskCoverage } from '../progress/specTaskCoverage';
import { summarizeSpec } from '../summarizeSpec';
import {
  FIXTURES_DIR,
  listFiles,
  parseFixture,
} from '../__testUtils__/fixtures';

// The examples of docs/spec-formats.md ("6. OpenSpec", "7. Kiro"): one
// fixture each, with exact counts, and the doc shows them verbatim.

const DOC = path.resolve(__dirname, '../../../../docs/spec-formats.md');

describe('docs/spec-formats.md examples', () => {
  it.each(['openspec-rules', 'kiro-rules'])(
    'shows every file of %s verbatim',
    fixture => {
      const doc = fs.readFileSync(DOC, 'utf8');
      const root = path.join(FIXTURES_DIR, fixture);
      for (const file of listFiles(root).filter(f => !/README/.test(f))) {
        const text = fs.readFileSync(path.join(root, file), 'utf8').trimEnd();
        expect({ file, shown: doc.includes(text) }).toEqual({
          file,
          shown: true,
        });
      }
    },
  );
});

describe('OpenSpec: a change with every kind of delta', () => {
  const change = () =>
    parseFixture('openspec-rules/openspec/changes/rename-list-output');
  const capability = () =>
    parseFixture('openspec-rules/openspec/specs/cli-list');

  it('reads the four kinds of delta in file order', () => {
    const doc = change();
    expect(doc.title).toBe('Rename the list output requirement');
    expect(
      doc.openspec!.deltas!.map(d => [
        d.operation,
        d.capability,
        d.requirement,
        d.from,
      ]),
    ).toEqual([
      ['added', 'cli-list', 'JSON Lines Output', undefined],
      ['modified', 'cli-list', 'Output Formats', undefined],
      ['removed', 'cli-list', 'Sorting', undefined],
      ['renamed', 'cli-list', 'Output Formats', 'Output Format'],
    ]);
    // Added and modified requirements are the change's requirements.
    expect(doc.requirements.map(r => [r.name, r.delta])).toEqual([
      ['JSON Lines Output', 'added'],
      ['Output Formats', 'modified'],
    ]);
  });

  it('counts nested task boxes, as `openspec list` does', () => {
    expect(summarizeSpec(change()).tasks).toEqual({
      done: 1,
      partial: 0,
      total: 3,
    });
    expect(change().status.value).toBe('in-progress');
  });

  it('lints a requirement without a scenario', () => {
    expect(
      capability().diagnostics.map(d => [d.rule, d.message, d.line]),
    ).toEqual([
      [
        'requirement-without-scenario',
        'Requirement "Flags" has no scenario (#### Scenario: …)',
        21,
      ],
    ]);
  });

  it('accepts a MODIFIED requirement under the name a RENAMED gives it', () => {
    expect(lintSpecs([capability(), change()])).toEqual([]);
    const typo = change();
    typo.openspec!.deltas![2].requirement = 'Sort Order';
    expect(lintSpecs([capability(), typo]).map(d => d.message)).toEqual([
      'REMOVED requirement "Sort Order" is not in the cli-list capability spec',
    ]);
  });
});

describe('Kiro: requirements, nested, optional and in-progress tasks', () => {
  const spec = () => parseFixture('kiro-rules/.kiro/specs/password-reset');

  it('reads requirements N and their criteria N.M', () => {
    const doc = spec();
    expect(doc.title).toBe('Password reset');
    expect(doc.summary).toBe(
      'Users who forgot their password reset it from a link sent by e-mail.',
    );
    expect(
      doc.requirements.map(r => [r.id, r.name, r.criteria!.map(c => c.id)]),
    ).toEqual([
      ['1', 'Reset link', ['1.1', '1.2', '1.3']],
      ['2', 'Abuse', ['2.1', '2.2']],
    ]);
    expect(doc.requirements[1].text).toBe(
      'As an operator, I want resets rate-limited, so that nobody floods an inbox.',
    );
  });

  it('counts in-progress as not done and optional not at all', () => {
    const doc = spec();
    const tasks = doc.phases.flatMap(p => p.tasks);
    expect(tasks.map(t => [t.id, t.state, t.optional ?? false])).toEqual([
      ['1', 'done', false],
      ['2', 'partial', false],
      ['2.1', 'done', false],
      ['2.2', 'todo', false],
      ['2.3', 'todo', true],
      ['3', 'todo', false],
    ]);
    expect(summarizeSpec(doc).tasks).toEqual({ done: 2, partial: 1, total: 5 });
    expect(doc.status.value).toBe('in-progress');
  });

  it('gives each requirement the tasks that cite it or its criteria', () => {
    const coverage = specTaskCoverage(spec());
    expect(
      ['1', '2', '1.2', '1.3', '3.1'].map(id =>
        coverage.tasksCiting(id).map(task => task.id ?? task.text),
      ),
      // 3.1 is not defined: task 3 still cites it (and is linted for it).
    ).toEqual([['1', '2.1'], ['2.2', '2.3'], ['2.1'], ['1'], ['3']]);
  });

  it('lints a task citing a requirement that does not exist', () => {
    expect(spec().diagnostics.map(d => [d.rule, d.message, d.line])).toEqual([
      [
        'undefined-reference',
        'Task 3 cites requirement 3.1, which requirements.md does not define',
        12,
      ],
    ]);
  });
});
