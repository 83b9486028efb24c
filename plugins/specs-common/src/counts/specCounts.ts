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

import type { SpecPhase, SpecReviewPersona, SpecTask } from '../model';

/**
 * Done, partly done and all tasks of a phase or of a whole spec.
 *
 * @public
 */
export interface TaskCounts {
  done: number;
  partial: number;
  total: number;
}

/**
 * Checked and all items of a review persona or of a whole checklist.
 *
 * @public
 */
export interface ReviewCounts {
  checked: number;
  total: number;
}

/**
 * Counts tasks by state, optional tasks left out. Every task count of Specstage (the entity's
 * `counts.tasks` and `phases`, the document's Phases tab, the CLI) comes from
 * here, so that the header and the tabs of a spec never disagree.
 *
 * @public
 */
export function taskCounts(
  tasks: Iterable<Pick<SpecTask, 'state' | 'optional'>>,
): TaskCounts {
  const counts: TaskCounts = { done: 0, partial: 0, total: 0 };
  for (const task of tasks) {
    // Optional tasks (Kiro's `- [ ]*`) can be skipped: shown, never counted.
    if (task.optional) continue;
    counts.total++;
    if (task.state === 'done') counts.done++;
    else if (task.state === 'partial') counts.partial++;
  }
  return counts;
}

/**
 * The task counts of one phase.
 *
 * @public
 */
export function phaseCounts(phase: {
  tasks: ReadonlyArray<Pick<SpecPhase['tasks'][number], 'state' | 'optional'>>;
}): TaskCounts {
  return taskCounts(phase.tasks);
}

/**
 * The checked and all items of one review persona.
 *
 * @public
 */
export function personaCounts(persona: {
  items: ReadonlyArray<Pick<SpecReviewPersona['items'][number], 'checked'>>;
}): ReviewCounts {
  let checked = 0;
  for (const item of persona.items) {
    if (item.checked) checked++;
  }
  return { checked, total: persona.items.length };
}

/**
 * A share in percent, rounded down so that 99.6% is not "100%"; 0 of 0 is 0.
 *
 * @public
 */
export function percentOf(part: number, total: number): number {
  return total > 0 ? Math.floor((part / total) * 100) : 0;
}
