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

import { parseMarkdown, SPEC_HEADER } from '../__testUtils__/fixtures';
import { summarizeSpec } from '../summarizeSpec';

const parse = parseMarkdown;
const HEADER = SPEC_HEADER;

describe('parseSpec: boxes, tasks and phases', () => {
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
});
