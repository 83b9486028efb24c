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
import {
  checklistRows,
  parseFixture,
  parseTree,
  phaseRows,
} from '../__testUtils__/fixtures';

// One fixture per group of counting rules (docs/spec-formats.md, "Counting
// rules"), written for these tests in the shapes seen in public spec-kit
// repositories. Exact counts, counted by hand in the fixture files.

const RULES = 'spec-kit-rules/specs';

describe('counting rules: boxes that are not tasks', () => {
  const doc = parseFixture(`${RULES}/101-boxes-that-are-not-tasks`);

  it('counts only the tasks of tasks.md (5 boxes with T ids, 3 done)', () => {
    expect(summarizeSpec(doc).tasks).toEqual({
      done: 3,
      partial: 0,
      total: 5,
    });
    expect(phaseRows(doc)).toEqual([
      ['Phase 1: Setup', 2, 2],
      // T003's two sub-step boxes are steps, not tasks.
      ['Phase 2: User Story 1 - Export one report (Priority: P1)', 1, 2],
      // T005 stands under `## Validation Checklist` but carries a task id.
      ['Tasks: Export reports as CSV', 0, 1],
    ]);
    expect(doc.phases.every(p => p.file === 'tasks.md')).toBe(true);
  });

  it('keeps every other box as a checklist item, where it stands', () => {
    expect(checklistRows(doc)).toEqual([
      // spec.md: acceptance criteria under stories, the review & acceptance
      // checklist, the execution status.
      ['validation', 'Acceptance Criteria', 'spec.md', 1, 2],
      ['validation', 'Acceptance Criteria', 'spec.md', 0, 1],
      ['validation', 'Content Quality', 'spec.md', 2, 2],
      ['validation', 'Review & Acceptance Checklist', 'spec.md', 1, 2],
      ['other', 'Execution Status', 'spec.md', 2, 3],
      // plan.md under its title `# Implementation Plan: …`.
      ['validation', 'Constitution Check', 'plan.md', 2, 2],
      ['other', 'Artifacts Generated', 'plan.md', 1, 2],
      ['other', 'Success Metrics', 'plan.md', 0, 1],
      ['other', 'Progress Tracking', 'plan.md', 1, 2],
      // tasks.md under its title `# Tasks: …`.
      ['dependencies', 'Blocked by', 'tasks.md', 0, 1],
      ['validation', 'Validation Checklist', 'tasks.md', 1, 2],
      ['validation', 'Quality Assurance Checklist', 'tasks.md', 0, 1],
      // quickstart.md never holds tasks.
      ['validation', 'Validation Checklist', 'quickstart.md', 0, 2],
      ['validation', 'Phase 1 smoke test', 'quickstart.md', 0, 1],
      // plan.md's implementation phases, not counted: tasks.md has tasks.
      ['other', 'Phase 0: Research', 'plan.md', 1, 2],
      ['other', 'Phase 1: Design', 'plan.md', 0, 1],
    ]);
    expect(doc.review).toEqual([]);
  });

  it('counts plan.md implementation phases when there is no tasks file', () => {
    const plan = parseFixture(`${RULES}/104-plan-without-tasks-file`);
    expect(summarizeSpec(plan).tasks).toEqual({
      done: 2,
      partial: 0,
      total: 4,
    });
    expect(phaseRows(plan)).toEqual([
      ['Phase 1: Limits in the gateway', 2, 2],
      ['Phase 2: Rollout', 0, 2],
    ]);
    expect(checklistRows(plan)).toEqual([
      ['validation', 'Constitution Check', 'plan.md', 1, 1],
    ]);
  });
});

describe('counting rules: odd boxes and ids', () => {
  const doc = parseFixture(`${RULES}/106-odd-boxes-and-ids`);

  it('counts 8 tasks: `[N/A]` is no box, `[~]` is partial, fences and backticks hold none', () => {
    expect(summarizeSpec(doc).tasks).toEqual({
      done: 4,
      partial: 1,
      total: 8,
    });
    expect(doc.phases.map(p => p.tasks.map(t => `${t.id}:${t.state}`))).toEqual(
      [
        ['T000:todo', 'T001:done', 'T002:done', 'T003:todo', 'T004:partial'],
        // Out of order and suffixed: each its own task.
        ['T022a:done', 'T022:todo', 'T021:done'],
      ],
    );
  });

  it('reads `[T001] [P1]`, emoji before and after ids', () => {
    const [t000, t001, t002, t003] = doc.phases[0].tasks;
    expect(t000.text).toBe('Confirm the sync library version (already pinned)');
    // `[P1]` is a priority, not the parallel marker.
    expect(t001).toMatchObject({
      id: 'T001',
      text: 'Create the sync queue table',
    });
    expect(t001.parallel).toBeUndefined();
    expect(t002).toMatchObject({
      id: 'T002',
      text: 'Design the conflict rules',
    });
    expect(t003).toMatchObject({
      id: 'T003',
      text: '⚡ Wire the queue to the network monitor',
    });
    expect(doc.diagnostics.filter(d => d.rule === 'placeholder')).toEqual([]);
  });
});

describe('counting rules: discovery', () => {
  it('finds spec-kit directories without spec.md, and names them after the directory', () => {
    const specs = parseTree('spec-kit-rules');
    expect(specs.map(s => [s.root, s.doc.id, s.doc.title])).toEqual([
      [
        'specs/101-boxes-that-are-not-tasks',
        'SPEC-101',
        'Export reports as CSV',
      ],
      ['specs/102-tasks-as-headings', 'SPEC-102', 'Tasks as headings'],
      ['specs/103-ids-in-tables-and-headings', 'SPEC-103', 'Pluggable storage'],
      [
        'specs/104-plan-without-tasks-file',
        'SPEC-104',
        'Plan without tasks file',
      ],
      ['specs/105-template-left-in-spec', 'SPEC-105', 'Audit log export'],
      ['specs/106-odd-boxes-and-ids', 'SPEC-106', 'Odd boxes and ids'],
      [
        'specs/107-fase-e-historias',
        'SPEC-107',
        'Lista de compras compartilhada',
      ],
      ['specs/108-linked-files', 'SPEC-108', 'Export reports'],
    ]);
    expect(specs.every(s => s.doc.format === 'spec-kit')).toBe(true);
  });
});
