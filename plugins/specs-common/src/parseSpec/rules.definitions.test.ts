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

import { summarizeSpec } from '../summarizeSpec';
import { parseFixture } from '../__testUtils__/fixtures';

// Requirement, criterion and story definitions in tables and headings,
// mentions that are only references, and template slots left in a real
// spec: exact counts on fixtures written for these tests.

const RULES = 'spec-kit-rules/specs';

describe('counting rules: ids defined in tables and headings', () => {
  const doc = parseFixture(`${RULES}/103-ids-in-tables-and-headings`);

  it('defines 3 stories, 6 requirements and 3 criteria', () => {
    expect(summarizeSpec(doc)).toMatchObject({
      userStories: 3,
      requirements: 6,
      successCriteria: 3,
    });
  });

  it('reads stories from `#### US-001: …`, `### US2 (P1): …` and `### US3: … (P0)`', () => {
    expect(doc.userStories.map(s => [s.id, s.priority, s.title])).toEqual([
      ['US-1', undefined, 'Operator picks a storage backend'],
      ['US-2', 'P1', 'Storage survives a restart'],
      ['US-3', 'P0', 'Large files stream'],
    ]);
  });

  it('reads requirements from table rows (two digits, a letter suffix, no spaces) and headings', () => {
    expect(doc.requirements.map(r => [r.id, r.level, r.text])).toEqual([
      ['FR-01', undefined, 'Pluggable storage'],
      ['FR-02', 'MUST', 'The backend MUST be chosen at install time'],
      ['FR-01A', undefined, 'S3 compatible stores are supported'],
      ['FR-03', undefined, 'Local disk for development'],
      // The level comes from the section under the heading.
      ['FR-004', 'MUST', 'Command flags'],
      ['FR-005', 'SHOULD', 'Health probe'],
    ]);
    expect(doc.successCriteria.map(c => [c.id, c.text])).toEqual([
      ['SC-1', 'An operator switches backends in under 5 minutes'],
      ['SC-10', 'Uploads of 1 GiB finish without error'],
      ['SC-011', 'Mode availability'],
    ]);
  });

  it('takes mentions and traceability rows as references, not definitions', () => {
    // `- FR-004 uses …`, `Impacts: FR-005`, the traceability table: no new
    // definitions, and FR-99 (only in the traceability table) is undefined.
    expect(
      doc.diagnostics.filter(d => d.rule === 'undefined-reference'),
    ).toEqual([
      expect.objectContaining({
        message: 'FR-99 is referenced but not defined',
        line: 56,
      }),
    ]);
    expect(
      doc.diagnostics.filter(d => d.rule === 'duplicate-definition'),
    ).toEqual([]);
  });
});

describe('counting rules: template slots left in a real spec', () => {
  const doc = parseFixture(`${RULES}/105-template-left-in-spec`);

  it('does not count placeholder definitions', () => {
    expect(summarizeSpec(doc)).toMatchObject({
      userStories: 1,
      requirements: 3,
      successCriteria: 2,
    });
    expect(doc.userStories.map(s => s.id)).toEqual(['US-1']);
    expect(doc.requirements.map(r => r.id)).toEqual([
      'FR-001',
      'FR-003',
      'FR-004',
    ]);
    expect(doc.successCriteria.map(c => c.id)).toEqual(['SC-001', 'SC-003']);
    // Their own lines are no references to them.
    expect(
      doc.diagnostics.filter(d => d.rule === 'undefined-reference'),
    ).toEqual([]);
  });

  it('counts unfilled template prompts apart from open questions', () => {
    expect(summarizeSpec(doc)).toMatchObject({
      openClarifications: 3,
      templatePrompts: 5,
    });
    expect(doc.clarifications.open.map(o => o.text)).toEqual([
      'retention period not specified',
      'Do exports include deleted users?',
      'Which time zone do the date ranges use?',
    ]);
    expect(doc.clarifications.templatePrompts?.map(o => o.text)).toEqual([
      'the first requirement',
      'a measurable outcome, with a target value',
      'architecture overview and the components affected',
      'a precondition',
      'an action',
    ]);
    // The spec is in progress: its open questions are flagged, not its prompts.
    expect(
      doc.diagnostics.filter(d => d.rule === 'unresolved-clarification'),
    ).toHaveLength(3);
  });
});
