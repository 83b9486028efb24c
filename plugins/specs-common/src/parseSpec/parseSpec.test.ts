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

import { parseSpec } from './parseSpec';
import { parseMarkdown, SPEC_HEADER } from '../__testUtils__/fixtures';

const parse = parseMarkdown;
const HEADER = SPEC_HEADER;

describe('parseSpec: definitions, lint and robustness', () => {
  it('reads requirements and success criteria with levels, annotations and wrapped lines', () => {
    const doc = parse(`${HEADER}
## Requirements

- **FR-001**: System MUST cache widgets
  for at least one hour.
- **FR-002** (conditional — CL-1): System SHOULD warm the cache.
- **NFR-001**: Reads MAY be stale by 5s.
- **SR-001:** Secrets SHALL come from External Secrets.
- **FR-003** is mentioned here but not defined
- FR-004: plain id definition without bold

## Success Criteria

- **SC-001**: p95 < 10 ms
`);
    expect(doc.requirements.map(r => [r.id, r.kind, r.level, r.text])).toEqual([
      [
        'FR-001',
        'FR',
        'MUST',
        'System MUST cache widgets for at least one hour.',
      ],
      [
        'FR-002',
        'FR',
        'SHOULD',
        '(conditional — CL-1) System SHOULD warm the cache.',
      ],
      ['NFR-001', 'NFR', 'MAY', 'Reads MAY be stale by 5s.'],
      ['SR-001', 'SR', 'MUST', 'Secrets SHALL come from External Secrets.'],
      ['FR-004', 'FR', undefined, 'plain id definition without bold'],
    ]);
    expect(doc.successCriteria).toEqual([
      expect.objectContaining({ id: 'SC-001', text: 'p95 < 10 ms', line: 20 }),
    ]);
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({
        rule: 'undefined-reference',
        message: expect.stringContaining('FR-003'),
      }),
    );
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({
        rule: 'undefined-reference',
        message: expect.stringContaining('CL-1'),
      }),
    );
  });

  it('warns about open questions once a spec is approved, naming its status', () => {
    const question =
      '- Which region? [NEEDS CLARIFICATION: region not decided]\n';
    const approved = parse(
      `${HEADER.replace('Draft', 'Approved')}\n${question}`,
    );
    expect(
      approved.diagnostics.filter(d => d.rule === 'unresolved-clarification'),
    ).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message:
          'Open question on a spec that is approved (status "Approved"): region not decided',
        line: 8,
      }),
    ]);
    // An in-progress spec is not called approved (issue: the rule used to
    // be named open-clarification-approved whatever the status).
    const inProgress = parse(
      `${HEADER.replace('Draft', 'In Progress')}\n${question}`,
    );
    expect(
      inProgress.diagnostics.find(d => d.rule === 'unresolved-clarification')
        ?.message,
    ).toBe(
      'Open question on a spec that is in progress (status "In Progress"): region not decided',
    );
    // Drafts may have open questions; unfilled template prompts never count.
    expect(
      parse(`${HEADER}\n${question}`).diagnostics.map(d => d.rule),
    ).not.toContain('unresolved-clarification');
    const prompts = parse(
      `${HEADER.replace(
        'Draft',
        'In Progress',
      )}\n## Design\n\n[NEEDS CLARIFICATION: architecture overview]\n`,
    );
    expect(prompts.clarifications.open).toEqual([]);
    expect(prompts.clarifications.templatePrompts).toHaveLength(1);
    expect(prompts.diagnostics.map(d => d.rule)).not.toContain(
      'unresolved-clarification',
    );
  });

  it('reports uncited requirements only when tasks cite requirements', () => {
    const body = `${HEADER}
- **FR-001**: System MUST a
- **FR-002**: System MUST b

## Tasks

- [ ] T001 do a`;
    expect(parse(body).diagnostics.map(d => d.rule)).not.toContain(
      'uncited-requirement',
    );
    const cited = parse(`${body} (FR-001)\n`);
    expect(
      cited.diagnostics.filter(d => d.rule === 'uncited-requirement'),
    ).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: 'FR-002 is not cited by any task',
        line: 9,
      }),
    ]);
  });

  it('reports placeholders in a real spec and marks placeholder-heavy files as templates', () => {
    const doc = parse(`${HEADER}
**Last Updated**: YYYY-MM-DD

- **FR-001**: System MUST work
`);
    expect(doc.isTemplate).toBe(false);
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({
        rule: 'placeholder',
        message: 'Unfilled placeholder YYYY-MM-DD',
        line: 8,
      }),
    );
    const template = parse(`# Spec: [Title]

**ID**: SPEC-XXX
**Status**: draft | approved
**Created**: YYYY-MM-DD

- **FR-001**: System MUST [requirement]
`);
    expect(template.isTemplate).toBe(true);
    expect(template.id).toBeUndefined();
    expect(template.diagnostics).toEqual([
      expect.objectContaining({ rule: 'placeholder', severity: 'info' }),
    ]);
  });

  it('handles CRLF line endings and a BOM', () => {
    const doc = parse(
      `\uFEFF${HEADER}\n- **FR-001**: System MUST work\n`.replace(
        /\n/g,
        '\r\n',
      ),
    );
    expect(doc.title).toBe('Widget cache');
    expect(doc.requirements[0].text).toBe('System MUST work');
  });

  it('decodes bytes and reports invalid UTF-8', () => {
    const bytes = new TextEncoder().encode(HEADER);
    expect(parseSpec([{ path: 'spec.md', content: bytes }]).id).toBe(
      'SPEC-0042',
    );
    const invalid = new Uint8Array([...bytes, 0xff, 0xfe, 0x0a]);
    const doc = parseSpec([{ path: 'spec.md', content: invalid }]);
    expect(doc.id).toBe('SPEC-0042');
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({
        rule: 'invalid-utf8',
        severity: 'warning',
        file: 'spec.md',
      }),
    );
  });

  it('reports non-spec content', () => {
    const doc = parse('# Notes\n\nJust some text.\n', 'notes.md');
    expect(doc.isSpec).toBe(false);
    expect(doc.diagnostics).toEqual([
      expect.objectContaining({ rule: 'not-a-spec', severity: 'error' }),
    ]);
    expect(parseSpec([]).isSpec).toBe(false);
  });

  it('never throws, even for input of the wrong type', () => {
    const inputs: unknown[] = [
      undefined,
      null,
      42,
      [null],
      [{}],
      [{ path: 7, content: 7 }],
      [{ path: 'spec.md', content: { nope: true } }],
      [{ path: 'spec.md', content: new ArrayBuffer(4) }],
    ];
    for (const input of inputs) {
      expect(() => parseSpec(input as any, null as any)).not.toThrow();
    }
  });

  it('turns an internal exception into a parse-failure diagnostic', () => {
    const evil = {
      get path(): string {
        throw new Error('boom');
      },
      content: '',
    };
    const doc = parseSpec([evil as any]);
    expect(doc.isSpec).toBe(false);
    expect(doc.diagnostics).toEqual([
      expect.objectContaining({
        rule: 'parse-failure',
        severity: 'error',
        message: 'The parser failed: boom',
      }),
    ]);
  });
});
