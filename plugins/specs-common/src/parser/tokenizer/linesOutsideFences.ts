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

import { Fence, fenceOpen, isFenceClose } from './lineShapes';

/**
 * The lines of `text` that are not inside a fenced code block, with fences
 * recognized exactly as the parser's tokenizer recognizes them (at any
 * indentation, three or more backticks or tildes, closed by a run at least as long of the same
 * character). For consumers that index or display prose (the search
 * collator), so that what the parser treats as code is code everywhere.
 *
 * @public
 */
export function linesOutsideFences(text: string): string[] {
  const kept: string[] = [];
  let fence: Fence | undefined;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (fence) {
      if (isFenceClose(line, 0, line.length, fence)) {
        fence = undefined;
      }
      continue;
    }
    const open = fenceOpen(line.trimStart());
    if (open) {
      fence = open;
      continue;
    }
    kept.push(line);
  }
  return kept;
}
