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

/*
 * The skeletons that `specs:create` fills in. Our own text in the shape of the
 * seed template (docs/spec-formats.md, "The seed template"): header fields,
 * Summary, user stories, FR-/SC- requirements, phases with Task N.M boxes and
 * the four-persona review checklist. Everything the author still has to write
 * is a `[NEEDS CLARIFICATION: …]` marker, which the parser reports as an open
 * clarification (not as an unfilled placeholder), so a fresh spec is a valid
 * Draft without warnings and shows up in the portal at once.
 */

/** The values a skeleton is filled with; already sanitized and single-line. */
export interface SpecTemplateValues {
  specId: string;
  title: string;
  type: string;
  owner: string;
  components: string[];
  /** One paragraph. */
  summary: string;
  priority: 'P1' | 'P2' | 'P3';
  author: string;
  /** `YYYY-MM-DD`. */
  created: string;
  issueUrl?: string;
}

/** A file to write, with its path relative to the spec (file or directory). */
export interface RenderedFile {
  path: string;
  content: string;
}

const todo = (what: string) => `[NEEDS CLARIFICATION: ${what}]`;

function issueField(url: string | undefined): string {
  if (!url) return 'N/A';
  const number = /\/(?:issues|pull)\/(\d+)\/?$/.exec(url)?.[1];
  return number ? `[#${number}](${url})` : `<${url}>`;
}

function header(v: SpecTemplateValues, heading: string): string[] {
  return [
    `# ${heading}: ${v.title}`,
    '',
    `**Spec ID**: ${v.specId}`,
    `**GitHub Issue**: ${issueField(v.issueUrl)}`,
    '**Status**: Draft',
    `**Type**: ${v.type}`,
    `**Priority**: ${v.priority}`,
    `**Author**: ${v.author}`,
    `**Owner**: ${v.owner}`,
    `**Created**: ${v.created}`,
    `**Last Updated**: ${v.created}`,
    ...(v.components.length
      ? [`**Components**: ${v.components.join(', ')}`]
      : []),
  ];
}

/** Extra requirements of the typed variants (security specs define SR-NNN). */
function typedRequirements(v: SpecTemplateValues): string[] {
  if (v.type === 'security') {
    return [
      `- **SR-001**: Access MUST follow least privilege; ${todo(
        'which identities get which permissions?',
      )}`,
    ];
  }
  return [];
}

function whatSections(v: SpecTemplateValues): string[] {
  return [
    '## Summary',
    '',
    v.summary,
    '',
    '---',
    '',
    '## Motivation',
    '',
    '### Problem Statement',
    '',
    todo('who is affected today, and what does it cost them?'),
    '',
    '### User Stories & Acceptance Scenarios',
    '',
    `#### User Story 1 - ${v.title} (Priority: ${v.priority})`,
    '',
    `As a **user of ${v.components[0] ?? 'the platform'}**, I want ${todo(
      'the capability, in one sentence',
    )}, so that ${todo('the benefit')}.`,
    '',
    '**Acceptance Scenarios**:',
    '',
    `1. **Given** ${todo('a precondition')}, **When** ${todo(
      'an action',
    )}, **Then** ${todo('the expected result')}`,
    '',
    '### Functional Requirements',
    '',
    `- **FR-001**: The platform MUST ${todo('the first requirement')}`,
    ...typedRequirements(v),
    '',
    '### Success Criteria',
    '',
    `- **SC-001**: ${todo('a measurable outcome, with a target value')}`,
    '',
    '### Non-Goals',
    '',
    `- ${todo('what is explicitly out of scope')}`,
  ];
}

function phases(level: string): string[] {
  return [
    `${level} Phase 1: Foundation`,
    '',
    '**Goal**: The design is agreed and the groundwork is in place',
    '',
    '- [ ] Task 1.1: Resolve the open clarifications of this spec',
    '- [ ] Task 1.2: Agree on the design with the owners of the components',
    '',
    '**Exit Criteria**: The spec is approved',
    '',
    `${level} Phase 2: Implementation`,
    '',
    '**Goal**: The capability works end to end',
    '',
    '- [ ] Task 2.1: Implement the functional requirements',
    '- [ ] Task 2.2: Verify the success criteria',
    '',
    '**Exit Criteria**: Every success criterion is met',
  ];
}

function reviewChecklist(level: string): string[] {
  const sub = `${level}#`;
  return [
    `${level} Review Checklist`,
    '',
    `${sub} Project Manager (PM)`,
    '',
    '- [ ] Problem statement is clear and specific',
    '- [ ] Scope is well-defined (goals and non-goals)',
    '- [ ] Success criteria are measurable',
    '',
    `${sub} Platform Engineer`,
    '',
    '- [ ] Design follows the existing platform patterns',
    '- [ ] Phases have clear exit criteria',
    '',
    `${sub} Security & Compliance`,
    '',
    '- [ ] Access follows least privilege',
    '- [ ] Secrets are never stored in plain text',
    '',
    `${sub} SRE`,
    '',
    '- [ ] Observability (metrics, logs, alerts) is planned',
    '- [ ] Rollback is possible at every phase',
  ];
}

const text = (lines: string[]) => `${lines.join('\n')}\n`;

/** The seed format: one markdown file with everything. */
export function renderSingleFileSpec(v: SpecTemplateValues): string {
  return text([
    ...header(v, 'Spec'),
    '',
    '---',
    '',
    ...whatSections(v),
    '',
    '---',
    '',
    '## Design',
    '',
    todo('architecture overview and the components affected'),
    '',
    '---',
    '',
    '## Implementation Phases',
    '',
    ...phases('###'),
    '',
    '---',
    '',
    ...reviewChecklist('##'),
  ]);
}

/** The directory layout: spec.md (what), plan.md (how), clarifications.md. */
export function renderDirectorySpec(v: SpecTemplateValues): RenderedFile[] {
  const specRef = `**Spec**: [${v.specId}](spec.md)`;
  return [
    {
      path: 'spec.md',
      content: text([
        ...header(v, 'Spec'),
        '',
        '> The **spec** is the contract: what is delivered and why. How it is built lives in',
        '> [`plan.md`](plan.md); decisions live append-only in [`clarifications.md`](clarifications.md).',
        '',
        '---',
        '',
        ...whatSections(v),
      ]),
    },
    {
      path: 'plan.md',
      content: text([
        `# Plan: ${v.title}`,
        '',
        specRef,
        '**Status**: Draft',
        `**Last Updated**: ${v.created}`,
        '',
        '---',
        '',
        '## Design',
        '',
        todo('architecture overview and the components affected'),
        '',
        '## Tasks',
        '',
        ...phases('###'),
        '',
        ...reviewChecklist('##'),
      ]),
    },
    {
      path: 'clarifications.md',
      content: text([
        `# Clarifications Log — ${v.title}`,
        '',
        specRef,
        '',
        '> **Append-only.** Add one entry per decision, numbered `CL-1`, `CL-2`, … with the date,',
        '> the question and the **Decision**, so that spec.md and plan.md can cite it by id.',
      ]),
    },
  ];
}
