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

import { SpecPhase, SpecTask, SpecTaskState } from '../../model';
import { stripEmoji, stripInlineCode, trimSeparators } from '../inline';
import { normalizeStatus } from '../normalizeStatus';
import { findRefs, findStoryMentions } from '../refs';
import { cap, ReaderState } from './ReaderState';

// Bound once: the dev-time CommonJS transform makes each call of an
// imported function a getter call (see SpecFileReader.ts).
const stripEmojiFn = stripEmoji;
const stripInlineCodeFn = stripInlineCode;
const trimSeparatorsFn = trimSeparators;
const normalizeStatusFn = normalizeStatus;
const findRefsFn = findRefs;
const findStoryMentionsFn = findStoryMentions;

// A task: its id (`T001`, `T-003`, `**T101**`, `Task 1.1`), spec-kit tags
// (`[P]` parallel, `[US1]` story) and the ids it cites.

export const TASK_ID = /^(T-?\d{1,6}[a-z]?|Task\s+\d{1,4}(?:\.\d{1,4})*)(?!\w)/;
const TASK_TAG = /^\[([A-Za-z0-9?-]{1,12})\]\s*/;
/** Emoji (and their joiners) before a task's id: `🧠 **T401**`. */
const LEADING_EMOJI = /^[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s]+/u;
/** An id in brackets: `- [x] [T001] [P1] …`. */
const BRACKETED_ID = /^\[(T-?\d{1,6}[a-z]?)\]\s*/;
/** Tags that say something about a task and are not part of its text. */
const KNOWN_TAG = /^(?:US-?\d+|Story|P\?|P\d)$/i;
/** `* ` right after a box: Kiro's optional task. */
const OPTIONAL_MARK = /^\*(?:[ \t]+|$)/;

/** A box's text without the emoji before its id. */
function withoutLeadingEmoji(text: string): string {
  const c = text.charCodeAt(0);
  // Most box texts start with an ASCII letter, digit or `*`: no emoji.
  return c < 0x80 ? text : text.replace(LEADING_EMOJI, '');
}

/** Whether a box's text starts with a task id (`T001`, `**T001**`, `🧠 T401`, `[T001]`). */
export function startsWithTaskId(text: string): boolean {
  let bare = withoutLeadingEmoji(text);
  if (bare.startsWith('**')) {
    bare = bare.slice(2);
  }
  return TASK_ID.test(bare) || BRACKETED_ID.test(bare);
}

export function addTask(
  r: ReaderState,
  phase: SpecPhase,
  state: SpecTaskState,
  raw: string,
  indent: number,
  lineNo: number,
) {
  let text = withoutLeadingEmoji(raw);
  let id: string | undefined;
  // Kiro's `- [ ]* 2.3 Write unit tests`: the `*` right after the box
  // (the tokenizer leaves it at the start of the box's text).
  let optional = false;
  if (text.charCodeAt(0) === 42 /* * */ && OPTIONAL_MARK.test(text)) {
    optional = true;
    text = text.replace(OPTIONAL_MARK, '');
  }
  const own = r.format.taskId?.(text);
  if (own) {
    id = own.id;
    text = text.slice(own.length);
  }
  const bracketed = id ? null : BRACKETED_ID.exec(text);
  if (bracketed) {
    id = bracketed[1];
    text = text.slice(bracketed[0].length);
  } else if (!id && text.startsWith('**')) {
    const close = text.indexOf('**', 2);
    const inner =
      close > 0 ? text.slice(2, close).replace(/:$/, '').trim() : '';
    const match = TASK_ID.exec(inner);
    if (match && match[0].length === inner.length) {
      id = inner;
      text = text.slice(close + 2);
    }
  }
  if (!id) {
    const match = TASK_ID.exec(text);
    if (match) {
      id = match[1];
      text = text.slice(match[0].length);
    }
  }
  text = trimSeparatorsFn(text);
  let parallel = false;
  // Spec-kit tags right after the id: `T012 [P] [US1] Description`.
  while (text.charCodeAt(0) === 91 /* [ */) {
    const tag = TASK_TAG.exec(text);
    if (!tag) {
      break;
    }
    if (tag[1] === 'P') {
      parallel = true;
    } else if (!KNOWN_TAG.test(tag[1])) {
      // `[P1]` is a priority, not the parallel marker; other tags stay.
      break;
    }
    text = text.slice(tag[0].length);
  }
  const task = newTask(r, phase, id, text, state, parallel, lineNo);
  if (optional) {
    task.optional = true;
  }
  r.item = {
    indent,
    append: more => {
      task.text = cap(`${task.text} ${more}`);
      const plain = stripInlineCodeFn(more);
      for (const ref of [...findRefsFn(plain), ...findStoryMentionsFn(plain)]) {
        if (!task.cites.includes(ref.id) && task.cites.length < 100) {
          task.cites.push(ref.id);
        }
      }
    },
  };
}

/** `[DONE]`, `[X]`, `[Complete]` in a task heading. */
const DONE_TAG = /\[(?:done|x|complete|completed|finished)\]/i;
/** ✅ ✔ ☑ */
const DONE_MARK = /[\u2705\u2714\u2611]/;
/** Any bracketed tag of a task heading: `[P]`, `[US1]`, `[DONE]`, `[B: T002, T003]`. */
const HEADING_TAG = /\[[^\]\n]{1,40}\]/g;

/**
 * A task written as a heading (`### T001 - Install`, `### T001 [DONE] [US5] …`,
 * `### Task 1.1: Bottom navigation ✅`). Its state is settled at assembly,
 * from what the heading or a `**Status**` field under it states, or else from
 * its steps (the boxes under it).
 */
export function addHeadingTask(
  r: ReaderState,
  phase: SpecPhase,
  heading: string,
  lineNo: number,
): SpecTask {
  const bare = stripEmojiFn(heading);
  const match = TASK_ID.exec(bare);
  const id = match?.[1];
  let text = match ? bare.slice(match[0].length) : bare;
  const parallel = /\[P\]/.test(text);
  text = trimSeparatorsFn(text.replace(HEADING_TAG, ' ').replace(/\s+/g, ' '));
  const task = newTask(r, phase, id, text, 'todo', parallel, lineNo);
  r.acc.headingTasks.set(task, {
    steps: 0,
    doneSteps: 0,
    stated:
      DONE_TAG.test(heading) || DONE_MARK.test(heading) ? 'done' : undefined,
  });
  return task;
}

/** The state a `**Status**:` value under a task heading states. */
export function statedTaskState(value: string): SpecTaskState {
  if (/\[[xX]\]/.test(value) || DONE_MARK.test(value)) {
    return 'done';
  }
  if (/\[~\]/.test(value)) {
    return 'partial';
  }
  switch (normalizeStatusFn(value)) {
    case 'done':
    case 'implemented':
      return 'done';
    case 'in-progress':
      return 'partial';
    default:
      return 'todo';
  }
}

/** A task of `phase`, citing every id of its line (found by scanInline). */
function newTask(
  r: ReaderState,
  phase: SpecPhase,
  id: string | undefined,
  text: string,
  state: SpecTaskState,
  parallel: boolean,
  lineNo: number,
): SpecTask {
  const cites: string[] = [];
  // A task cites a story by its id (`[US1]`) or in words (`User Story 3`).
  for (const ref of [...r.lineRefs, ...findStoryMentionsFn(text)]) {
    if (!cites.includes(ref.id) && cites.length < 100) {
      cites.push(ref.id);
    }
  }
  const task: SpecTask = {
    text: cap(text.trim()),
    state,
    cites,
    file: r.path,
    line: lineNo,
  };
  if (id) {
    task.id = id;
  }
  if (parallel) {
    task.parallel = true;
  }
  phase.tasks.push(task);
  r.lastTask = task;
  return task;
}
