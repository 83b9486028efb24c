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

import { SpecClarifications } from './SpecClarifications';
import { SpecDiagnostic } from './SpecDiagnostic';

/**
 * One input file of a spec.
 *
 * @public
 */
export interface SpecSourceFile {
  /**
   * Posix path relative to the spec root for directory specs (for example
   * `plan.md` or `phases/1-x/plan.md`), or the file name for a single-file spec.
   */
  path: string;
  /** Text, or raw bytes that are decoded as UTF-8 (invalid sequences are replaced and reported). */
  content: string | Uint8Array;
}

/**
 * Options for {@link parseSpec}.
 *
 * @public
 */
export interface ParseSpecOptions {
  /**
   * Where the spec lives in its tree (posix, for example
   * `docs/specs/done/2024-Q1/0000-eks`); used for `done/` stale detection,
   * id derivation and diagnostics.
   */
  location?: string;
}

/**
 * The normalized lifecycle states of a spec.
 *
 * @remarks
 * `implemented` and `done` are both kept because the two generations of the
 * template use different words for the end state (`Implemented` in the seed
 * template, `done` later) and readers expect to see the word they wrote.
 *
 * @public
 */
export type SpecStatusValue =
  | 'draft'
  | 'in-review'
  | 'approved'
  | 'in-progress'
  | 'implemented'
  | 'done'
  | 'deprecated'
  | 'superseded'
  | 'unknown';

/**
 * The status of a spec: as written, normalized, and whether the signals disagree.
 *
 * @public
 */
export interface SpecStatus {
  /** The text as written (after removing HTML comments), if any status was written. */
  raw?: string;
  value: SpecStatusValue;
  /** True when the written status contradicts the progress or the location of the spec. */
  stale: boolean;
  staleReason?: string;
}

/**
 * Where an item was found.
 *
 * @public
 */
export interface SpecSourcePosition {
  /** The path of the file, as given in {@link SpecSourceFile.path}. */
  file: string;
  /** 1-based line number. */
  line: number;
}

/**
 * Links found in the spec header and references.
 *
 * @public
 */
export interface SpecLinks {
  /** The tracking issue: a URL when linked, otherwise the `#123` reference. */
  issue?: string;
  /** Pull requests, as `#123` references or URLs. */
  prs: string[];
  /** Other specs mentioned, as ids like `SPEC-007`. */
  relatedSpecs: string[];
  /** Architecture decision records mentioned, as ids like `ADR-0002`. */
  adrs: string[];
  /** Further links from the references section. */
  other: SpecLink[];
}

/**
 * A titled link.
 *
 * @public
 */
export interface SpecLink {
  title?: string;
  url: string;
}

/**
 * A user story, e.g. `### US-1: Title (Priority: P1)` or `### User Story 1 - Title (Priority: P1)`.
 *
 * @public
 */
export interface SpecUserStory extends SpecSourcePosition {
  /** Canonical id `US-<n>`, whichever way the heading spells it. */
  id: string;
  title: string;
  /** For example `P1`. */
  priority?: string;
  acceptanceScenarios: string[];
}

/**
 * The requirement id prefixes the parser knows.
 *
 * @public
 */
export type SpecRequirementKind =
  | 'FR'
  | 'NFR'
  | 'SR'
  | 'QR'
  | 'IR'
  | 'DR'
  /** A requirement named rather than numbered by prefix: OpenSpec's `### Requirement: <name>`, Kiro's `### Requirement N`. */
  | 'REQ';

/**
 * RFC 2119 level of a requirement (`SHALL` counts as `MUST`).
 *
 * @public
 */
export type SpecRequirementLevel = 'MUST' | 'SHOULD' | 'MAY';

/**
 * A requirement such as `- **FR-001**: System MUST ...`.
 *
 * @public
 */
export interface SpecRequirement extends SpecSourcePosition {
  /**
   * As written, e.g. `FR-001`; Kiro's `Requirement 3` is `3`; an OpenSpec
   * requirement, which has no id, gets one derived from its capability and
   * name (`cli-list/output-format`).
   */
  id: string;
  kind: SpecRequirementKind;
  level?: SpecRequirementLevel;
  text: string;
  /** The name of a named requirement (`### Requirement: Output Format` gives `Output Format`). */
  name?: string;
  /** OpenSpec `#### Scenario: <name>` blocks under the requirement. */
  scenarios?: SpecScenario[];
  /** Kiro's numbered acceptance criteria (`3.1`, `3.2`, …), EARS statements. */
  criteria?: SpecCriterion[];
  /** The capability an OpenSpec requirement belongs to (`cli-list`). */
  capability?: string;
  /** In an OpenSpec change: what the change does to the requirement. */
  delta?: SpecDeltaOperation;
}

/**
 * An OpenSpec scenario: `#### Scenario: <name>` and its `- **WHEN** …`,
 * `- **THEN** …` steps.
 *
 * @public
 */
export interface SpecScenario extends SpecSourcePosition {
  name: string;
  steps: string[];
}

/**
 * A numbered acceptance criterion of a Kiro requirement
 * (`1. WHEN … THEN the system SHALL …`); its id is `<requirement>.<n>`.
 *
 * @public
 */
export interface SpecCriterion extends SpecSourcePosition {
  id: string;
  text: string;
}

/**
 * The kinds of OpenSpec delta sections (`## ADDED Requirements`, …).
 *
 * @public
 */
export type SpecDeltaOperation = 'added' | 'modified' | 'removed' | 'renamed';

/**
 * One entry of an OpenSpec change's delta specs: a requirement added,
 * modified, removed or renamed in a capability.
 *
 * @public
 */
export interface SpecDelta extends SpecSourcePosition {
  operation: SpecDeltaOperation;
  /** The capability the delta applies to (`specs/<capability>/spec.md`). */
  capability: string;
  /** The requirement's name (for a rename: the new name). */
  requirement: string;
  /** For a rename: the old name. */
  from?: string;
  /** The id of the requirement in `SpecDocument.requirements` (added and modified ones). */
  requirementId?: string;
}

/**
 * What an OpenSpec document is: the current truth of a capability
 * (`openspec/specs/<capability>/spec.md`) or a change to it
 * (`openspec/changes/<change>/`, archived under
 * `openspec/changes/archive/YYYY-MM-DD-<change>/`).
 *
 * @public
 */
export interface SpecOpenSpecInfo {
  kind: 'capability' | 'change';
  /** The capability's or the change's directory name. */
  name: string;
  /** A change under `changes/archive/`. */
  archived?: boolean;
  /** The delta of a change, in file order. */
  deltas?: SpecDelta[];
  /** The capabilities a change touches (its `specs/<capability>/` directories). */
  capabilities?: string[];
}

/**
 * A success criterion such as `- **SC-001**: ...`.
 *
 * @public
 */
export interface SpecSuccessCriterion extends SpecSourcePosition {
  id: string;
  text: string;
  /** Set only when a VERIFICATION.md says whether the criterion passed. */
  verified?: boolean;
}

/**
 * The state of a task box: `[ ]`, `[x]`/`[X]` or `[~]`.
 *
 * @public
 */
export type SpecTaskState = 'todo' | 'done' | 'partial';

/**
 * A task (a box in a tasks section, a phase, tasks.md or a phase plan).
 *
 * @public
 */
export interface SpecTask extends SpecSourcePosition {
  /** As written: `T001`, `T-003`, `T003b`, `Task 1.1`. */
  id?: string;
  text: string;
  state: SpecTaskState;
  /** Ids the task refers to, normalized to `PREFIX-n` spelling (`[US1]` becomes `US-1`), e.g. `FR-001`, `SC-002`, `US-1`, `CL-3`. */
  cites: string[];
  /** Spec-kit `[P]` marker: can run in parallel. */
  parallel?: boolean;
  /** Kiro `- [ ]*`: an optional task, shown as such and not counted in the total. */
  optional?: boolean;
}

/**
 * A phase of the implementation, with its tasks.
 *
 * @public
 */
export interface SpecPhase extends SpecSourcePosition {
  /** The phase number as written (`1`, `3.1`) when the heading has one. */
  id?: string;
  title: string;
  goal?: string;
  /** `**Exit Criteria**` and spec-kit `**Checkpoint**` lines. */
  exitCriteria: string[];
  tasks: SpecTask[];
  /** True for the phase that collects tasks written outside any phase heading. */
  implicit?: boolean;
}

/**
 * A checkbox item of the review checklist or another checklist.
 *
 * @public
 */
export interface SpecChecklistItem extends SpecSourcePosition {
  /** An item id such as `CHK001`, when written. */
  id?: string;
  text: string;
  checked: boolean;
}

/**
 * The review checklist items of one persona (e.g. `Platform Engineer`).
 *
 * @public
 */
export interface SpecReviewPersona extends SpecSourcePosition {
  persona: string;
  items: SpecChecklistItem[];
}

/**
 * What a checklist that is not a task list is for.
 *
 * @public
 */
export type SpecChecklistKind =
  | 'validation'
  | 'dependencies'
  | 'open-questions'
  | 'other';

/**
 * A group of boxes that are not tasks and not the review checklist.
 *
 * @public
 */
export interface SpecChecklist extends SpecSourcePosition {
  name: string;
  kind: SpecChecklistKind;
  items: SpecChecklistItem[];
}

/**
 * A markdown table.
 *
 * @public
 */
export interface SpecTable {
  headers: string[];
  rows: string[][];
}

/**
 * The role a file plays in a spec.
 *
 * @public
 */
export type SpecFileRole =
  | 'spec'
  | 'plan'
  | 'tasks'
  | 'clarifications'
  | 'summary'
  | 'verification'
  | 'phase-plan'
  | 'checklist'
  | 'other';

/**
 * A source file of the spec.
 *
 * @public
 */
export interface SpecFileRef {
  path: string;
  role: SpecFileRole;
  /**
   * The relative link and image destinations written in the file (inline
   * links and images, reference definitions, `src`/`href` of raw HTML; not
   * in code, comments or fences), unescaped and in order of first
   * appearance; external URLs and anchors are left out. Absent when there
   * are none. {@link specLinkedFiles} resolves them to the files they name.
   */
  links?: string[];
}

/**
 * The format profile that read a spec: `cnref` (the cloud-native-ref
 * template generations: single file, three and four artifacts),
 * `spec-kit` (GitHub spec-kit), `openspec` (Fission-AI OpenSpec
 * capabilities and changes) or `kiro` (`.kiro/specs/<feature>/`). Typed open-ended so that formats added later
 * do not break consumers.
 *
 * @public
 */
export type SpecFormatName =
  | 'cnref'
  | 'spec-kit'
  | 'openspec'
  | 'kiro'
  | (string & {});

/**
 * The normalized model of one spec, whatever format it was written in.
 *
 * @public
 */
export interface SpecDocument {
  /**
   * The spec id, upper-cased, as written in front matter or the header
   * (`**Spec ID**`, `**ID**`), e.g. `SPEC-0042`, `SPEC-007` or an
   * issue-style `#0`. When none is written it is derived from a leading
   * number in the feature branch or the directory/file name (`007-foo`
   * gives `SPEC-007`) so that spec-kit specs still get a stable id; see
   * {@link SpecDocument.idSource}.
   */
  id?: string;
  /** Where {@link SpecDocument.id} came from. */
  idSource?: 'front-matter' | 'header' | 'derived';
  /** The id value as written, before normalization. */
  idRaw?: string;
  title: string;
  /**
   * The format profile that read the spec (see {@link SpecFormatName}).
   * Always set by `parseSpec`; optional so that documents stored by an
   * older version still type-check.
   */
  format?: SpecFormatName;
  /** {@link ParseSpecOptions.location}, when given. */
  location?: string;
  status: SpecStatus;
  /** Lower-cased `**Type**`, e.g. `composition`. */
  type?: string;
  authors: string[];
  owner?: string;
  /** ISO date (YYYY-MM-DD) when the written value contains one. */
  created?: string;
  createdRaw?: string;
  /** ISO date (YYYY-MM-DD) when the written value contains one. */
  updated?: string;
  updatedRaw?: string;
  /** Spec-kit `**Feature Branch**`. */
  branch?: string;
  /**
   * ISO date (YYYY-MM-DD) the work was completed, when the tree says so
   * (an archived OpenSpec change: `archive/2025-11-25-x/`).
   */
  completed?: string;
  /** OpenSpec documents: capability or change, and a change's delta. */
  openspec?: SpecOpenSpecInfo;
  links: SpecLinks;
  summary?: string;
  userStories: SpecUserStory[];
  requirements: SpecRequirement[];
  successCriteria: SpecSuccessCriterion[];
  clarifications: SpecClarifications;
  phases: SpecPhase[];
  review: SpecReviewPersona[];
  checklists: SpecChecklist[];
  successMetrics?: SpecTable;
  /** Names or entity refs of components the spec names. */
  components: string[];
  tags: string[];
  /** False when no file has the structure of a spec (see the `not-a-spec` diagnostic). */
  isSpec: boolean;
  /** True when the spec is mostly unfilled placeholders. */
  isTemplate: boolean;
  /** Merged YAML front matter of all files (the spec file wins). */
  frontMatter?: Record<string, unknown>;
  diagnostics: SpecDiagnostic[];
  files: SpecFileRef[];
}
