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
  SpecChecklistItem,
  SpecChecklistKind,
  SpecFileRole,
  SpecPhase,
  SpecReviewPersona,
  SpecTaskState,
} from '../../model';
import { stripEmphasis, trimSeparators } from '../inline';
import { addTask, startsWithTaskId } from './readTasks';
import { newPhase } from './readHeadings';
import { BoxContext, cap, findNode, ReaderState } from './ReaderState';

// Bound once: the dev-time CommonJS transform makes each call of an
// imported function a getter call (see SpecFileReader.ts).
const stripEmphasisFn = stripEmphasis;
const trimSeparatorsFn = trimSeparators;

// Boxes (`- [ ]`, `- [x]`, …): a task, a step of a task, a review item or
// a checklist item, depending on where they stand.

const CHECKLIST_ID = /^(CHK-?\d{1,6})\b/;
/** The roles of the files whose boxes can be tasks. */
export const TASK_ROLES = new Set<SpecFileRole>([
  'spec',
  'plan',
  'tasks',
  'phase-plan',
]);
const STEP = /^(?:\*\*)?Step\s+\d/;

export function readBox(
  r: ReaderState,
  indent: number,
  state: SpecTaskState,
  text: string,
  lineNo: number,
) {
  r.item = undefined;
  const context = effectiveBoxContext(r, text);
  if (context.type === 'step') {
    const task = r.headingTask && r.acc.headingTasks.get(r.headingTask);
    if (task) {
      task.steps++;
      if (state === 'done') {
        task.doneSteps++;
      }
    }
    return;
  }
  if (context.type === 'review') {
    const persona = r.persona ?? generalPersona(r, lineNo);
    persona.items.push({
      text: cap(text),
      checked: state === 'done',
      file: r.path,
      line: lineNo,
    });
    return;
  }
  if (context.type === 'checklist') {
    const checklist = checklistFor(r, context);
    const id = CHECKLIST_ID.exec(text);
    const item: SpecChecklistItem = {
      text: cap(id ? trimSeparatorsFn(text.slice(id[0].length)) : text),
      checked: state === 'done',
      file: r.path,
      line: lineNo,
    };
    if (id) {
      item.id = id[1];
    }
    checklist.items.push(item);
    return;
  }
  const phase = r.phase;
  if (phase && r.label === 'exit criteria') {
    phase.exitCriteria.push(cap(stripEmphasisFn(text)));
    return;
  }
  // A box indented under a task is a step of that task, not a task
  // (unless the format nests tasks: Kiro's and OpenSpec's `1.1` under `1.`).
  if (
    r.taskIndent !== undefined &&
    indent > r.taskIndent &&
    !r.format.nestedTasks
  ) {
    return;
  }
  const first = text.charCodeAt(0);
  if ((first === 83 /* S */ || first === 42) /* * */ && STEP.test(text)) {
    return;
  }
  if (r.taskIndent === undefined || !r.format.nestedTasks) {
    r.taskIndent = indent;
  }
  addTask(r, phase ?? implicitPhaseFor(r, lineNo), state, text, indent, lineNo);
}

function effectiveBoxContext(r: ReaderState, text: string): BoxContext {
  const context = r.boxContext;
  const hasTaskId = startsWithTaskId(text);
  // `**Security Checklist**:` followed by boxes names a checklist, even
  // inside a phase (boxes that start with a task id stay tasks).
  if (
    (context.type === 'checklist' || context.type === 'task') &&
    r.label &&
    !hasTaskId
  ) {
    // Every box under a label asks; the label changes far less often.
    if (r.label !== r.classifiedLabel) {
      r.classifiedLabel = r.label;
      r.classifiedLabelKind = labelChecklistKind(r, r.label);
    }
    const labelKind = r.classifiedLabelKind;
    if (labelKind) {
      return {
        type: 'checklist',
        kind: labelKind,
        name: r.labelName ?? r.label,
        line: context.type === 'checklist' ? context.line : 0,
      };
    }
  }
  if (r.role === 'checklist') {
    return { type: 'checklist', kind: 'validation', name: '', line: 1 };
  }
  // Only the spec, its plan, its tasks and phase plans hold tasks: boxes in
  // quickstart.md, research.md, SUMMARY.md, … are checklists.
  if (!TASK_ROLES.has(r.role) && context.type === 'task') {
    const node = r.stack[r.stack.length - 1];
    return {
      type: 'checklist',
      kind: 'other',
      name: node?.text ?? r.facts.title ?? r.path,
      line: node?.line ?? 1,
    };
  }
  // A box that starts with a task id is a task even under a validation or
  // other heading, unless it is in the review checklist, open questions or
  // dependencies.
  if (
    context.type === 'checklist' &&
    context.kind !== 'open-questions' &&
    context.kind !== 'dependencies' &&
    hasTaskId
  ) {
    return { type: 'task' };
  }
  return context;
}

/** What a `**Label**:` (with no value) before boxes makes of them. */
function labelChecklistKind(
  r: ReaderState,
  label: string,
): SpecChecklistKind | undefined {
  const kind = r.format.classifySection(label);
  if (kind === 'validation') {
    return 'validation';
  }
  if (kind === 'dependencies') {
    return 'dependencies';
  }
  if (kind === 'open-questions') {
    return 'open-questions';
  }
  return undefined;
}

function checklistFileKind(path: string): SpecChecklistKind {
  const name = path.toLowerCase();
  if (name.indexOf('depend') >= 0) {
    return 'dependencies';
  }
  if (name.indexOf('question') >= 0) {
    return 'open-questions';
  }
  return 'validation';
}

function checklistFor(
  r: ReaderState,
  context: Extract<BoxContext, { type: 'checklist' }>,
): SpecChecklist {
  if (r.role === 'checklist') {
    if (!r.fileChecklist) {
      const name = r.facts.title ?? r.path;
      r.fileChecklist = {
        name,
        kind: checklistFileKind(r.path),
        items: [],
        file: r.path,
        line: r.facts.titleLine ?? 1,
      };
      r.acc.checklists.push(r.fileChecklist);
    }
    return r.fileChecklist;
  }
  if (r.lastChecklist?.context === context) {
    return r.lastChecklist.checklist;
  }
  const key = `${context.kind}|${context.name}|${context.line}`;
  let checklist = r.checklistsByKey.get(key);
  if (!checklist) {
    checklist = {
      name: context.name,
      kind: context.kind,
      items: [],
      file: r.path,
      line: context.line,
    };
    r.acc.checklists.push(checklist);
    r.checklistsByKey.set(key, checklist);
  }
  r.lastChecklist = { context, checklist };
  return checklist;
}

function generalPersona(r: ReaderState, lineNo: number): SpecReviewPersona {
  const review = findNode(r, n => n.kind === 'review');
  if (review && !review.persona) {
    review.persona = {
      persona: 'General',
      items: [],
      file: r.path,
      line: lineNo,
    };
    r.acc.review.push(review.persona);
  }
  return (
    review?.persona ?? {
      persona: 'General',
      items: [],
      file: r.path,
      line: lineNo,
    }
  );
}

export function implicitPhaseFor(r: ReaderState, lineNo: number): SpecPhase {
  const tasksNode = findNode(r, n => n.kind === 'tasks');
  const key = `${tasksNode?.line ?? 0}`;
  const existing = r.implicitPhases.get(key);
  if (existing) {
    return existing;
  }
  let title = tasksNode?.text ?? r.facts.title ?? 'Tasks';
  let id: string | undefined;
  if (r.role === 'phase-plan') {
    // `phases/1-create-flow/plan.md` without a `Phase N:` heading.
    const dir = r.path.split('/').slice(-2, -1)[0] ?? '';
    const match = /^(\d+)/.exec(dir);
    id = match?.[1];
    title = r.facts.title ?? dir;
  }
  const phase = newPhase(r, title, tasksNode?.line ?? lineNo);
  phase.implicit = true;
  if (id) {
    phase.id = id;
  }
  r.implicitPhases.set(key, phase);
  return phase;
}
