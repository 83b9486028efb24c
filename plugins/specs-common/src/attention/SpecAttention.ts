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
 * Why a spec needs attention, one reason per rule.
 *
 * - `stale-status`: the status says draft/in review/approved but every task
 *   is done, or the spec sits in a done folder (the parser's verdict).
 * - `no-progress`: in progress, yet no task ticked for N days.
 * - `old-clarifications`: clarifications open for more than N days.
 * - `review-behind`: in progress while a review persona is below a threshold.
 * - `duplicate-id`: another spec of the same source has the same id.
 * - `no-component`: the spec specifies no component or system.
 *
 * @public
 */
export type SpecAttentionKind =
  | 'stale-status'
  | 'no-progress'
  | 'old-clarifications'
  | 'review-behind'
  | 'duplicate-id'
  | 'no-component';

/**
 * One reason for attention, with the numbers behind it.
 *
 * @public
 */
export type SpecAttentionReason = {
  kind: SpecAttentionKind;
  /** A sentence for people, e.g. "No task ticked for 21 days (6 of 13 done)". */
  message: string;
  /** How much the reason adds to the spec's rank. */
  weight: number;
  /** Days behind `no-progress` and `old-clarifications`. */
  days?: number;
  /** Personas below the threshold, for `review-behind`. */
  personas?: Array<{ persona: string; checked: number; total: number }>;
  /** The other specs with the same id, for `duplicate-id`. */
  duplicates?: string[];
};

/**
 * Thresholds of the attention rules.
 *
 * @public
 */
export type SpecAttentionOptions = {
  /** An in-progress spec with no task ticked for this many days. Default 14. */
  noProgressDays: number;
  /** Clarifications open for this many days. Default 14. */
  clarificationDays: number;
  /**
   * An in-progress spec with a review persona below this share of checked
   * items (0..1). Default 0.5.
   */
  reviewThreshold: number;
};

/**
 * The defaults of {@link SpecAttentionOptions}.
 *
 * @public
 */
export const DEFAULT_SPEC_ATTENTION_OPTIONS: SpecAttentionOptions = {
  noProgressDays: 14,
  clarificationDays: 14,
  reviewThreshold: 0.5,
};
