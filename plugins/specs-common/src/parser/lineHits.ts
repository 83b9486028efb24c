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

// Whole-text searches answering per-line questions. A reader asks, line by
// line in increasing order, "does this line hold X?"; most lines do not, and
// one search over the whole text costs far less than one call per line.

/**
 * Answers "does the line `[start, end)` of `text` hold a match of `pattern`?"
 * for lines asked about in increasing order, with one search of the global
 * `pattern` per hit rather than one regex call per line. `pattern` must never
 * match an empty string, `\r` or `\n`, so a hit lies within one line.
 */
export class LineHits {
  /** Where the last hit found ends; a hit ends after `start` only if it is in that line or a later one. */
  private hitEnd = -1;

  constructor(
    private readonly pattern: RegExp,
    private readonly text: string,
  ) {}

  has(start: number, end: number): boolean {
    if (this.hitEnd <= start) {
      this.pattern.lastIndex = start;
      this.hitEnd = this.pattern.test(this.text)
        ? this.pattern.lastIndex
        : Number.POSITIVE_INFINITY;
      this.pattern.lastIndex = 0;
    }
    return this.hitEnd <= end;
  }
}

/**
 * LineHits for a fixed string: `indexOf` finds it faster than a regex would.
 * `literal` must not contain `\r` or `\n`.
 */
export class LiteralHits {
  /** Where the last occurrence found starts. */
  private next = -1;

  constructor(
    private readonly literal: string,
    private readonly text: string,
  ) {}

  has(start: number, end: number): boolean {
    if (this.next < start) {
      const at = this.text.indexOf(this.literal, start);
      this.next = at < 0 ? Number.POSITIVE_INFINITY : at;
    }
    return this.next < end;
  }
}
