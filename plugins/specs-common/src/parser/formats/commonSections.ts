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

import { SectionRule } from './sectionClassifier';

// The English words both template families use for their sections. Order
// matters: the first match wins, so `Phase 3: Validation & Documentation`
// is a phase and `Review checklist (4-persona)` is the review checklist.
// All patterns are anchored or plain alternations without nested
// quantifiers (they run on every heading).

/**
 * A phase heading: `Phase 1: Setup`, `Phase 3.1 — …`, `Phase A`, and the
 * Portuguese and Spanish templates' `Fase 2: …` / `Etapa 1 - …`.
 */
export const PHASE_RULE: SectionRule = [
  /^(?:phase|fase|etapa)\s+(?:\d+(?:\.\d+)*|[a-z])\s*(?:$|[:.\-\u2013\u2014(])/,
  'phase',
];

export const REVIEW_RULE: SectionRule = [/\breview checklist\b/, 'review'];

export const STORY_RULES: readonly SectionRule[] = [
  [
    /^(?:user story|hist[oó]ria de usu[aá]rio|historia de usuario)\s+\d+\b/,
    'user-story',
  ],
  [/^us-?\d+\b/, 'user-story'],
  [
    /^(?:user (?:stories|scenarios)|hist[oó]rias\b|historias\b|cen[aá]rios de usu[aá]rio|escenarios de usuario)/,
    'user-stories',
  ],
];

export const CRITERIA_RULES: readonly SectionRule[] = [
  [/^success metrics\b/, 'success-metrics'],
  [/^(?:success criteria|measurable outcomes)\b/, 'success-criteria'],
];

export const SUMMARY_RULES: readonly SectionRule[] = [
  [/^(?:summary|overview)$/, 'summary'],
  [/^(?:components affected|affected components|components)$/, 'components'],
];

export const CLARIFICATION_RULES: readonly SectionRule[] = [
  [/^cl-\d+\b/, 'clarification-entry'],
  [/^session\s+\d{4}-\d{2}-\d{2}/, 'session'],
  [/^clarifications?(?: log)?$/, 'clarifications'],
  [
    /^(?:open (?:questions|clarifications|issues)|questions|unresolved questions)\b/,
    'open-questions',
  ],
];

export const DEPENDENCY_RULES: readonly SectionRule[] = [
  [
    /^(?:dependencies|prerequisites|dependent systems|blocked by|blockers|depends on)\b/,
    'dependencies',
  ],
  [/\bdependencies$/, 'dependencies'],
];

/**
 * A task written as a heading: `T001 …`, `T-003 …`, `Task 1.1: …`; not a
 * range of tasks (`T001-T005: Setup`, `T010–T012`).
 */
export const TASK_RULE: SectionRule = [
  /^(?:t-?\d+[a-z]?|task\s+\d+(?:\.\d+)*)\b(?!\s*(?:[-\u2013\u2014]|\.\.)\s*(?:t-?)?\d)/,
  'task',
];

/** A requirement or criterion defined by a heading: `FR-001: Command flags`, `SC-001 — …`. */
export const DEFINITION_RULE: SectionRule = [
  /^(?:nfr|fr|sr|qr|ir|dr|sc)-\d{1,6}[a-z]?(?![\w.])/,
  'definition',
];

export const TASKS_RULE: SectionRule = [
  /^(?:tasks|task list|task index|task breakdown|implementation phases|implementation plan|implementation tasks|rollout plan|rollout|phases|execution plan|tarefas|tareas|lista de tarefas|lista de tareas)\b/,
  'tasks',
];

export const REFERENCES_RULE: SectionRule = [
  /^(?:references|related|links|see also)\b/,
  'references',
];

export const VALIDATION_RULE: SectionRule = [
  /validation|checklist|\btests?\b|testing|verification|quality|acceptance|readiness|definition of done|\bchecks?\b|valida[cç][aã]o|validaci[oó]n|verifica[cç][aã]o|verificaci[oó]n|qualidade|calidad|pruebas|testes/,
  'validation',
];

/** The section words of the cloud-native-ref template generations. */
export const COMMON_SECTION_RULES: readonly SectionRule[] = [
  PHASE_RULE,
  // Before the others: `T001 - Install Dependencies` and `T023 - Code Review
  // Checklist` are tasks.
  TASK_RULE,
  DEFINITION_RULE,
  REVIEW_RULE,
  ...STORY_RULES,
  ...CRITERIA_RULES,
  ...SUMMARY_RULES,
  ...CLARIFICATION_RULES,
  ...DEPENDENCY_RULES,
  TASKS_RULE,
  REFERENCES_RULE,
  VALIDATION_RULE,
];
