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

import { SpecDocument } from '../model';

/**
 * Which tasks cover each requirement, user story and success criterion: the
 * tasks citing its id (`FR-001`, `US-1`), and for a Kiro requirement also
 * the tasks citing one of its acceptance criteria (`_Requirements: 1.2_`
 * covers requirement 1). Tasks are named by id, else by text, in document
 * order, each once.
 *
 * @public
 */
export function requirementCoverage(doc: SpecDocument): Map<string, string[]> {
  // A criterion's coverage counts for its requirement.
  const owner = new Map<string, string>();
  for (const requirement of doc.requirements ?? []) {
    for (const criterion of requirement.criteria ?? []) {
      owner.set(criterion.id, requirement.id);
    }
  }
  const result = new Map<string, string[]>();
  const add = (id: string, task: string) => {
    const list = result.get(id);
    if (!list) {
      result.set(id, [task]);
    } else if (!list.includes(task)) {
      list.push(task);
    }
  };
  for (const phase of doc.phases ?? []) {
    for (const task of phase.tasks) {
      const name = task.id ?? task.text;
      for (const id of task.cites) {
        add(id, name);
        const parent = owner.get(id);
        if (parent) {
          add(parent, name);
        }
      }
    }
  }
  // Only the ids the document defines, each requirement's criteria included.
  const defined = new Set<string>();
  for (const item of [
    ...(doc.userStories ?? []),
    ...(doc.requirements ?? []),
    ...(doc.successCriteria ?? []),
  ]) {
    defined.add(item.id);
  }
  for (const id of owner.keys()) {
    defined.add(id);
  }
  for (const id of Array.from(result.keys())) {
    if (!defined.has(id)) {
      result.delete(id);
    }
  }
  return result;
}
