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
import { summarizeSpec } from '../summarizeSpec';

function parse(markdown: string, path = 'spec.md', location?: string) {
  return parseSpec(
    [{ path, content: markdown }],
    location ? { location } : undefined,
  );
}

const HEADER = `# Spec: Widget cache

**ID**: SPEC-0042
**Status**: Draft
**Type**: composition
**Created**: 2026-01-02
`;

describe('parseSpec', () => {
  it('reads header fields in both bold styles, with annotations and comments', () => {
    const doc = parse(`# Spec: Widget cache

**Spec ID:** SPEC-0042
**Status**: ✅ In Review (waiting for SRE) <!-- set by /spec -->
**Owner**: team-platform
**Author**: Ada Lovelace, Grace Hopper
**Created**: 2026-01-02 (initial draft)
**Last Updated**: not yet
**GitHub Issue**: [#12](https://github.com/acme/repo/issues/12)
**Components**: \`component:default/widget\`, cache-service

## User Stories

### US-1: Cache widgets (Priority: P1)
`);
    expect(doc.id).toBe('SPEC-0042');
    expect(doc.status).toEqual({
      raw: '✅ In Review (waiting for SRE)',
      value: 'in-review',
      stale: false,
    });
    expect(doc.owner).toBe('team-platform');
    expect(doc.authors).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(doc.created).toBe('2026-01-02');
    expect(doc.createdRaw).toBe('2026-01-02 (initial draft)');
    expect(doc.updated).toBeUndefined();
    expect(doc.updatedRaw).toBe('not yet');
    expect(doc.links.issue).toBe('https://github.com/acme/repo/issues/12');
    expect(doc.components).toEqual([
      'component:default/widget',
      'cache-service',
    ]);
  });

  it('lets YAML front matter win over the body', () => {
    const doc = parse(`---
id: SPEC-0100
title: From front matter
status: approved
owner: group:default/platform
components: [component:default/a, component:default/b]
tags:
  - cache
  - valkey
---
${HEADER}`);
    expect(doc.id).toBe('SPEC-0100');
    expect(doc.idSource).toBe('front-matter');
    expect(doc.title).toBe('From front matter');
    expect(doc.status.value).toBe('approved');
    expect(doc.owner).toBe('group:default/platform');
    expect(doc.components).toEqual([
      'component:default/a',
      'component:default/b',
    ]);
    expect(doc.tags).toEqual(['cache', 'valkey']);
    expect(doc.frontMatter).toMatchObject({ id: 'SPEC-0100' });
    // Line numbers count the front matter lines.
    expect(doc.requirements).toEqual([]);
  });

  it('reports broken front matter and keeps parsing', () => {
    const doc = parse(`---\nid: [unclosed\n---\n${HEADER}`);
    expect(doc.id).toBe('SPEC-0042');
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({
        rule: 'invalid-front-matter',
        severity: 'warning',
      }),
    );
  });

  it('accepts the box variants and refuses tags as boxes', () => {
    const doc = parse(`${HEADER}
## Tasks

- [ ] T001 todo
- [x] T002 done
- [X] T003 done too
- [~] T004 partial
* [ ] T005 star bullet
1. [x] T006 ordered
- [P] T007 not a box
- [US1] not a box either
- [] not a box
`);
    const tasks = doc.phases.flatMap(p => p.tasks);
    expect(tasks.map(t => [t.id, t.state])).toEqual([
      ['T001', 'todo'],
      ['T002', 'done'],
      ['T003', 'done'],
      ['T004', 'partial'],
      ['T005', 'todo'],
      ['T006', 'done'],
    ]);
    expect(summarizeSpec(doc).tasks).toEqual({ done: 3, partial: 1, total: 6 });
  });

  it('reads task ids in all their spellings', () => {
    const doc = parse(`${HEADER}
## Tasks

### Phase 1: Setup

- [ ] T-003 — hyphenated id (FR-001)
- [ ] T003b: suffixed id
- [x] **T101**: bold id, cites SC-002 and US-3
- [ ] **T102:** bold id with colon inside
- [ ] Task 1.1: seed template id
- [ ] T010 [P] [US2] spec-kit tags
- [ ] no id at all
`);
    const tasks = doc.phases[0].tasks;
    expect(tasks.map(t => t.id)).toEqual([
      'T-003',
      'T003b',
      'T101',
      'T102',
      'Task 1.1',
      'T010',
      undefined,
    ]);
    expect(tasks.map(t => t.text)).toEqual([
      'hyphenated id (FR-001)',
      'suffixed id',
      'bold id, cites SC-002 and US-3',
      'bold id with colon inside',
      'seed template id',
      'spec-kit tags',
      'no id at all',
    ]);
    expect(tasks[0].cites).toEqual(['FR-001']);
    expect(tasks[2].cites).toEqual(['SC-002', 'US-3']);
    expect(tasks[5]).toMatchObject({ parallel: true, cites: ['US-2'] });
    expect(doc.phases[0]).toMatchObject({ id: '1', title: 'Phase 1: Setup' });
  });

  it('expands id ranges and slash lists in citations', () => {
    const doc = parse(`${HEADER}
## Tasks

- [ ] T001 covers FR-001..003, SC-001–SC-002 and FR-007/009
`);
    expect(doc.phases[0].tasks[0].cites).toEqual([
      'FR-001',
      'FR-002',
      'FR-003',
      'SC-001',
      'SC-002',
      'FR-007',
      'FR-009',
    ]);
  });

  it('puts tasks outside any phase into an implicit phase', () => {
    const doc = parse(`${HEADER}
## Tasks

- [x] T001 first
- [ ] T002 second
  - [ ] a step of T002, not a task
`);
    expect(doc.phases).toEqual([
      expect.objectContaining({ title: 'Tasks', implicit: true }),
    ]);
    expect(doc.phases[0].tasks).toHaveLength(2);
  });

  it('ignores fenced code (``` and ~~~, unbalanced to EOF) and HTML comments', () => {
    const doc = parse(`${HEADER}
## Tasks

- [ ] T001 visible

\`\`\`markdown
- [ ] T002 in a backtick fence
\`\`\`

~~~
- [ ] T003 in a tilde fence
~~~

<!-- - [ ] T004 in a one-line comment -->
<!--
- [ ] T005 in a multi-line comment
## CL-1 — 2026-01-01 — not an entry
-->
- [ ] T006 visible again <!-- with a trailing comment -->

\`\`\`\`
- [ ] T007 in an unbalanced fence, which runs to the end
\`\`\`
- [ ] T008 still inside
`);
    expect(doc.phases[0].tasks.map(t => t.id)).toEqual(['T001', 'T006']);
    expect(doc.phases[0].tasks[1].text).toBe('visible again');
    expect(doc.clarifications.resolved).toEqual([]);
  });

  it('keeps review, dependency, validation and open-question boxes out of tasks', () => {
    const doc = parse(`${HEADER}
## Dependencies

- [x] operator installed

## Open questions

- [ ] [NEEDS CLARIFICATION: which region?]
- [x] CL-1 — answered question

## Validation

- [ ] renders

## Tasks

### Phase 1: Build

- [ ] T001 build it
**Security Checklist**:
- [ ] least privilege

## Review Checklist

### Project Manager (PM)

- [x] clear problem

### SRE

- [ ] alerts
`);
    expect(summarizeSpec(doc).tasks.total).toBe(1);
    expect(doc.review.map(r => [r.persona, r.items.length])).toEqual([
      ['Project Manager (PM)', 1],
      ['SRE', 1],
    ]);
    expect(doc.checklists.map(c => [c.kind, c.name, c.items.length])).toEqual([
      ['dependencies', 'Dependencies', 1],
      ['open-questions', 'Open questions', 2],
      ['validation', 'Validation', 1],
      ['validation', 'Security Checklist', 1],
    ]);
    // Checked open questions are resolved: only one open clarification.
    expect(doc.clarifications.open).toEqual([
      expect.objectContaining({ text: 'which region?', line: 14 }),
    ]);
  });

  it('reads phases with goal and exit criteria (seed template)', () => {
    const doc = parse(`${HEADER}
## Implementation Phases

### Phase 1: Foundation

**Goal**: Lay the ground

- [x] Task 1.1: First
- [ ] Task 1.2: Second

**Exit Criteria**: Everything renders

### Phase 2 – Rollout

**Goal:** Ship it
**Exit Criteria**:
- dashboards green
- on-call briefed
`);
    expect(
      doc.phases.map(p => [p.id, p.title, p.goal, p.exitCriteria]),
    ).toEqual([
      ['1', 'Phase 1: Foundation', 'Lay the ground', ['Everything renders']],
      [
        '2',
        'Phase 2 – Rollout',
        'Ship it',
        ['dashboards green', 'on-call briefed'],
      ],
    ]);
  });

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

  it('accepts hyphen, en dash and em dash in headings, and emoji', () => {
    const doc = parse(`${HEADER}
## User Stories

### User Story 1 - Hyphen (Priority: P1)
### User Story 2 – En dash (Priority: P2) 🎯 MVP
### US-3 — Em dash (Priority: P3 — conditional)
### 🚀 User Story 4: Emoji first
`);
    expect(doc.userStories.map(s => [s.id, s.title, s.priority])).toEqual([
      ['US-1', 'Hyphen', 'P1'],
      ['US-2', 'En dash', 'P2'],
      ['US-3', 'Em dash', 'P3'],
      ['US-4', 'Emoji first', undefined],
    ]);
  });

  it('normalizes status values', () => {
    const cases: Array<[string, string]> = [
      ['Draft', 'draft'],
      ['in review', 'in-review'],
      ['In-Review', 'in-review'],
      ['Approved ✅', 'approved'],
      ['🚧 In Progress', 'in-progress'],
      ['implementing', 'in-progress'],
      ['Implemented', 'implemented'],
      ['Complete', 'done'],
      ['completed', 'done'],
      ['✅ Done', 'done'],
      ['Deprecated', 'deprecated'],
      ['Superseded by SPEC-0100', 'superseded'],
      ['draft | in-review | approved', 'unknown'],
      ['banana', 'unknown'],
    ];
    for (const [raw, value] of cases) {
      expect([
        raw,
        parse(`# Spec: X\n\n**Status**: ${raw}\n`).status.value,
      ]).toEqual([raw, value]);
    }
  });

  it('marks a draft whose tasks are all done as stale', () => {
    const doc = parse(`${HEADER}
## Tasks

- [x] T001 one
- [x] T002 two
`);
    expect(doc.status).toEqual({
      raw: 'Draft',
      value: 'draft',
      stale: true,
      staleReason: 'All 2 tasks are done but the status is "Draft"',
    });
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({
        rule: 'stale-status',
        severity: 'warning',
        line: 4,
      }),
    );
  });

  it('marks an unfinished spec in a done/ or completed/ folder as stale', () => {
    expect(
      parse(HEADER, 'spec.md', 'docs/specs/done/2026-Q1/0042-x').status.stale,
    ).toBe(true);
    expect(
      parse(HEADER, 'x.md', 'docs/specs/completed/0042-x.md').status.stale,
    ).toBe(true);
    expect(parse(HEADER, 'spec.md', 'docs/specs/0042-x').status.stale).toBe(
      false,
    );
    expect(
      parse(
        HEADER.replace('Draft', 'Done'),
        'spec.md',
        'docs/specs/done/0042-x',
      ).status.stale,
    ).toBe(false);
  });

  it('warns about open clarifications on an approved spec', () => {
    const doc = parse(`${HEADER.replace('Draft', 'Approved')}
- Which region? [NEEDS CLARIFICATION: region not decided]
`);
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({
        rule: 'open-clarification-approved',
        severity: 'warning',
      }),
    );
    expect(
      parse(`${HEADER}\n- [NEEDS CLARIFICATION: x]\n`).diagnostics.map(
        d => d.rule,
      ),
    ).not.toContain('open-clarification-approved');
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

  it('derives an id from a numbered name when none is written', () => {
    expect(
      parse('# Spec: X\n\n**Status**: draft\n', 'spec.md', 'specs/007-thing')
        .id,
    ).toBe('SPEC-007');
    expect(
      parse('# Spec: X\n\n**Status**: draft\n', '0042-#3-thing.md').id,
    ).toBe('SPEC-0042');
    expect(parse('# Spec: X\n\n**ID**: #0\n').id).toBe('#0');
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

  it('reads the success metrics table and the components table', () => {
    const doc = parse(`${HEADER}
### Components Affected

| Component | Type |
|-----------|------|
| \`cache-service\` | Kubernetes |
| **Flux** | GitOps |

## Success Metrics

| Metric | Target |
|--------|--------|
| Hit rate | > 90% |
`);
    expect(doc.components).toEqual(['cache-service', 'Flux']);
    expect(doc.successMetrics).toEqual({
      headers: ['Metric', 'Target'],
      rows: [['Hit rate', '> 90%']],
    });
  });
});
