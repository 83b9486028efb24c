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
import { findStoryMentions } from '../parser/refs';
import { specTaskCoverage } from './specTaskCoverage';

describe('specTaskCoverage', () => {
  // Issue 17: US-3 said "No task" although Task 3.1 cites "User Story 3"
  // (examples/specs/SPEC-0042-workload-identity-federation.md).
  it('counts a task citing "User Story 3" as covering US-3', () => {
    const doc = parseMarkdown(`${SPEC_HEADER}
## User Stories

#### User Story 1 - Broker (Priority: P1)
#### User Story 2 - Rotation (Priority: P1)
#### User Story 3 - Self-service onboarding (Priority: P2)
#### User Story 4 - Audit (Priority: P3)

- GCP scope for v1 — see User Story 4.

## Implementation Phases

### Phase 1: Foundation

- [x] Task 1.1: Broker for user stories 1 and 2 (FR-001)
- [ ] Task 3.1: GitOps onboarding of AWS accounts (User Story 3, SC-004)
`);
    const tasks = doc.phases.flatMap(p => p.tasks);
    expect(tasks.map(t => t.cites)).toEqual([
      ['FR-001', 'US-1', 'US-2'],
      ['SC-004', 'US-3'],
    ]);
    const coverage = specTaskCoverage(doc);
    expect(
      doc.userStories.map(s => [
        s.id,
        coverage.tasksCiting(s.id).map(t => t.id),
      ]),
    ).toEqual([
      ['US-1', ['Task 1.1']],
      ['US-2', ['Task 1.1']],
      ['US-3', ['Task 3.1']],
      // A mention in prose is no task.
      ['US-4', []],
    ]);
  });

  it('matches ids however either side spells them', () => {
    const doc = parseMarkdown(`${SPEC_HEADER}
## Tasks

- [ ] T001 [US1] story tag (FR-1)
- [ ] T002 cites US-01 and FR-001
`);
    const coverage = specTaskCoverage(doc);
    expect(coverage.tasksCiting('US-1').map(t => t.id)).toEqual([
      'T001',
      'T002',
    ]);
    expect(coverage.tasksCiting('FR-001').map(t => t.id)).toEqual([
      'T001',
      'T002',
    ]);
    expect(coverage.tasksCiting('SC-001')).toEqual([]);
  });
});

describe('findStoryMentions', () => {
  it.each([
    ['(User Story 3, SC-004)', ['US-3']],
    ['user stories 1 and 2', ['US-1', 'US-2']],
    ['User Stories 1, 2 & 4', ['US-1', 'US-2', 'US-4']],
    ['User Story 07', ['US-7']],
    ['a story about users', []],
    ['User Story Mapping', []],
  ])('%s', (text, ids) => {
    expect(findStoryMentions(text).map(r => r.id)).toEqual(ids);
  });

  it('reads a bounded list per mention on a hostile line', () => {
    const line = `User Stories 1${', 1'.repeat(50_000)}x`;
    // One bounded list per mention (see STORY_MENTION): 21 numbers.
    expect(findStoryMentions(line)).toHaveLength(21);
  });
});
