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

/**
 * How to fix what each lint rule reports, in one sentence, for the
 * Diagnostics tab. Keyed by rule id (see docs/spec-formats.md); rules
 * without a hint show none.
 */
export const RULE_HINTS: Record<string, string> = {
  'not-a-spec':
    'Give the file a spec header (a "# Spec:" title with **Spec ID** and **Status**) or front matter, or move it out of the spec tree.',
  'parse-failure':
    'The file could not be read as a spec; check that it is UTF-8 markdown and not truncated.',
  'invalid-utf8':
    'Save the file as UTF-8; the characters shown as � were replaced.',
  'missing-section':
    'Add the section the template expects, or remove its heading if the spec really has nothing to say there.',
  placeholder:
    'Replace the template placeholder with the real value, or delete the line.',
  'uncited-requirement':
    'Cite the requirement from the task that implements it, e.g. "(FR-003)" in the task text.',
  'unresolved-clarification':
    'Answer the open question (turn `[NEEDS CLARIFICATION: …]` into a decision, e.g. a `CL-N` entry) before the spec moves on, or move the status back to Draft.',
  'stale-status':
    'Update **Status** to match the work: the tasks (or the folder the spec is in) say otherwise.',
  'malformed-spec-id':
    'Write the id as PREFIX-number, e.g. **Spec ID**: SPEC-0042 (or #12 for an issue number); the value shown is what the file says now.',
  'status-mismatch':
    'Make the files of the spec name the same status, usually by updating the older one.',
  'undefined-reference':
    'Define the id that is cited (add the requirement, criterion or story), or fix the citation.',
  'duplicate-definition': 'Give each definition its own id, or merge the two.',
  'invalid-front-matter':
    'Fix the YAML between the --- lines at the top of the file.',
  'duplicate-id':
    'Another spec of the same repository uses this SPEC id; give one of them the next free number.',
  'requirement-without-scenario':
    'Add at least one "#### Scenario: <name>" with "- **WHEN** …" and "- **THEN** …" steps under the requirement: OpenSpec proves a requirement by its scenarios.',
  'requirement-without-criteria':
    'Add numbered EARS acceptance criteria under "#### Acceptance Criteria" ("1. WHEN … THEN the system SHALL …").',
  'malformed-rename':
    'Write a rename as two lines: "- FROM: `### Requirement: <old name>`" then "- TO: `### Requirement: <new name>`".',
  'delta-unknown-requirement':
    'Use the exact requirement name of the capability spec (or rename it first under "## RENAMED Requirements"); archiving the change would fail otherwise.',
};
