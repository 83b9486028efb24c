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

import { SpecTaskState } from '../../model';

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

/** Whether any of the texts contains any of the needles. */
export function mentions(
  files: ReadonlyArray<{ text: string }>,
  needles: readonly string[],
): boolean {
  for (const file of files) {
    for (const needle of needles) {
      if (file.text.indexOf(needle) >= 0) {
        return true;
      }
    }
  }
  return false;
}
