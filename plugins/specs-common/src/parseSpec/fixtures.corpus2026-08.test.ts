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
  parseFixture,
  phaseRows,
  reviewRows,
  PERSONAS_4,
} from '../__testUtils__/fixtures';

// Exact values for real files of the corpus (copied into __fixtures__/corpus)
// and for the spec-kit fixtures. The numbers were counted by hand (grep/awk
// over the files), not copied from parser output.

describe('corpus era 2026-08 (three artifacts)', () => {
  const base = 'corpus/2026-08-three-artifacts/docs/specs';

  it('parses 0001 (T-001 ids, em dash phases, custom personas)', () => {
    const doc = parseFixture(
      `${base}/0001-llm-platform-prometheus-autoscaling`,
    );
    expect(doc.id).toBe('SPEC-001');
    expect(doc.title).toBe('vLLM autoscaling on production-realistic signals');
    expect(doc.status).toEqual({ raw: 'done', value: 'done', stale: false });
    expect(doc.links.issue).toBeUndefined();
    const counts = summarizeSpec(doc);
    expect([
      counts.userStories,
      counts.requirements,
      counts.successCriteria,
    ]).toEqual([3, 6, 7]);
    expect(counts.tasks).toEqual({ done: 21, partial: 0, total: 21 });
    expect(counts.openClarifications).toBe(0);
    expect(doc.clarifications.resolved).toHaveLength(9);
    expect(doc.clarifications.resolved[0]).toMatchObject({
      id: 'CL-1',
      date: '2026-05-07',
      question: 'Scale signal: leading vs lagging',
    });
    expect(phaseRows(doc)).toEqual([
      ['Phase 1 — Composition update', 7, 7],
      ['Phase 2 — Composition source URL bump', 1, 1],
      ['Phase 3 — Routing simplification', 1, 1],
      ['Phase 4 — InferenceService claim updates', 2, 2],
      ['Phase 5 — Validation', 6, 6],
      ['Phase 6 — VMRule alerts (SC-006)', 1, 1],
      ['Phase 7 — Documentation', 3, 3],
    ]);
    expect(doc.phases[0].tasks[0]).toMatchObject({
      id: 'T-001',
      state: 'done',
    });
    expect(doc.phases[0].tasks[0].text).toMatch(/^Bump `kcl.mod` version/);
    expect(reviewRows(doc)).toEqual([
      ['Platform Engineer', 4, 4],
      ['Security Reviewer', 4, 4],
      ['SRE / Observability', 4, 4],
      ['PM / Product', 4, 4],
    ]);
    expect(doc.diagnostics.filter(d => d.severity === 'error')).toEqual([]);
  });

  it('parses 005 with a [~] partial task', () => {
    const doc = parseFixture(`${base}/005-vllm-cold-start-run`);
    expect(doc.id).toBe('SPEC-005');
    expect(doc.status).toEqual({ raw: 'draft', value: 'draft', stale: false });
    expect(summarizeSpec(doc).tasks).toEqual({
      done: 6,
      partial: 1,
      total: 11,
    });
    expect(phaseRows(doc)).toEqual([
      ['Phase 1: Schema & guards', 2, 2],
      ['Phase 2: Implementation', 3, 3],
      ['Phase 3: e2e (feature-branch cluster)', 0, 4],
      ['Phase 4: Validation & Documentation', 1, 2],
    ]);
    expect(doc.phases[3].tasks.map(t => t.state)).toEqual(['partial', 'done']);
    expect(reviewRows(doc)).toEqual(PERSONAS_4.map(p => [p, 5, 5]));
  });

  it('parses 007-flux: a task index, and task-detail steps that are not tasks', () => {
    const doc = parseFixture(`${base}/007-flux-schema-validation-replace`);
    expect(doc.id).toBe('SPEC-007');
    expect(summarizeSpec(doc)).toMatchObject({
      userStories: 4,
      requirements: 12,
      successCriteria: 6,
      tasks: { done: 0, partial: 0, total: 10 },
      review: { checked: 19, total: 20 },
    });
    expect(phaseRows(doc)).toEqual([
      ['Tasks', 0, 10],
      ['Phase 1: Toolchain', 0, 0],
      ['Phase 2: Schema catalog', 0, 0],
      ['Phase 3: Renderer', 0, 0],
      ['Phase 4: Gates', 0, 0],
      ['Phase 5: Defects, docs, agents', 0, 0],
    ]);
    expect(doc.phases[0].implicit).toBe(true);
    expect(doc.phases[0].tasks[1].cites).toEqual(['FR-002', 'FR-003']);
    expect(reviewRows(doc)).toEqual([
      ['Project Manager', 5, 5],
      ['Platform Engineer', 5, 5],
      ['Security & Compliance', 4, 5],
      ['SRE', 5, 5],
    ]);
  });

  it('parses 008 with phase sub-plans', () => {
    const doc = parseFixture(`${base}/008-app-wizard-self-service-ui`);
    expect(doc.id).toBe('SPEC-008');
    expect(doc.title).toBe(
      'App Wizard — schema-driven self-service UI that opens GitOps PRs',
    );
    expect(doc.status).toEqual({ raw: 'draft', value: 'draft', stale: false });
    // `N/A <!-- pending … -->`: the comment is dropped and N/A is no issue.
    expect(doc.links.issue).toBeUndefined();
    expect(doc.links.relatedSpecs).toEqual(['SPEC-007']);
    expect(summarizeSpec(doc)).toEqual({
      userStories: 6,
      requirements: 14,
      successCriteria: 8,
      tasks: { done: 8, partial: 0, total: 27 },
      review: { checked: 19, total: 20 },
      openClarifications: 0,
      templatePrompts: 0,
    });
    expect(phaseRows(doc)).toEqual([
      ['Tasks', 0, 4],
      ['Phase 1: Create flow — schema pipeline, form, PR', 8, 9],
      ['Phase 2: Day-2 operations — edit and decommission', 0, 5],
      ['Phase 3: LLM assists — prefill and policy suggester', 0, 4],
      ['Phase 4: Zitadel authentication + linked GitHub token', 0, 5],
    ]);
    expect(doc.phases.slice(1).map(p => [p.id, p.file])).toEqual([
      ['1', 'phases/1-create-flow/plan.md'],
      ['2', 'phases/2-day2-operations/plan.md'],
      ['3', 'phases/3-llm-assists/plan.md'],
      ['4', 'phases/4-zitadel-auth/plan.md'],
    ]);
    expect(doc.phases[1].tasks[3].cites).toEqual(['FR-004', 'FR-014']);
    expect(reviewRows(doc)).toEqual([
      ['Project Manager', 5, 5],
      ['Platform Engineer', 4, 5],
      ['Security & Compliance', 5, 5],
      ['SRE', 5, 5],
    ]);
    expect(doc.clarifications.resolved.map(c => c.id)).toEqual(
      Array.from({ length: 11 }, (_, i) => `CL-${i + 1}`),
    );
    expect(doc.files.map(f => f.role)).toEqual([
      'spec',
      'plan',
      'phase-plan',
      'phase-plan',
      'phase-plan',
      'phase-plan',
      'clarifications',
    ]);
    expect(doc.diagnostics.filter(d => d.severity === 'error')).toEqual([]);
  });

  it('parses 009 where plan.md is further along than spec.md', () => {
    const doc = parseFixture(`${base}/009-app-wizard-oss-split`);
    expect(doc.status).toEqual({
      raw: 'implementing',
      value: 'in-progress',
      stale: false,
    });
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({
        rule: 'status-mismatch',
        severity: 'info',
        file: 'plan.md',
      }),
    );
    expect(doc.requirements.filter(r => r.kind === 'FR')).toHaveLength(11);
    expect(doc.requirements.filter(r => r.kind === 'NFR')).toHaveLength(3);
    expect(summarizeSpec(doc)).toMatchObject({
      userStories: 4,
      requirements: 14,
      successCriteria: 8,
      tasks: { done: 16, partial: 0, total: 18 },
      review: { checked: 20, total: 20 },
      openClarifications: 0,
      templatePrompts: 0,
    });
    expect(phaseRows(doc).map(([, done, total]) => [done, total])).toEqual([
      [4, 4],
      [7, 7],
      [2, 3],
      [3, 4],
    ]);
  });

  it('parses 011 with open clarifications and an unchecked review', () => {
    const doc = parseFixture(`${base}/011-inferencepool-saturation-keda`);
    expect(doc.id).toBe('SPEC-011');
    expect(doc.clarifications.open).toHaveLength(3);
    expect(doc.clarifications.open[1].text).toBe(
      'Default value for `spec.scaling.saturationThreshold` — needs empirical tuning; start conservative.',
    );
    expect(summarizeSpec(doc)).toMatchObject({
      userStories: 3,
      requirements: 8,
      successCriteria: 5,
      tasks: { done: 0, partial: 0, total: 8 },
      review: { checked: 0, total: 17 },
      openClarifications: 3,
      templatePrompts: 0,
    });
    expect(reviewRows(doc)).toEqual([
      ['Project Manager', 0, 5],
      ['Platform Engineer', 0, 5],
      ['Security & Compliance', 0, 3],
      ['SRE', 0, 4],
    ]);
    // Open questions are checklist items, never tasks.
    expect(
      doc.checklists.find(c => c.kind === 'open-questions')?.items,
    ).toHaveLength(3);
  });

  it('parses done/2026-Q3/012 (stale draft in done/, VERIFICATION.md)', () => {
    const doc = parseFixture(
      `${base}/done/2026-Q3/012-kvstore-composition-replace-bitnami`,
    );
    expect(doc.id).toBe('SPEC-012');
    expect(doc.status.raw).toBe('draft');
    expect(doc.status.value).toBe('draft');
    expect(doc.status.stale).toBe(true);
    expect(doc.status.staleReason).toContain('done/');
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({
        rule: 'stale-status',
        severity: 'warning',
        file: 'spec.md',
        line: 5,
      }),
    );
    expect(summarizeSpec(doc)).toEqual({
      userStories: 3,
      requirements: 9,
      successCriteria: 7,
      tasks: { done: 0, partial: 0, total: 10 },
      review: { checked: 20, total: 20 },
      openClarifications: 0,
      templatePrompts: 0,
    });
    expect(doc.successCriteria.map(c => c.verified)).toEqual(
      Array(7).fill(true),
    );
    expect(phaseRows(doc)).toEqual([
      ['Phase 1 — PR 1: composition (FR-001..004, FR-008, FR-009)', 0, 5],
      ['Phase 2 — PR 2: consumers (FR-005, FR-006, FR-007)', 0, 4],
      ['Phase 3 — post-merge', 0, 1],
    ]);
    expect(doc.links.issue).toBe(
      'https://github.com/Smana/cloud-native-ref/issues/1662',
    );
    expect(doc.links.prs).toEqual(['#1664', '#1665', '#1666']);
    // The commented-out `## CL-N` template entry is ignored.
    expect(doc.clarifications.resolved.map(c => c.id)).toEqual([
      'CL-1',
      'CL-2',
      'CL-3',
      'CL-4',
      'CL-5',
    ]);
    // Every FR is cited by a task, so no coverage warning.
    expect(
      doc.diagnostics.filter(d => d.rule === 'uncited-requirement'),
    ).toEqual([]);
    expect(doc.diagnostics.filter(d => d.severity === 'error')).toEqual([]);
  });

  it('reports non-spec markdown as not-a-spec', () => {
    for (const name of ['PHASED.md', 'README.md']) {
      const doc = parseFixture(`${base}/${name}`);
      expect(doc.isSpec).toBe(false);
      expect(doc.diagnostics).toEqual([
        expect.objectContaining({ rule: 'not-a-spec', severity: 'error' }),
      ]);
    }
  });
});
