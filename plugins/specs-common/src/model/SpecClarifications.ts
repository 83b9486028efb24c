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

import { SpecSourcePosition } from './SpecDocument';

/**
 * An unresolved `[NEEDS CLARIFICATION: ...]` marker.
 *
 * @public
 */
export interface SpecOpenClarification extends SpecSourcePosition {
  text: string;
}

/**
 * A resolved clarification: a `## CL-N — date — question` entry, a spec-kit
 * `- Q: … → A: …` line, or an inline `[CLARIFIED: …]` marker.
 *
 * @public
 */
export interface SpecResolvedClarification extends SpecSourcePosition {
  /** `CL-<n>` as written; `Q-<n>` for spec-kit session entries (numbered in document order); `CLARIFIED-<n>` for inline markers. */
  id: string;
  /** ISO date when one is given. */
  date?: string;
  question: string;
  answer?: string;
}

/**
 * All clarifications of a spec.
 *
 * @public
 */
export interface SpecClarifications {
  /** Questions still open: `[NEEDS CLARIFICATION: …]` markers that ask something. */
  open: SpecOpenClarification[];
  resolved: SpecResolvedClarification[];
  /**
   * Unfilled prompts of a template section: `[NEEDS CLARIFICATION: …]`
   * markers that stand where the text is still to be written (a section
   * left as the marker alone, `The platform MUST [NEEDS CLARIFICATION: …]`,
   * `**Given** [NEEDS CLARIFICATION: …]`). Counted apart from open
   * questions ("N template sections left"). Always set by `parseSpec`;
   * optional for documents stored by an older version.
   */
  templatePrompts?: SpecOpenClarification[];
}
