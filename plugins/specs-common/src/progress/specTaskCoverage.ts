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

import { SpecDocument, SpecTask } from '../model';
import { refKey } from '../parser/refs';

/**
 * Which tasks cite each requirement, success criterion and user story of a
 * spec.
 *
 * @public
 */
export interface SpecTaskCoverage {
  /**
   * The tasks citing `id`, however either side spells it: `US1`, `US-1`,
   * `US-01` and "User Story 1" in a task are one story; `FR-001` and
   * `FR-1` one requirement.
   */
  tasksCiting(id: string): SpecTask[];
}

/**
 * The task coverage of a spec: what the Requirements tab shows as "covered
 * by" and "No task".
 *
 * @public
 */
export function specTaskCoverage(doc: SpecDocument): SpecTaskCoverage {
  const byKey = new Map<string, SpecTask[]>();
  for (const phase of doc.phases) {
    for (const task of phase.tasks) {
      for (const key of new Set(task.cites.map(refKey))) {
        const tasks = byKey.get(key);
        if (tasks) tasks.push(task);
        else byKey.set(key, [task]);
      }
    }
  }
  return { tasksCiting: id => byKey.get(refKey(id)) ?? [] };
}
