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

import { SpecDocument, SpecTaskState } from '../model';
import { percentOf, taskCounts } from '../counts/specCounts';

/** The longest task text kept on the entity; longer ones end with an ellipsis. */
const MAX_TASK_TEXT = 200;

/**
 * Where the implementation of a spec stands: what share of its tasks is
 * done, which phase is being worked on and which task comes next.
 *
 * @remarks
 * A type alias so that it is assignable to JSON types (entity specs).
 *
 * @public
 */
export type SpecProgress = {
  /** Done tasks in percent of all tasks, rounded down (99.6% is not 100%); 0 without tasks. */
  percent: number;
  /**
   * `percent` as three digits (`007`, `100`): the catalog orders by text,
   * and padded numbers sort as text the way they sort as numbers.
   */
  order: string;
  /** The title of the first phase that still has unfinished tasks. */
  currentPhase?: string;
  /** The first unfinished task of that phase: a partly done one, else the first open one. */
  nextTask?: {
    id?: string;
    text: string;
    state: Exclude<SpecTaskState, 'done'>;
  };
};

/**
 * The progress of a spec's implementation, from its phases and tasks.
 *
 * @public
 */
export function specProgress(doc: SpecDocument): SpecProgress {
  const { done, total } = taskCounts(doc.phases.flatMap(phase => phase.tasks));
  const percent = percentOf(done, total);
  const progress: SpecProgress = {
    percent,
    order: String(percent).padStart(3, '0'),
  };
  const current = doc.phases.find(phase =>
    phase.tasks.some(task => task.state !== 'done' && !task.optional),
  );
  if (current) {
    progress.currentPhase = current.title;
    const next =
      current.tasks.find(task => task.state === 'partial') ??
      current.tasks.find(task => task.state === 'todo' && !task.optional);
    if (next && next.state !== 'done') {
      const text =
        next.text.length > MAX_TASK_TEXT
          ? `${next.text.slice(0, MAX_TASK_TEXT - 1).trimEnd()}…`
          : next.text;
      progress.nextTask = next.id
        ? { id: next.id, text, state: next.state }
        : { text, state: next.state };
    }
  }
  return progress;
}
