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

import { specLinkedFiles } from '../paths/specLinkedFiles';
import { summarizeSpec } from '../summarizeSpec';
import {
  parseFixture,
  phaseRows,
  reviewRows,
  errorsAndWarnings,
  PERSONAS_4,
} from '../__testUtils__/fixtures';

// Exact values for real files of the corpus (copied into __fixtures__/corpus)
// and for the spec-kit fixtures. The numbers were counted by hand (grep/awk
// over the files), not copied from parser output.

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
      templatePrompts: 0,
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
    expect(doc.files).toMatchObject([
      { path: 'spec.md', role: 'spec' },
      { path: 'plan.md', role: 'plan' },
      { path: 'tasks.md', role: 'tasks' },
      { path: 'clarifications.md', role: 'clarifications' },
      { path: 'SUMMARY.md', role: 'summary' },
    ]);
    // The artifacts link each other, the constitution and an ADR above
    // the spec root (docs/spec-formats.md, "Linked files").
    expect(specLinkedFiles(doc)).toEqual([
      '../../../../decisions/0002-eks-pod-identity-over-irsa.md',
      '../../../constitution.md',
      'SUMMARY.md',
      'clarifications.md',
      'plan.md',
      'spec.md',
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
