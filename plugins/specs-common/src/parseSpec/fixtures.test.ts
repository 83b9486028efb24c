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

import { SpecDocument } from '../model';
import { summarizeSpec } from '../summarizeSpec';
import { parseFixture } from '../__testUtils__/fixtures';

// Exact values for real files of the corpus (copied into __fixtures__/corpus)
// and for the spec-kit fixtures. The numbers were counted by hand (grep/awk
// over the files), not copied from parser output.

type PhaseRow = [title: string, done: number, total: number];
type ReviewRow = [persona: string, checked: number, total: number];

function phaseRows(doc: SpecDocument): PhaseRow[] {
  return doc.phases.map(p => [
    p.title,
    p.tasks.filter(t => t.state === 'done').length,
    p.tasks.length,
  ]);
}

function reviewRows(doc: SpecDocument): ReviewRow[] {
  return doc.review.map(r => [
    r.persona,
    r.items.filter(i => i.checked).length,
    r.items.length,
  ]);
}

function errorsAndWarnings(doc: SpecDocument) {
  return doc.diagnostics.filter(d => d.severity !== 'info');
}

const PERSONAS_4 = [
  'Project Manager',
  'Platform Engineer',
  'Security & Compliance',
  'SRE',
];

describe('corpus era 2026-01 (seed template, single file)', () => {
  it('parses completed/0000-#0-eks-pod-identity-composition.md', () => {
    const doc = parseFixture(
      'corpus/2026-01-typed-templates/docs/specs/completed/0000-#0-eks-pod-identity-composition.md',
    );
    expect(doc.id).toBe('SPEC-0000');
    expect(doc.idSource).toBe('header');
    expect(doc.title).toBe('EKS Pod Identity Composition');
    expect(doc.status).toEqual({
      raw: 'Implemented',
      value: 'implemented',
      stale: false,
    });
    expect(doc.isSpec).toBe(true);
    expect(doc.isTemplate).toBe(false);
    expect(doc.authors).toEqual(['Platform Team']);
    expect(doc.created).toBe('2024-01-15');
    expect(doc.updated).toBe('2024-01-15');
    expect(doc.links.issue).toBeUndefined();
    expect(doc.links.adrs).toEqual(['ADR-0002']);
    expect(doc.summary).toMatch(
      /^A Crossplane composition that provides secure AWS IAM access/,
    );
    expect(summarizeSpec(doc)).toEqual({
      userStories: 2,
      requirements: 5,
      successCriteria: 3,
      tasks: { done: 0, partial: 0, total: 0 },
      review: { checked: 16, total: 16 },
      openClarifications: 0,
    });
    expect(
      doc.userStories.map(s => [
        s.id,
        s.title,
        s.priority,
        s.acceptanceScenarios.length,
      ]),
    ).toEqual([
      ['US-1', 'Grant AWS Access to Service Account', 'P1', 2],
      ['US-2', 'Multi-Cluster Deployment', 'P2', 1],
    ]);
    expect(doc.requirements.map(r => r.level)).toEqual([
      'MUST',
      'MUST',
      'MUST',
      'SHOULD',
      'SHOULD',
    ]);
    expect(doc.phases).toEqual([]);
    expect(reviewRows(doc)).toEqual([
      ['Project Manager (PM)', 4, 4],
      ['Platform Engineer', 5, 5],
      ['Security & Compliance', 4, 4],
      ['SRE', 3, 3],
    ]);
    // Dependencies and validation boxes are kept apart from tasks.
    expect(doc.checklists.map(c => [c.kind, c.name, c.items.length])).toEqual([
      ['dependencies', 'Dependencies', 3],
      ['validation', 'Pre-Commit Checklist', 5],
      ['validation', 'Testing Strategy', 3],
    ]);
    expect(doc.diagnostics).toEqual([]);
  });

  it('recognises spec-platform-capability.md as a template', () => {
    const doc = parseFixture(
      'corpus/2026-01-typed-templates/docs/specs/templates/spec-platform-capability.md',
    );
    expect(doc.isTemplate).toBe(true);
    expect(doc.id).toBeUndefined();
    expect(doc.title).toBe('[Platform Capability Name]');
    expect(doc.status).toEqual({
      raw: 'Draft | In Review | Approved | Implemented',
      value: 'unknown',
      stale: false,
    });
    const counts = summarizeSpec(doc);
    expect([
      counts.userStories,
      counts.requirements,
      counts.successCriteria,
    ]).toEqual([2, 3, 2]);
    expect(counts.openClarifications).toBe(1);
    expect(phaseRows(doc)).toEqual([
      ['Phase 1: Foundation', 0, 3],
      ['Phase 2: Core Functionality', 0, 3],
      ['Phase 3: Integration', 0, 2],
      ['Phase 4: Documentation & Rollout', 0, 3],
    ]);
    expect(doc.phases[0].goal).toBe('[Phase goal]');
    expect(doc.phases[0].exitCriteria).toEqual([
      '[How to know phase is complete]',
    ]);
    expect(doc.phases[0].tasks.map(t => t.id)).toEqual([
      'Task 1.1',
      'Task 1.2',
      'Task 1.3',
    ]);
    expect(reviewRows(doc)).toEqual([
      ['Project Manager (PM)', 0, 5],
      ['Platform Engineer', 0, 4],
      ['Security & Compliance', 0, 4],
      ['SRE', 0, 5],
    ]);
    expect(doc.checklists.map(c => [c.kind, c.name, c.items.length])).toEqual([
      ['validation', 'Functional Tests', 3],
      ['validation', 'Integration Tests', 4],
      ['validation', 'Performance Tests (if applicable)', 2],
    ]);
    expect(doc.components).toEqual([
      'Flux Kustomization',
      'HelmRelease',
      'Crossplane Composition',
      'OpenTofu Stack',
    ]);
    expect(doc.successMetrics?.headers).toEqual([
      'Metric',
      'Target',
      'Measurement',
    ]);
    expect(doc.successMetrics?.rows).toHaveLength(2);
    expect(errorsAndWarnings(doc)).toEqual([]);
  });

  it('reads the security template with SR- requirements', () => {
    const doc = parseFixture(
      'corpus/2026-01-typed-templates/docs/specs/templates/spec-security.md',
    );
    expect(doc.isTemplate).toBe(true);
    expect(doc.requirements.map(r => [r.id, r.kind, r.level])).toEqual([
      ['SR-001', 'SR', 'MUST'],
      ['SR-002', 'SR', 'MUST'],
      ['SR-003', 'SR', 'SHOULD'],
    ]);
    expect(doc.userStories).toHaveLength(1);
    expect(doc.successCriteria).toHaveLength(2);
    expect(phaseRows(doc)).toEqual([
      ['Phase 1: Staging Deployment', 0, 3],
      ['Phase 2: Gradual Rollout', 0, 3],
      ['Phase 3: Enforcement', 0, 3],
    ]);
    expect(reviewRows(doc)).toEqual([
      ['Project Manager (PM)', 0, 4],
      ['Platform Engineer', 0, 3],
      ['Security & Compliance', 0, 6],
      ['SRE', 0, 4],
    ]);
    expect(doc.checklists.map(c => [c.kind, c.name, c.items.length])).toEqual([
      ['other', 'Secrets Management', 4],
      ['other', 'Compliance Considerations', 4],
      ['validation', 'Security Tests', 4],
      ['other', 'Incident Response', 4],
    ]);
  });
});

describe('corpus era 2026-01 (consolidated single file)', () => {
  it('parses templates/spec.md with ### US-1 and ## Tasks T001', () => {
    const doc = parseFixture(
      'corpus/2026-01-single-file-dirs/docs/specs/templates/spec.md',
    );
    expect(doc.isTemplate).toBe(true);
    expect(doc.title).toBe('[Title]');
    expect(doc.status.value).toBe('unknown');
    expect(doc.userStories.map(s => [s.id, s.title, s.priority])).toEqual([
      ['US-1', '[Story Title]', 'P1'],
      ['US-2', '[Story Title]', 'P2'],
    ]);
    expect(doc.requirements).toHaveLength(3);
    expect(doc.successCriteria).toHaveLength(3);
    expect(doc.clarifications.open).toHaveLength(1);
    expect(phaseRows(doc)).toEqual([
      ['Phase 1: Prerequisites', 0, 2],
      ['Phase 2: Implementation', 0, 2],
      ['Phase 3: Validation & Documentation', 0, 2],
    ]);
    expect(doc.phases.flatMap(p => p.tasks.map(t => t.id))).toEqual([
      'T001',
      'T002',
      'T003',
      'T004',
      'T005',
      'T006',
    ]);
    expect(reviewRows(doc)).toEqual(PERSONAS_4.map(p => [p, 0, 5]));
    expect(doc.checklists.map(c => [c.kind, c.name, c.items.length])).toEqual([
      ['dependencies', 'Dependencies', 2],
      ['validation', 'Validation', 6],
    ]);
  });
});

describe('corpus era 2026-04 (four artifacts)', () => {
  it('parses done/2024-Q1/0000-eks-pod-identity', () => {
    const doc = parseFixture(
      'corpus/2026-04-four-artifacts/docs/specs/done/2024-Q1/0000-eks-pod-identity',
    );
    expect(doc.id).toBe('SPEC-0000');
    expect(doc.title).toBe('EKS Pod Identity Composition');
    expect(doc.type).toBe('composition');
    expect(doc.status).toEqual({ raw: 'done', value: 'done', stale: false });
    expect(doc.created).toBe('2024-01-15');
    expect(doc.updated).toBe('2026-04-18');
    expect(doc.updatedRaw).toBe(
      '2026-04-18 (migrated to 4-artifact structure)',
    );
    expect(summarizeSpec(doc)).toEqual({
      userStories: 2,
      requirements: 5,
      successCriteria: 3,
      tasks: { done: 16, partial: 0, total: 16 },
      review: { checked: 16, total: 16 },
      openClarifications: 0,
    });
    expect(phaseRows(doc)).toEqual([
      ['Phase 1: Implementation', 5, 5],
      ['Phase 2: Validation', 5, 5],
      ['Phase 3: Documentation & Examples', 5, 5],
      ['Phase 4: ADR', 1, 1],
    ]);
    expect(doc.phases[0].tasks[0]).toMatchObject({
      id: 'T001',
      state: 'done',
      file: 'tasks.md',
    });
    expect(reviewRows(doc)).toEqual([
      ['Project Manager', 4, 4],
      ['Platform Engineer', 5, 5],
      ['Security & Compliance', 4, 4],
      ['SRE', 3, 3],
    ]);
    expect(doc.clarifications.resolved).toEqual([
      expect.objectContaining({
        id: 'CL-1',
        date: '2024-01-15',
        question: 'IRSA vs EKS Pod Identity (retrospective)',
        answer: 'A — EKS Pod Identity',
        file: 'clarifications.md',
      }),
      expect.objectContaining({
        id: 'CL-2',
        date: '2024-01-15',
        answer: 'A — Defer',
      }),
    ]);
    expect(doc.files).toEqual([
      { path: 'spec.md', role: 'spec' },
      { path: 'plan.md', role: 'plan' },
      { path: 'tasks.md', role: 'tasks' },
      { path: 'clarifications.md', role: 'clarifications' },
      { path: 'SUMMARY.md', role: 'summary' },
    ]);
    expect(doc.diagnostics).toEqual([]);
  });

  it('recognises the templates directory as a template with 14 tasks', () => {
    const doc = parseFixture(
      'corpus/2026-04-four-artifacts/docs/specs/templates',
    );
    expect(doc.isTemplate).toBe(true);
    expect(phaseRows(doc)).toEqual([
      ['Phase 1: Prerequisites', 0, 2],
      ['Phase 2: Implementation', 0, 3],
      ['Phase 3: Validation & Documentation', 0, 6],
      ['Phase 4: Integration (if applicable)', 0, 3],
    ]);
    expect(reviewRows(doc)).toEqual(PERSONAS_4.map(p => [p, 0, 5]));
    // The `- [ ] [NEEDS CLARIFICATION: …]` box is an open question, not a task.
    expect(doc.clarifications.open).toHaveLength(1);
    expect(doc.checklists.map(c => [c.kind, c.items.length])).toEqual([
      ['open-questions', 1],
      ['dependencies', 2],
    ]);
    // The commented-out `## CL-N` example entries are ignored.
    expect(doc.clarifications.resolved).toEqual([]);
  });
});

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
    expect(doc.files).toEqual([
      { path: 'spec.md', role: 'spec' },
      { path: 'tasks.md', role: 'tasks' },
      { path: 'checklists/requirements.md', role: 'checklist' },
    ]);
    expect(doc.diagnostics).toEqual([]);
  });
});
