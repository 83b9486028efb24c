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
import { checklistRows, parseTree, phaseRows } from '../__testUtils__/fixtures';

// Excerpts of public spec-kit repositories of several teams
// (__fixtures__/spec-kit-wild; sources, commits and licences in its
// SOURCES.md), discovered and parsed as the CLI does. Every number was
// counted by hand in the fixture files (boxes per phase, task headings,
// table rows), not copied from parser output.

function only(team: string) {
  const specs = parseTree(`spec-kit-wild/${team}`);
  expect(specs).toHaveLength(1);
  return specs[0];
}

function counts(team: string) {
  const { root, doc } = only(team);
  const c = summarizeSpec(doc);
  return [
    root,
    doc.id,
    doc.format,
    `US ${c.userStories} FR ${c.requirements} SC ${c.successCriteria}`,
    `tasks ${c.tasks.done}/${c.tasks.total}`,
  ];
}

const doneTotal = (rows: Array<[string, number, number]>) =>
  rows.map(([, done, total]) => [done, total]);

describe('spec-kit as written in public repositories', () => {
  it('goaikit/aikit 003: no spec.md; the title, quality gates and plan.md phases are not tasks', () => {
    expect(counts('goaikit__aikit')).toEqual([
      'specs/003-aikit-generalize',
      'SPEC-003',
      'spec-kit',
      'US 0 FR 0 SC 0',
      'tasks 54/75',
    ]);
    const { doc } = only('goaikit__aikit');
    // The directory names the spec: its files' titles are the plan's and
    // the task list's.
    expect(doc.title).toBe('Aikit generalize');
    // T024 is written twice (Phase 2 and Phase 3): both boxes count.
    expect(doneTotal(phaseRows(doc))).toEqual([
      [4, 8],
      [12, 16],
      [16, 16],
      [11, 12],
      [8, 8],
      [3, 15],
    ]);
    expect(doc.phases.every(p => p.file === 'tasks.md')).toBe(true);
    expect(checklistRows(doc)).toEqual([
      ['other', 'Functional Completeness', 'plan.md', 0, 4],
      ['validation', 'Quality Metrics', 'plan.md', 0, 4],
      ['other', 'User Experience', 'plan.md', 0, 4],
      ['validation', 'Code Quality', 'tasks.md', 0, 4],
      ['validation', 'Quality Gates', 'tasks.md', 0, 8],
      ['other', 'Phase 0: Research & Design (1-2 days)', 'plan.md', 0, 5],
      ['other', 'Phase 1: Core Infrastructure (3-4 days)', 'plan.md', 0, 5],
      ['other', 'Phase 2: Package Commands (4-5 days)', 'plan.md', 0, 6],
      ['other', 'Phase 3: Agent Adaptation (3-4 days)', 'plan.md', 0, 5],
      [
        'other',
        'Phase 4: GitHub Integration & Distribution (2-3 days)',
        'plan.md',
        0,
        5,
      ],
      [
        'other',
        'Phase 5: Backward Compatibility & Migration (2-3 days)',
        'plan.md',
        0,
        4,
      ],
      ['other', 'Phase 6: Testing & Polish (2-3 days)', 'plan.md', 0, 5],
    ]);
  });

  it('generacy-ai/latency: `**T1**` bold ids with field sub-items, and `[X]` tasks', () => {
    const specs = parseTree('spec-kit-wild/generacy-ai__latency');
    expect(
      specs.map(({ root, doc }) => [
        root,
        summarizeSpec(doc).tasks,
        doneTotal(phaseRows(doc)),
      ]),
    ).toEqual([
      [
        'specs/003-define-core-facet-interfaces',
        { done: 12, partial: 0, total: 12 },
        [
          [1, 1],
          [8, 8],
          [3, 3],
        ],
      ],
      [
        'specs/030-add-health-check-endpoint',
        { done: 0, partial: 0, total: 6 },
        [
          [0, 2],
          [0, 1],
          [0, 1],
          [0, 1],
          [0, 1],
        ],
      ],
    ]);
    expect(specs[1].doc.phases[0].tasks.map(t => t.id)).toEqual(['T1', 'T2']);
  });

  it('generacy-ai/generacy 379: FR and SC tables define ids; acceptance boxes are no tasks', () => {
    expect(counts('generacy-ai__generacy')).toEqual([
      'specs/379-phase-2-1-cloud',
      'SPEC-379',
      'spec-kit',
      'US 4 FR 13 SC 5',
      'tasks 0/0',
    ]);
    const { doc } = only('generacy-ai__generacy');
    expect(doc.requirements[1]).toMatchObject({
      id: 'FR-002',
      text: 'Exponential backoff reconnection (5s to 300s max)',
      kind: 'FR',
    });
    expect(doc.successCriteria[0]).toMatchObject({
      id: 'SC-001',
      text: 'Connection establishment',
    });
    expect(doc.userStories.map(s => s.id)).toEqual([
      'US-1',
      'US-2',
      'US-3',
      'US-4',
    ]);
    expect(checklistRows(doc)).toEqual([
      ['validation', 'Acceptance Criteria', 'spec.md', 0, 4],
      ['validation', 'Acceptance Criteria', 'spec.md', 0, 4],
      ['validation', 'Acceptance Criteria', 'spec.md', 0, 4],
      ['validation', 'Acceptance Criteria', 'spec.md', 0, 3],
    ]);
  });

  it('generacy-ai/cluster-templates: `### T001 [DONE] [US1] …` headings are one task each', () => {
    expect(counts('generacy-ai__cluster-templates')).toEqual([
      'specs/001-summary-add-github-actions',
      'SPEC-001',
      'spec-kit',
      'US 0 FR 0 SC 0',
      'tasks 9/9',
    ]);
    const { doc } = only('generacy-ai__cluster-templates');
    expect(doneTotal(phaseRows(doc))).toEqual([
      [1, 1],
      [1, 1],
      [5, 5],
      [2, 2],
    ]);
    expect(doc.phases[2].tasks[1]).toMatchObject({
      id: 'T004',
      text: 'Validate Dockerfile builds locally (standard)',
      parallel: true,
      state: 'done',
    });
  });

  it('maslennikov-ig/Symancy 007: `### T001 - …` headings with unticked steps (0/15)', () => {
    expect(counts('maslennikov-ig__Symancy')).toEqual([
      'specs/007-admin-panel',
      'SPEC-007',
      'spec-kit',
      'US 0 FR 0 SC 0',
      'tasks 0/15',
    ]);
    const { doc } = only('maslennikov-ig__Symancy');
    expect(doneTotal(phaseRows(doc))).toEqual([
      [0, 4],
      [0, 3],
      [0, 2],
      [0, 3],
      [0, 3],
    ]);
    // `T001 - Install Refine Dependencies` is a task, not a dependencies list;
    // `T014 - Manual Testing` is a task, not a validation checklist.
    expect(doc.phases[0].tasks[0].text).toBe('Install Refine Dependencies');
    expect(doc.checklists).toEqual([]);
  });

  it('yaOstroglyad/one-sim-portal 019: headings marked ✅ with ticked steps, T009a/T009b after T009', () => {
    expect(counts('yaOstroglyad__one-sim-portal')).toEqual([
      'specs/019-global-search',
      'SPEC-019',
      'spec-kit',
      'US 0 FR 0 SC 0',
      'tasks 12/12',
    ]);
    const { doc } = only('yaOstroglyad__one-sim-portal');
    expect(doc.phases[1].tasks.map(t => t.id)).toEqual([
      'T007',
      'T008',
      'T009',
      'T009a',
      'T009b',
      'T010',
    ]);
    expect(doc.phases[0].tasks[3].text).toBe('Create Client Search Provider');
  });

  it('manaalm/child-diarization 013: `### US1 (P1): …` stories; plan.md tables are references', () => {
    expect(counts('manaalm__child-diarization')).toEqual([
      'specs/013-missing-baselines',
      'SPEC-013',
      'spec-kit',
      'US 7 FR 0 SC 0',
      'tasks 0/0',
    ]);
    const { doc } = only('manaalm__child-diarization');
    expect(doc.userStories.map(s => [s.id, s.priority, s.title])).toEqual([
      ['US-1', 'P1', 'VAD Coverage Baseline — Tier 1'],
      ['US-2', 'P1', 'Raw-Clip ECAPA Baseline — Tier 2'],
      ['US-3', 'P2', 'CLAP Zero-Shot Baseline — Tier 3'],
      ['US-4', 'P2', 'HuBERT-large / wav2vec2-large MIL — Tier 3'],
      ['US-5', 'P2', 'PANNS AudioSet Features — Tier 3'],
      ['US-6', 'P3', 'Child-Conditioned MIL — Tier 4'],
      ['US-7', 'P3', 'ECAPA Adapter Triplet Fine-Tuning — Tier 4'],
    ]);
  });

  it('panesofglass/tic-tac-toe 003: `[N/A]` is no box (19/22)', () => {
    expect(counts('panesofglass__tic-tac-toe')).toEqual([
      'specs/003-simplify-mailbox-processor',
      'SPEC-003',
      'spec-kit',
      'US 0 FR 0 SC 0',
      'tasks 19/22',
    ]);
    const { doc } = only('panesofglass__tic-tac-toe');
    expect(doneTotal(phaseRows(doc))).toEqual([
      [2, 2],
      [2, 2],
      [9, 11],
      [2, 2],
      [2, 2],
      [2, 3],
    ]);
    expect(doc.diagnostics.filter(d => d.rule === 'placeholder')).toEqual([]);
  });

  it('Mehtab-kk/Docusaurus 1-add-hello-world-page: T000 twice, a one-digit directory number', () => {
    expect(counts('Mehtab-kk__Docusaurus_project_hello-word_task')).toEqual([
      'specs/1-add-hello-world-page',
      'SPEC-1',
      'spec-kit',
      'US 0 FR 0 SC 0',
      'tasks 0/7',
    ]);
    const { doc } = only('Mehtab-kk__Docusaurus_project_hello-word_task');
    expect(doc.phases.flatMap(p => p.tasks.map(t => t.id))).toEqual([
      'T000',
      'T000',
      'T001',
      'T002',
      'T003',
      'T004',
      'T005',
    ]);
  });
});
