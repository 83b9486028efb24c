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

// Line-shape tests that run on (nearly) every line. They are written as
// character loops rather than regexes because `RegExp.prototype.exec`
// allocates a match array per call, which showed up in the parser profile.
// Nothing here knows a spec format: only markdown's own syntax.

/** A fenced code block's opening fence. */
export interface Fence {
  char: string;
  length: number;
  /** The info string after the fence (`yaml`, `mermaid`), trimmed. */
  info: string;
}

/**
 * Where the content of a list item starts: the end of the marker (`-`, `*`,
 * `+`, or 1–9 digits and `.`/`)`) and of the blanks after it. -1 when `text`
 * does not start with a marker followed by a blank or the end of the line.
 * Same as `/^([-*+]|\d{1,9}[.)])(?:[ \t]+|$)/`.
 */
export function listMarkerEnd(text: string): number {
  const first = text.charCodeAt(0);
  let i: number;
  if (first === 45 /* - */ || first === 42 /* * */ || first === 43 /* + */) {
    i = 1;
  } else {
    i = 0;
    while (i < text.length && i < 10 && isDigit(text.charCodeAt(i))) {
      i++;
    }
    if (i === 0 || i > 9) {
      return -1;
    }
    const delimiter = text.charCodeAt(i);
    if (delimiter !== 46 /* . */ && delimiter !== 41 /* ) */) {
      return -1;
    }
    i++;
  }
  if (i === text.length) {
    return i;
  }
  const end = skipBlanks(text, i);
  return end > i ? end : -1;
}

/**
 * The level of an ATX heading (`#` to `######` followed by a blank or the
 * end of the line), or 0. Same as `/^(#{1,6})(?:[ \t]+|$)/`.
 */
export function headingLevel(text: string): number {
  let level = 0;
  while (level < text.length && text.charCodeAt(level) === 35 /* # */) {
    level++;
  }
  if (level === 0 || level > 6) {
    return 0;
  }
  if (level === text.length) {
    return level;
  }
  const c = text.charCodeAt(level);
  return c === 32 || c === 9 ? level : 0;
}

/** The index of the first character at or after `from` that is not a space or tab. */
export function skipBlanks(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) {
      break;
    }
    i++;
  }
  return i;
}

/**
 * Where the text after a box starts, or -1 when `text` does not start with
 * one: `[`, one mark character, `]`, then a blank or the end of the line.
 * The mark is `text[1]`; which marks are boxes at all (`[ ]`, `[x]`, `[~]`,
 * `[-]`, …) and what they mean is for the format to say, so any character
 * but `]` and a blank-less `[` is accepted here. `[N/A]`, `[P]`-style tags
 * with more than one character, and `[]` are never boxes. A `*` right
 * after the box (`[ ]* …`, Kiro's optional task) stays in the box's text.
 */
export function boxEnd(text: string): number {
  if (text.charCodeAt(0) !== 91 /* [ */ || text.charCodeAt(2) !== 93 /* ] */) {
    return -1;
  }
  const mark = text.charCodeAt(1);
  if (mark === 93 /* ] */ || mark === 91 /* [ */) {
    return -1;
  }
  if (text.length === 3) {
    return 3;
  }
  // Kiro's optional task, `- [ ]* 2.3 …`: a box whose text starts with the
  // `*` (the reader makes the task optional).
  if (
    text.charCodeAt(3) === 42 /* * */ &&
    (text.length === 4 || skipBlanks(text, 4) > 4)
  ) {
    return 3;
  }
  const end = skipBlanks(text, 3);
  return end > 3 ? end : -1;
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `A`–`Z`, as `/^[A-Z]/` tests the first character, without the regex. */
export function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

/**
 * `String.prototype.trimStart`, skipping the builtin call for the common
 * line that starts with a printable ASCII character: every JavaScript
 * white-space or line-terminator character is either ≤ U+0020 or ≥ U+00A0.
 */
export function trimStartFast(text: string): string {
  const c = text.charCodeAt(0);
  return c > 32 && c < 0xa0 ? text : text.trimStart();
}

/** `String.prototype.trimEnd`, with the same shortcut as `trimStartFast`. */
export function trimEndFast(text: string): string {
  const c = text.charCodeAt(text.length - 1);
  return c > 32 && c < 0xa0 ? text : text.trimEnd();
}

/** `-`, `*`, `+` or a digit: the only characters a list item can start with. */
export function mayStartList(code: number): boolean {
  return (
    code === 45 || code === 42 || code === 43 || (code >= 48 && code <= 57)
  );
}

/** `text` is the line without its indentation. */
export function fenceOpen(text: string): Fence | undefined {
  const char = text[0];
  if (char !== '`' && char !== '~') {
    return undefined;
  }
  let length = 0;
  while (length < text.length && text[length] === char) {
    length++;
  }
  if (length < 3) {
    return undefined;
  }
  // A backtick fence's info string cannot contain backticks (that is inline code).
  if (char === '`' && text.indexOf('`', length) >= 0) {
    return undefined;
  }
  return { char, length, info: text.slice(length).trim() };
}

/**
 * Whether the line `[start, end)` of `text` closes `fence`. Runs on every
 * line inside a fence, so it avoids allocating.
 */
export function isFenceClose(
  text: string,
  start: number,
  end: number,
  fence: Fence,
): boolean {
  const code = fence.char.charCodeAt(0);
  let i = start;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) {
    i++;
  }
  let run = 0;
  while (i < end && text.charCodeAt(i) === code) {
    run++;
    i++;
  }
  if (run < fence.length) {
    return false;
  }
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) {
      return false;
    }
    i++;
  }
  return true;
}

/** Removes closing `#`s of an ATX heading (`## Title ##` → `Title`). */
export function stripClosingHashes(text: string): string {
  const trimmed = text.trim();
  let end = trimmed.length;
  while (end > 0 && trimmed[end - 1] === '#') {
    end--;
  }
  if (end < trimmed.length && (end === 0 || trimmed[end - 1] === ' ')) {
    return trimmed.slice(0, end).trim();
  }
  return trimmed;
}
