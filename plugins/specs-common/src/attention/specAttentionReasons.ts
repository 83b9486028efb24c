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

import { percentOf } from '../counts/specCounts';
import { SpecStatusValue } from '../model';
import { PortfolioSpec } from '../portfolio/rollupSpecs';
import { SpecSnapshot } from '../portfolio/SpecSnapshot';
import { daysBetween } from '../portfolio/specDay';
import { SpecAttentionOptions, SpecAttentionReason } from './SpecAttention';

// How much each rule adds to a spec's rank: a wrong status or a clash of ids
// misleads every reader of the portfolio, a missing link only hides the spec
// from its components' pages.
const WEIGHTS = {
  'stale-status': 40,
  'duplicate-id': 35,
  'no-progress': 25,
  'review-behind': 20,
  'old-clarifications': 15,
  'no-component': 10,
} as const;

// Statuses where the work is over: progress, clarifications and links no
// longer call for action.
const CLOSED: SpecStatusValue[] = [
  'implemented',
  'done',
  'deprecated',
  'superseded',
];

/**
 * What the attention rules read of one spec.
 *
 * @public
 */
export type SpecAttentionInput = Pick<
  PortfolioSpec,
  | 'status'
  | 'stale'
  | 'staleReason'
  | 'tasks'
  | 'openClarifications'
  | 'review'
  | 'specifies'
  | 'specId'
> & {
  /** The spec's latest snapshot, for the rules that need time. */
  history?: Pick<SpecSnapshot, 'tasksChangedOn' | 'clarificationsOpenSince'>;
  /** Other specs of the same source with the same id. */
  duplicates?: string[];
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const percent = (checked: number, total: number) =>
  `${percentOf(checked, total)}%`;

/**
 * The reasons why a spec needs attention, strongest first; empty when it
 * needs none.
 *
 * @param today - the current UTC day (`YYYY-MM-DD`)
 * @public
 */
export function specAttentionReasons(
  spec: SpecAttentionInput,
  options: SpecAttentionOptions,
  today: string,
): SpecAttentionReason[] {
  const reasons: SpecAttentionReason[] = [];
  const closed = CLOSED.includes(spec.status);

  if (spec.stale) {
    reasons.push({
      kind: 'stale-status',
      weight: WEIGHTS['stale-status'],
      message:
        spec.staleReason ??
        'The status contradicts the progress or the folder of the spec',
    });
  }

  if (spec.duplicates?.length) {
    reasons.push({
      kind: 'duplicate-id',
      weight: WEIGHTS['duplicate-id'],
      message: `${spec.specId ?? 'The id'} is also the id of ${plural(
        spec.duplicates.length,
        'other spec',
      )} in the same source`,
      duplicates: [...spec.duplicates].sort(),
    });
  }

  const { tasks } = spec;
  if (
    spec.status === 'in-progress' &&
    spec.history &&
    tasks.total > 0 &&
    tasks.done < tasks.total
  ) {
    const days = daysBetween(spec.history.tasksChangedOn, today);
    if (days >= options.noProgressDays) {
      reasons.push({
        kind: 'no-progress',
        weight: WEIGHTS['no-progress'] + Math.min(days, 90) / 9,
        days,
        message: `In progress, but no task ticked for ${plural(days, 'day')} (${
          tasks.done
        } of ${tasks.total} done)`,
      });
    }
  }

  if (spec.status === 'in-progress') {
    const personas = spec.review.filter(
      p => p.total > 0 && p.checked / p.total < options.reviewThreshold,
    );
    if (personas.length) {
      reasons.push({
        kind: 'review-behind',
        weight: WEIGHTS['review-behind'],
        personas,
        message: `In progress while ${
          personas.length === 1 ? 'a review is' : 'reviews are'
        } below ${Math.round(options.reviewThreshold * 100)}%: ${personas
          .map(p => `${p.persona} ${percent(p.checked, p.total)}`)
          .join(', ')}`,
      });
    }
  }

  const openSince = spec.history?.clarificationsOpenSince;
  if (!closed && spec.openClarifications > 0 && openSince) {
    const days = daysBetween(openSince, today);
    if (days >= options.clarificationDays) {
      reasons.push({
        kind: 'old-clarifications',
        weight: WEIGHTS['old-clarifications'] + Math.min(days, 90) / 9,
        days,
        message: `${plural(
          spec.openClarifications,
          'clarification',
        )} open for ${plural(days, 'day')}`,
      });
    }
  }

  if (
    spec.specifies.length === 0 &&
    spec.status !== 'deprecated' &&
    spec.status !== 'superseded'
  ) {
    reasons.push({
      kind: 'no-component',
      weight: WEIGHTS['no-component'],
      message: 'Linked to no component or system',
    });
  }

  return reasons.sort((a, b) => b.weight - a.weight);
}
