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
  SpecChecklist,
  SpecChecklistKind,
  SpecFileRole,
  SpecPhase,
  SpecRequirement,
  SpecResolvedClarification,
  SpecReviewPersona,
  SpecScenario,
  SpecTask,
  SpecUserStory,
} from '../../model';
import { DocumentAccumulator, FileFacts } from '../DocumentAccumulator';
import { SectionKind, SpecFormat } from '../formats';
import { FoundRef, NO_REFS } from '../refs';

/** Item texts are capped so that a single enormous line cannot bloat the model. */
export const MAX_TEXT = 4000;

export function cap(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

/** A heading on the reader's stack, with what it opened. */
export interface HeadingNode {
  level: number;
  text: string;
  kind: SectionKind;
  line: number;
  phase?: SpecPhase;
  story?: SpecUserStory;
  persona?: SpecReviewPersona;
  clarification?: SpecResolvedClarification;
  sessionDate?: string;
  /** A task written as this heading (`### T001 - Install`). */
  task?: SpecTask;
  /** A requirement defined by this heading (`#### FR-001: Command flags`). */
  definition?: SpecRequirement;
}

/** What a box means where it stands. */
export type BoxContext =
  | { type: 'task' }
  | { type: 'step' }
  | { type: 'review' }
  | { type: 'checklist'; kind: SpecChecklistKind; name: string; line: number };

/** The list item (or definition) that indented continuation lines extend. */
export interface OpenItem {
  indent: number;
  append(text: string): void;
}

/**
 * The state of the reader of one file, shared by the functions that read
 * each kind of line (readBoxes, readLists, …).
 */
export interface ReaderState {
  readonly path: string;
  readonly role: SpecFileRole;
  readonly format: SpecFormat;
  readonly acc: DocumentAccumulator;
  readonly facts: FileFacts;
  readonly stack: HeadingNode[];
  /** A `##` (or deeper) heading was seen: header fields end there. */
  seenSection: boolean;
  /** A `**Label**:` line with no value: names what the following list is. */
  label?: string;
  labelName?: string;
  /** The last label given to labelChecklistKind, and its answer. */
  classifiedLabel?: string;
  classifiedLabelKind?: SpecChecklistKind;
  item?: OpenItem;
  taskIndent?: number;
  table?: {
    rows: string[][];
    line: number;
    node?: HeadingNode;
    /** The first row as written, and once the delimiter row has shown it is a header, its cells. */
    firstRow?: string;
    header?: string[];
    /** The column holding the text of ids the table defines, or -1. */
    textColumn: number;
  };
  summaryLines?: string[];
  readonly implicitPhases: Map<string, SpecPhase>;
  readonly checklistsByKey: Map<string, SpecChecklist>;
  fileChecklist?: SpecChecklist;
  boxContext: BoxContext;
  kinds: Set<SectionKind>;
  /** References of the current line (inline code excluded). */
  lineRefs: FoundRef[];
  lastChecklist?: { context: BoxContext; checklist: SpecChecklist };
  // The innermost phase, story, persona and clarification entry, recomputed
  // per heading rather than looked up per line.
  phase?: SpecPhase;
  story?: SpecUserStory;
  persona?: SpecReviewPersona;
  clarification?: SpecResolvedClarification;
  /** The innermost task written as a heading; boxes under it are its steps. */
  headingTask?: SpecTask;
  /** The innermost requirement defined by a heading, whose body may give its level. */
  definition?: SpecRequirement;
  /** The task read last in this file (Kiro's `_Requirements:` lines under it cite for it). */
  lastTask?: SpecTask;
  /** The requirement a format reader defined last in this file, and its open scenario. */
  formatRequirement?: SpecRequirement;
  scenario?: SpecScenario;
}

/** A fresh state for one file. */
export function newReaderState(
  path: string,
  role: SpecFileRole,
  format: SpecFormat,
  acc: DocumentAccumulator,
): ReaderState {
  const facts: FileFacts = {
    path,
    role,
    fields: new Map(),
    contentLines: 0,
    placeholderLines: 0,
    links: new Set(),
  };
  acc.files.push(facts);
  // Every field is set here, optional ones to undefined, so that the
  // object keeps one shape for its whole life (the readers access it on
  // every line).
  return {
    path,
    role,
    format,
    acc,
    facts,
    stack: [],
    seenSection: false,
    label: undefined,
    labelName: undefined,
    classifiedLabel: undefined,
    classifiedLabelKind: undefined,
    item: undefined,
    taskIndent: undefined,
    table: undefined,
    summaryLines: undefined,
    implicitPhases: new Map(),
    checklistsByKey: new Map(),
    fileChecklist: undefined,
    boxContext: { type: 'task' },
    kinds: new Set(),
    lineRefs: NO_REFS,
    lastChecklist: undefined,
    phase: undefined,
    story: undefined,
    persona: undefined,
    clarification: undefined,
    headingTask: undefined,
    definition: undefined,
    lastTask: undefined,
    formatRequirement: undefined,
    scenario: undefined,
  };
}

/** The innermost heading on the stack that satisfies `predicate`. */
export function findNode(
  r: ReaderState,
  predicate: (node: HeadingNode) => unknown,
): HeadingNode | undefined {
  for (let i = r.stack.length - 1; i >= 0; i--) {
    if (predicate(r.stack[i])) {
      return r.stack[i];
    }
  }
  return undefined;
}
