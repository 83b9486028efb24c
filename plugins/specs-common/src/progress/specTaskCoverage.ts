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
  // A Kiro acceptance criterion's tasks (`_Requirements: 1.2_`) also cover
  // its requirement (1).
  const ownerOf = new Map<string, string>();
  for (const requirement of doc.requirements ?? []) {
    for (const criterion of requirement.criteria ?? []) {
      ownerOf.set(keyOf(criterion.id), keyOf(requirement.id));
    }
  }
  const byKey = new Map<string, SpecTask[]>();
  const add = (key: string, task: SpecTask) => {
    const tasks = byKey.get(key);
    if (!tasks) byKey.set(key, [task]);
    else if (!tasks.includes(task)) tasks.push(task);
  };
  for (const phase of doc.phases ?? []) {
    for (const task of phase.tasks) {
      for (const cite of task.cites) {
        const key = keyOf(cite);
        add(key, task);
        const owner = ownerOf.get(key);
        if (owner) add(owner, task);
      }
    }
  }
  return { tasksCiting: id => byKey.get(keyOf(id)) ?? [] };
}

// Only id-shaped references are normalized (`US1` = `US-1` = `US-01`); other
// ids (Kiro's `1.2`, OpenSpec's `capability/requirement-name`) are compared
// as written.
function keyOf(id: string): string {
  return /^[A-Za-z]+-?\d+[A-Za-z]?$/.test(id) ? refKey(id) : id;
}
