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
import { parseFixture, phaseRows } from '../__testUtils__/fixtures';

// Exact values for real files of the corpus (copied into __fixtures__/corpus)
// and for the spec-kit fixtures. The numbers were counted by hand (grep/awk
// over the files), not copied from parser output.

describe('spec-kit fixtures', () => {
  it('parses 001-photo-albums', () => {
    const doc = parseFixture('spec-kit/001-photo-albums');
    expect(doc.id).toBe('SPEC-001');
    expect(doc.idSource).toBe('derived');
    expect(doc.branch).toBe('001-photo-albums');
    expect(doc.title).toBe('Photo Albums');
    expect(doc.status).toEqual({ raw: 'Draft', value: 'draft', stale: false });
    expect(doc.created).toBe('2025-09-18');
    expect(doc.summary).toMatch(
      /^Build an application that can help me organize my photos/,
    );
    expect(summarizeSpec(doc)).toEqual({
      userStories: 3,
      requirements: 6,
      successCriteria: 3,
      tasks: { done: 7, partial: 1, total: 15 },
      review: { checked: 0, total: 0 },
      openClarifications: 2,
      templatePrompts: 0,
    });
    expect(
      doc.userStories.map(s => [
        s.id,
        s.title,
        s.priority,
        s.acceptanceScenarios.length,
      ]),
    ).toEqual([
      ['US-1', 'Create an album', 'P1', 2],
      ['US-2', 'Reorganize albums by drag and drop', 'P2', 1],
      ['US-3', 'Browse photos in a tile view', 'P3', 1],
    ]);
    expect(phaseRows(doc)).toEqual([
      ['Phase 1: Setup (Shared Infrastructure)', 3, 3],
      ['Phase 2: Foundational (Blocking Prerequisites)', 2, 3],
      ['Phase 3: User Story 1 - Create an album (Priority: P1) 🎯 MVP', 2, 5],
      [
        'Phase 4: User Story 2 - Reorganize albums by drag and drop (Priority: P2)',
        0,
        2,
      ],
      ['Phase 5: Polish & Cross-Cutting Concerns', 0, 2],
    ]);
    const phase3 = doc.phases[2];
    expect(phase3.goal).toBe('Users can create albums and add photos');
    expect(phase3.exitCriteria).toEqual([
      'At this point, User Story 1 should be fully functional and testable independently',
    ]);
    expect(phase3.tasks[0]).toMatchObject({
      id: 'T007',
      text: 'Contract test for album creation in tests/contract/test_albums.js',
      state: 'done',
      parallel: true,
      cites: ['US-1'],
    });
    expect(phase3.tasks[3]).toMatchObject({ id: 'T010', state: 'partial' });
    expect(
      doc.phases.flatMap(p => p.tasks).filter(t => t.parallel),
    ).toHaveLength(8);
    expect(doc.phases[0].goal).toBe(
      'Project initialization and basic structure',
    );
    expect(doc.clarifications.resolved).toEqual([
      expect.objectContaining({
        id: 'Q-1',
        date: '2025-09-20',
        question: 'Where are photos stored?',
        answer: 'Locally only; photos are never uploaded.',
      }),
      expect.objectContaining({ id: 'Q-2', date: '2025-09-20' }),
      expect.objectContaining({
        id: 'Q-3',
        date: '2025-09-22',
        answer: '1,000 photos per album.',
      }),
    ]);
    expect(doc.checklists).toEqual([
      expect.objectContaining({
        name: 'Specification Quality Checklist: Photo Albums',
        kind: 'validation',
        file: 'checklists/requirements.md',
      }),
    ]);
    const items = doc.checklists[0].items;
    expect(items.map(i => [i.id, i.checked])).toEqual([
      ['CHK001', true],
      ['CHK002', true],
      ['CHK003', true],
      ['CHK004', false],
      ['CHK005', true],
      ['CHK006', false],
    ]);
    expect(doc.files).toMatchObject([
      { path: 'spec.md', role: 'spec' },
      { path: 'tasks.md', role: 'tasks' },
      { path: 'checklists/requirements.md', role: 'checklist' },
    ]);
    expect(doc.diagnostics).toEqual([]);
  });
});
