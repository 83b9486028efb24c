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

// OpenSpec and Kiro number their tasks the way people number lists:
// `- [ ] 1. Set up`, `- [x] 1.2 Add the flag`. The number is the task's id.

/** `1.`, `1.2`, `10.3.1` at the start of a task's text, before a blank. */
const NUMBERED_TASK = /^(\d{1,4}(?:\.\d{1,4}){0,3})\.?(?=[ \t]|$)/;

/** The number a task's text starts with, as its id (`1.2 Add …` gives `1.2`). */
export function numberedTaskId(
  text: string,
): { id: string; length: number } | undefined {
  const first = text.charCodeAt(0);
  if (first < 48 || first > 57) {
    return undefined;
  }
  const match = NUMBERED_TASK.exec(text);
  return match ? { id: match[1], length: match[0].length } : undefined;
}
