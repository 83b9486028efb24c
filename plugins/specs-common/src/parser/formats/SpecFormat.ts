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

import {
  SpecChecklistKind,
  SpecDelta,
  SpecDeltaOperation,
  SpecDocument,
  SpecFileRole,
  SpecFormatName,
  SpecRequirementKind,
  SpecRequirementLevel,
  SpecTaskState,
} from '../../model';

/**
 * What a heading opens, as far as the parser cares. A format profile maps
 * its own words (`Phase 1`, `Fase A`, `Review Checklist`, …) to these.
 */
export type SectionKind =
  /** `Phase 1: …`: a phase of the implementation; its boxes are tasks. */
  | 'phase'
  /** The review checklist; its sub-headings are personas. */
  | 'review'
  /** A section holding the user stories. */
  | 'user-stories'
  /** One user story (`### US-1: …`, `### User Story 1 - …`). */
  | 'user-story'
  | 'success-criteria'
  /** A success-metrics table. */
  | 'success-metrics'
  /** The summary paragraph of the spec. */
  | 'summary'
  /** A components list or table. */
  | 'components'
  /** A clarifications log. */
  | 'clarifications'
  /** A spec-kit clarification session (`### Session 2025-09-20`). */
  | 'session'
  /** One clarification (`## CL-3 — …`). */
  | 'clarification-entry'
  | 'open-questions'
  | 'dependencies'
  /** A task list (`## Tasks`, `## Implementation Phases`); its boxes are tasks. */
  | 'tasks'
  /** A task written as a heading (`### T001 - Install`); boxes under it are its steps. */
  | 'task'
  /** A requirement or success criterion defined by a heading (`#### FR-001: Command flags`). */
  | 'definition'
  /** Validation, testing, quality gates: boxes are a checklist unless they carry task ids. */
  | 'validation'
  | 'references'
  | 'other';

/** A heading or list item, as a profile's readers see it. */
export interface FormatLine {
  /** The heading text (after the `#`s) or the list item's text (after its marker). */
  text: string;
  /** Heading level (1–6); 0 for a list item. */
  level: number;
  /** Indentation of a list item, in columns. */
  indent: number;
  /** Where the line is. */
  file: string;
  line: number;
  role: SpecFileRole;
  /** The enclosing headings, outermost first (for a heading: its parents). */
  sections: ReadonlyArray<{ kind: SectionKind; text: string; level: number }>;
}

/**
 * What a profile's readers may add to the model. Ids are compared the way
 * references are (`FR-001` = `FR-1`); an id already defined is not defined
 * again.
 */
export interface FormatModel {
  defineRequirement(requirement: {
    id: string;
    text: string;
    kind?: SpecRequirementKind;
    level?: SpecRequirementLevel;
    name?: string;
    capability?: string;
    delta?: SpecDeltaOperation;
  }): void;
  /**
   * Appends text to the requirement defined last in this file (its body,
   * written after its heading); the first SHALL/MUST/SHOULD/MAY gives its level.
   */
  appendRequirementText(text: string): void;
  /** Opens a scenario (`#### Scenario: …`) of the requirement defined last in this file. */
  addScenario(name: string): void;
  /** Appends a step (`- **WHEN** …`) to the scenario opened last in this file. */
  addScenarioStep(text: string): void;
  /** Adds the next numbered acceptance criterion to the requirement defined last in this file. */
  addCriterion(text: string): void;
  /** Adds cited ids to the task read last in this file (Kiro's `_Requirements: 1.2_` under a task). */
  citeOnLastTask(ids: readonly string[]): void;
  /** Records an entry of an OpenSpec change's delta. */
  addDelta(delta: {
    operation: SpecDeltaOperation;
    capability: string;
    requirement: string;
    from?: string;
    requirementId?: string;
  }): void;
  defineSuccessCriterion(criterion: { id: string; text: string }): void;
  defineUserStory(story: {
    id: string;
    title: string;
    priority?: string;
  }): void;
  /** Appends an acceptance scenario to the story defined last. */
  addAcceptanceScenario(text: string): void;
}

/**
 * Readers for what a format writes differently from the shared conventions
 * (OpenSpec's `### Requirement: <name>`, Kiro's numbered EARS criteria).
 * Each returns true when it has read the line; the shared reading of that
 * line is then skipped. The tokenizer and the shared readers stay as they
 * are: a profile adds readers, it does not reach into their state.
 */
export interface FormatReaders {
  heading?(line: FormatLine, model: FormatModel): boolean;
  listItem?(line: FormatLine, model: FormatModel): boolean;
  /** A paragraph line or a `**Label:** value` line. */
  text?(line: FormatLine, model: FormatModel): boolean;
}

/**
 * What a profile's `finish` step sees besides the assembled document.
 */
export interface FormatFinishContext {
  /** The spec's location in its tree (`ParseSpecOptions.location`). */
  location?: string;
  /** The files of the spec with their roles and `#` titles. */
  files: ReadonlyArray<{ path: string; role: SpecFileRole; title?: string }>;
  /** What `FormatModel.addDelta` recorded, in file order. */
  deltas: readonly SpecDelta[];
}

/** What a format profile may look at to decide whether it reads a spec. */
export interface FormatProbe {
  /** The spec's location in its tree (`ParseSpecOptions.location`). */
  location?: string;
  /**
   * The files of the spec: path relative to the spec, the first 1 KiB of
   * the decoded text (`head`), where every template writes what identifies
   * it, and the `**Label**` names found there, lower-cased (`labels`:
   * `feature branch`, `spec id`).
   */
  files: ReadonlyArray<{
    path: string;
    head: string;
    labels: ReadonlySet<string>;
  }>;
}

/**
 * A format profile: everything that makes one family of spec documents
 * (the cloud-native-ref template generations, GitHub spec-kit, …) what it
 * is — which files form a spec, what its headings, boxes and labels mean —
 * and nothing about markdown itself (that is the tokenizer's) or about the
 * model (that is the reader's and the assembly's).
 *
 * A new format is one new file implementing this interface, added to
 * `SPEC_FORMATS` in `formats/index.ts`, plus fixtures and a section of
 * docs/spec-formats.md. See "Writing a format profile" there.
 *
 * @public
 */
export interface SpecFormat {
  /** Recorded on the model as `SpecDocument.format`. */
  readonly name: SpecFormatName;
  /** For people: `GitHub spec-kit`. */
  readonly label: string;

  /**
   * Discovery: whether a directory is a spec of this format although it has
   * no `spec.md` (a directory with a `spec.md` always is one). `dir` is the
   * posix path in the tree, `names` the lower-cased names of the markdown
   * files directly in it.
   */
  isSpecDirectory(dir: string, names: ReadonlySet<string>): boolean;

  /**
   * How much the files look like this format: 0 is not at all; the profile
   * with the highest score reads the spec (ties go to the earlier profile in
   * `SPEC_FORMATS`). Keep it cheap: it runs on every spec, before parsing.
   */
  detect(probe: FormatProbe): number;

  /** The role of a file from its path inside the spec. */
  fileRole(path: string): SpecFileRole;

  /**
   * What a heading opens. `text` is normalized: no emphasis, emoji or
   * `*(mandatory)*` suffix, lower case.
   */
  classifySection(text: string): SectionKind;

  /**
   * What the mark of a box (`- [x]`, `- [~]`, `- [-]`) means, or undefined
   * when the mark does not make a box at all (`- [P] …`).
   */
  boxState(mark: string): SpecTaskState | undefined;

  /**
   * Whether a file is "the tasks file" (`tasks.md`, `phases/<n>/tasks.md`):
   * when a spec has one with tasks in it, its tasks come from there only,
   * and implementation-phase boxes elsewhere (plan.md) are not counted.
   */
  isTaskFile(path: string, role: SpecFileRole): boolean;

  /** Readers for the format's own shapes, tried before the shared ones. */
  readonly readers?: FormatReaders;

  /**
   * The id at the start of a task's text, for formats that number tasks
   * their own way (`1.2 Add the flag` in OpenSpec and Kiro): the id and the
   * length of the text it takes. Undefined to use the shared `T001` ids.
   */
  taskId?(text: string): { id: string; length: number } | undefined;

  /**
   * True when boxes indented under a task are tasks of their own (Kiro's and
   * OpenSpec's `1.1` under `1.`), rather than steps of it.
   */
  readonly nestedTasks?: boolean;

  /**
   * Discovery: true when `spec.md` files below a spec directory of this
   * format belong to it (an OpenSpec change's delta specs,
   * `changes/x/specs/<capability>/spec.md`) rather than being specs of
   * their own.
   */
  ownsNestedSpecs?(dir: string): boolean;

  /**
   * The last step: what the format knows that the shared assembly does not
   * (an OpenSpec change's status from its place in the tree, a Kiro spec's
   * title from its directory). Changes the document in place.
   */
  finish?(doc: SpecDocument, context: FormatFinishContext): void;
}

/** Re-exported for profiles: the kinds of checklists boxes can go to. */
export type { SpecChecklistKind };
