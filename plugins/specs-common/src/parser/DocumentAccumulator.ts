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
  SpecDelta,
  SpecDiagnostic,
  SpecFileRole,
  SpecFormatName,
  SpecLink,
  SpecOpenClarification,
  SpecPhase,
  SpecRequirement,
  SpecResolvedClarification,
  SpecReviewPersona,
  SpecSourcePosition,
  SpecSuccessCriterion,
  SpecTable,
  SpecTask,
  SpecTaskState,
  SpecUserStory,
} from '../model';
import { refKey } from './refs';

/** A `**Key**: value` header field. */
export interface HeaderField {
  key: string;
  value: string;
  line: number;
}

/** What the scanner learned about one file that is not a list of items. */
export interface FileFacts {
  path: string;
  role: SpecFileRole;
  title?: string;
  titleLine?: number;
  /** Header fields by lower-cased key, first occurrence wins. */
  fields: Map<string, HeaderField>;
  frontMatter?: Record<string, unknown>;
  summary?: string;
  /** Non-blank lines outside code and comments. */
  contentLines: number;
  /** Of those, lines with at least one placeholder. */
  placeholderLines: number;
  /** Relative link destinations (see SpecFileRef.links). */
  links: Set<string>;
}

/** A placeholder occurrence. */
export interface PlaceholderHit extends SpecSourcePosition {
  text: string;
}

/** What decides the state of a task written as a heading. */
export interface HeadingTaskFacts {
  /** Boxes under the heading: its steps. */
  steps: number;
  doneSteps: number;
  /** A state the heading or its `**Status**` field states outright. */
  stated?: SpecTaskState;
}

/**
 * Everything the scanners collect from the files of one spec, before the
 * assembly step picks and merges it into a SpecDocument.
 */
export class DocumentAccumulator {
  /** The format profile that reads the spec. */
  format: SpecFormatName = 'cnref';
  readonly files: FileFacts[] = [];
  readonly userStories: SpecUserStory[] = [];
  readonly requirements: SpecRequirement[] = [];
  readonly successCriteria: SpecSuccessCriterion[] = [];
  readonly openClarifications: SpecOpenClarification[] = [];
  readonly templatePrompts: SpecOpenClarification[] = [];
  readonly resolvedClarifications: SpecResolvedClarification[] = [];
  readonly phases: SpecPhase[] = [];
  readonly review: SpecReviewPersona[] = [];
  readonly checklists: SpecChecklist[] = [];
  successMetrics?: SpecTable;
  readonly components: string[] = [];
  /** OpenSpec delta entries (`## ADDED Requirements`, …), in file order. */
  readonly deltas: SpecDelta[] = [];
  /**
   * refKeys of the requirements and success criteria defined so far; built
   * on first use (most specs only define ids in lists and never ask).
   */
  private definedKeys?: Set<string>;
  /** Referenced ids by spelling (`FR-001`), first position kept. */
  readonly references = new Map<string, SpecSourcePosition & { id: string }>();
  /** SC verification results by refKey. */
  readonly verification = new Map<string, boolean>();
  readonly placeholders: PlaceholderHit[] = [];
  readonly specMentions: string[] = [];
  readonly adrs: string[] = [];
  readonly prs: string[] = [];
  readonly links: SpecLink[] = [];
  readonly diagnostics: SpecDiagnostic[] = [];
  /** Tasks written as headings (`### T001 - …`), settled at assembly. */
  readonly headingTasks = new Map<SpecTask, HeadingTaskFacts>();
  /** Where the chosen status was written. */
  statusPosition?: SpecSourcePosition;
  /** Counter for spec-kit `Q:` entries, which carry no id of their own. */
  questionCount = 0;
  /** Counter for inline `[CLARIFIED: …]` markers. */
  clarifiedCount = 0;

  /** Whether a requirement or success criterion with this id is defined. */
  isDefined(id: string): boolean {
    if (!this.definedKeys) {
      this.definedKeys = new Set();
      for (const item of this.requirements) {
        this.definedKeys.add(refKey(item.id));
      }
      for (const item of this.successCriteria) {
        this.definedKeys.add(refKey(item.id));
      }
    }
    return this.definedKeys.has(refKey(id));
  }

  /** Records a definition just added to `requirements` or `successCriteria`. */
  noteDefined(id: string) {
    this.definedKeys?.add(refKey(id));
  }

  addUnique(list: string[], value: string, limit = 200) {
    if (value && list.length < limit && !list.includes(value)) {
      list.push(value);
    }
  }
}
