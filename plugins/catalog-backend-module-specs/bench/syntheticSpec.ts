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

// A synthetic spec shaped like the real-world corpus (stories, requirements,
// criteria, phases, a review checklist), shared by the ingest and freshness
// benchmarks.
export const COMPONENTS_PER_SPEC = 10; // one component for every 10 specs

export function syntheticSpec(i: number): string {
  const id = `SPEC-${String(i).padStart(5, '0')}`;
  const component = `component:default/svc-${Math.floor(
    i / COMPONENTS_PER_SPEC,
  )}`;
  const lines = [
    `# Spec: Synthetic capability ${i}`,
    '',
    `**Spec ID**: ${id}`,
    `**Status**: ${i % 3 === 0 ? 'Implemented' : 'In Progress'}`,
    '**Created**: 2026-01-15',
    '**Owner**: group:default/team-a',
    `**Components**: ${component}`,
    '',
    '## Summary',
    '',
    `Synthetic spec number ${i}, shaped like the real-world corpus: stories, requirements, criteria, phases and a review checklist.`,
    '',
    '## User Stories',
    '',
  ];
  for (let s = 1; s <= 3; s++) {
    lines.push(
      `#### User Story ${s} - Operator does thing ${s} (Priority: P${s})`,
      '',
      'As a platform operator I want to do the thing so that the service keeps running without manual steps.',
      '',
      '**Acceptance Scenarios**:',
      `1. **Given** a cluster, **When** the operator applies change ${s}, **Then** the workload converges within 5 minutes`,
      '2. **Given** a failure, **When** it is retried, **Then** no duplicate resources are created',
      '',
    );
  }
  lines.push('## Requirements', '');
  for (let r = 1; r <= 6; r++) {
    lines.push(
      `- **FR-00${r}**: The system MUST handle requirement ${r} for every tenant and report failures with a clear status condition.`,
    );
  }
  lines.push('', '## Success Criteria', '');
  for (let c = 1; c <= 4; c++) {
    lines.push(
      `- **SC-00${c}**: Criterion ${c} is measured by the dashboard and stays under its threshold for 30 days.`,
    );
  }
  lines.push('', '## Implementation Phases', '');
  for (let p = 1; p <= 3; p++) {
    lines.push(
      `### Phase ${p}: Step ${p}`,
      '',
      `**Goal**: Deliver step ${p}.`,
      '',
    );
    for (let t = 1; t <= 4; t++) {
      const done = p === 1 || (p === 2 && t <= 2);
      lines.push(
        `- [${
          done ? 'x' : ' '
        }] Task ${p}.${t}: Implement part ${t} of step ${p} (FR-00${
          ((p + t) % 6) + 1
        })`,
      );
    }
    lines.push(
      '',
      '**Exit Criteria**:',
      `- [ ] Step ${p} verified in staging`,
      '',
    );
  }
  lines.push('## Review Checklist', '');
  for (const persona of [
    'Project Manager (PM)',
    'Platform Engineer',
    'Security & Compliance',
    'SRE',
  ]) {
    lines.push(
      `### ${persona}`,
      '',
      '- [x] Scope is clear',
      '- [ ] Risks are documented',
      '- [ ] Rollout plan reviewed',
      '',
    );
  }
  if (i > 0)
    lines.push(
      '## References',
      '',
      `- Related: SPEC-${String(i - 1).padStart(5, '0')}`,
      '',
    );
  return lines.join('\n');
}
