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

import { SpecChecklist, SpecFileRole, SpecPhase } from '../../model';
import { DocumentAccumulator } from '../DocumentAccumulator';
import { SpecFormat } from '../formats';

// Which boxes of a spec are its tasks, once every file is read:
// - a task written as a heading gets its state (stated, or from its steps),
//   and gives way to a box task with the same id (an index of tasks followed
//   by one heading of details per task is one task each, not two);
// - when the spec has a tasks file with tasks in it, the phases of the other
//   files (plan.md's implementation phases) are not counted: their boxes
//   become checklists, so they stay visible.

/** Settles the tasks of the accumulator in place. */
export function selectTasks(acc: DocumentAccumulator, format: SpecFormat) {
  settleHeadingTasks(acc);
  keepTaskFilePhases(acc, format);
}

function taskKey(id: string): string {
  return id.replace(/-/g, '').toUpperCase();
}

function settleHeadingTasks(acc: DocumentAccumulator) {
  if (acc.headingTasks.size === 0) {
    return;
  }
  const boxIds = new Set<string>();
  for (const phase of acc.phases) {
    for (const task of phase.tasks) {
      if (task.id && !acc.headingTasks.has(task)) {
        boxIds.add(taskKey(task.id));
      }
    }
  }
  for (const phase of acc.phases) {
    if (!phase.tasks.some(task => acc.headingTasks.has(task))) {
      continue;
    }
    phase.tasks = phase.tasks.filter(task => {
      const facts = acc.headingTasks.get(task);
      if (!facts) {
        return true;
      }
      if (task.id && boxIds.has(taskKey(task.id))) {
        return false;
      }
      if (facts.stated) {
        task.state = facts.stated;
      } else if (facts.steps > 0 && facts.doneSteps === facts.steps) {
        task.state = 'done';
      } else if (facts.doneSteps > 0) {
        task.state = 'partial';
      }
      return true;
    });
  }
}

function keepTaskFilePhases(acc: DocumentAccumulator, format: SpecFormat) {
  const roles = new Map<string, SpecFileRole>();
  for (const file of acc.files) {
    roles.set(file.path, file.role);
  }
  const fromTaskFile = (phase: SpecPhase) =>
    format.isTaskFile(phase.file, roles.get(phase.file) ?? 'other');
  if (!acc.phases.some(phase => fromTaskFile(phase) && phase.tasks.length)) {
    return;
  }
  const kept: SpecPhase[] = [];
  for (const phase of acc.phases) {
    if (fromTaskFile(phase)) {
      kept.push(phase);
    } else if (phase.tasks.length > 0) {
      const checklist: SpecChecklist = {
        name: phase.title,
        kind: 'other',
        items: phase.tasks.map(task => {
          const item: SpecChecklist['items'][number] = {
            text: task.id ? `${task.id} ${task.text}` : task.text,
            checked: task.state === 'done',
            file: task.file,
            line: task.line,
          };
          return item;
        }),
        file: phase.file,
        line: phase.line,
      };
      acc.checklists.push(checklist);
    }
  }
  acc.phases.splice(0, acc.phases.length, ...kept);
}
