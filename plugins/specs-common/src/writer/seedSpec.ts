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
 * The writer of the seed format, next to the parser that reads it back: the
 * skeletons that the scaffolder's `specs:create` fills in. Our own text in the shape of the
 * seed template (docs/spec-formats.md, "The seed template"): header fields,
 * Summary, user stories, FR-/SC- requirements, phases with Task N.M boxes and
 * the four-persona review checklist. Everything the author still has to write
 * is a `[NEEDS CLARIFICATION: …]` marker, which the parser reports as an open
 * clarification (not as an unfilled placeholder), so a fresh spec is a valid
 * Draft without warnings and shows up in the portal at once.
 */

/**
 * The values a skeleton is filled with; pass text through
 * {@link seedHeaderValue}, {@link seedTitleValue} and {@link seedParagraph}
 * first, so that the parser reads back what was written.
 *
 * @public
 */
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

/**
 * A file to write, with its path relative to the spec (file or directory).
 *
 * @public
 */
export interface RenderedFile {
  path: string;
  content: string;
}

/**
 * One line of header text: no line breaks, no `**` or `·` to start another
 * field.
 *
 * @public
 */
export function seedHeaderValue(value: string): string {
  return value
    .replace(/\*\*/g, '')
    .replace(/·/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A title for the H1, as the parser will read it back: a header value
 * without leading `#`s, without the trailing ones that markdown reads as the
 * heading's closing sequence, and without a leading spec id (`SPEC-0045 -`),
 * which the parser takes for the id the header already states.
 *
 * @public
 */
export function seedTitleValue(value: string): string {
  let title = seedHeaderValue(value);
  for (;;) {
    const next = title
      .replace(/^#+(?:\s+|$)/, '')
      .replace(/(?:^|\s+)#+$/, '')
      .replace(/^SPEC-\d+\s*[:\u2013\u2014-]\s*/i, '');
    if (next === title) return title;
    title = next;
  }
}

/**
 * One paragraph of body text that cannot turn into a heading, list or rule.
 *
 * @public
 */
export function seedParagraph(value: string): string {
  const text = value.replace(/\s+/g, ' ').trim();
  return /^(?:[#>|=+*-]|\d+[.)](?:\s|$)|\[[ xX~]\])/.test(text)
    ? `\\${text}`
    : text;
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

/**
 * The seed format: one markdown file with everything.
 *
 * @public
 */
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

/**
 * The directory layout: spec.md (what), plan.md (how), clarifications.md.
 *
 * @public
 */
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
