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
 * Whether the first `within` characters of any file contain one of the
 * needles (`indexOf` runs as a plain memory scan, far faster than a regex
 * alternation over the same text).
 */
export function headMentions(
  files: ReadonlyArray<{ head: string }>,
  needles: readonly string[],
  within = PROBE_HEAD,
): boolean {
  for (const file of files) {
    const head =
      file.head.length > within ? file.head.slice(0, within) : file.head;
    for (const needle of needles) {
      if (head.indexOf(needle) >= 0) {
        return true;
      }
    }
  }
  return false;
}

/** `tasks.md`, and `phases/<n>/tasks.md` (not the phases' plans). */
export function isTaskFile(path: string, role: SpecFileRole): boolean {
  return (
    role === 'tasks' ||
    (role === 'phase-plan' && /(?:^|\/)tasks\.md$/i.test(path))
  );
}
