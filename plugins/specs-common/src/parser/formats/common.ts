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

import { SpecFileRole, SpecTaskState } from '../../model';
import { PROBE_HEAD } from '../decodeContent';

// What both template families mean by a box mark: `[ ]` todo, `[x]`/`[X]`
// done, `[~]` partial. Any other mark (`[P]`, `[N/A]`, `[?]`) is no box.

/** The box marks of markdown task lists plus `~` for partial. */
export function standardBoxState(mark: string): SpecTaskState | undefined {
  switch (mark) {
    case ' ':
      return 'todo';
    case 'x':
    case 'X':
      return 'done';
    case '~':
      return 'partial';
    default:
      return undefined;
  }
}

/**
 * How much of each file detection looks at: the header and first sections,
 * where every template writes what identifies it. Searching whole files
 * would cost as much as parsing them.
 */
export { PROBE_HEAD };

/**
 * The `**Label**` / `**Label:**` names in a file's head, lower-cased: the
 * header fields every template writes first (`**Feature Branch**`,
 * `**Spec ID**`). One pass over the head's `**`s.
 */
export function headLabels(head: string): Set<string> {
  const labels = new Set<string>();
  let open = head.indexOf('**');
  while (open >= 0 && labels.size < 40) {
    const close = head.indexOf('**', open + 2);
    if (close < 0 || close - open > 42) {
      break;
    }
    labels.add(
      head
        .slice(open + 2, close)
        .replace(/:$/, '')
        .trim()
        .toLowerCase(),
    );
    open = head.indexOf('**', close + 2);
  }
  return labels;
}

/** Whether a file's head has one of the labels (see FormatProbe.labels). */
export function hasLabel(
  files: ReadonlyArray<{ labels: ReadonlySet<string> }>,
  labels: readonly string[],
): boolean {
  return files.some(f => labels.some(label => f.labels.has(label)));
}

/** Whether a file's head starts with one of the titles. */
export function startsWithTitle(
  files: ReadonlyArray<{ head: string }>,
  titles: readonly string[],
): boolean {
  return files.some(f => titles.some(title => f.head.startsWith(title)));
}

/** `tasks.md`, and `phases/<n>/tasks.md` (not the phases' plans). */
export function isTaskFile(path: string, role: SpecFileRole): boolean {
  return (
    role === 'tasks' ||
    (role === 'phase-plan' && /(?:^|\/)tasks\.md$/i.test(path))
  );
}
