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

import { readDestination, unescapeDestination } from './linkTargets';

// Small string helpers shared by the line scanner. Everything here works on a
// single line and runs in time linear in its length: the scanner calls these
// for every line of possibly very large inputs.

/** Replaces inline code spans with a space, so ids and markers quoted as code are not read as structure. */
export function stripInlineCode(text: string): string {
  if (text.indexOf('`') < 0) {
    return text;
  }
  let out = '';
  let pos = 0;
  let i = text.indexOf('`');
  const n = text.length;
  while (i >= 0 && i < n) {
    let runEnd = i;
    while (runEnd < n && text.charCodeAt(runEnd) === 96) {
      runEnd++;
    }
    const runLength = runEnd - i;
    const close = findBacktickRun(text, runEnd, runLength);
    if (close < 0) {
      // An unclosed run is literal text.
      i = text.indexOf('`', runEnd);
      continue;
    }
    out += `${text.slice(pos, i)} `;
    pos = close + runLength;
    i = text.indexOf('`', pos);
  }
  return pos === 0 ? text : out + text.slice(pos);
}

function findBacktickRun(text: string, from: number, length: number): number {
  let i = text.indexOf('`', from);
  while (i >= 0) {
    let end = i;
    while (end < text.length && text.charCodeAt(end) === 96) {
      end++;
    }
    if (end - i === length) {
      return i;
    }
    i = text.indexOf('`', end);
  }
  return -1;
}

/**
 * `text.includes(token)`, found by searching for `token[anchor]` only and
 * comparing the rest in place. The scanner asks a few such questions of every
 * line it scans inline; a multi-character `indexOf` sets up a string search
 * per call, which costs more than these short lines are long, whereas a
 * one-character search is a plain memory scan. Pick as anchor a character
 * that is rare in prose (`[`, `]`, `-`).
 */
export function hasToken(text: string, token: string, anchor: number): boolean {
  // Starting at `anchor` keeps `i - anchor` from going negative.
  let i = text.indexOf(token[anchor], anchor);
  while (i >= 0) {
    if (text.startsWith(token, i - anchor)) {
      return true;
    }
    i = text.indexOf(token[anchor], i + 1);
  }
  return false;
}

/**
 * Calls back with each match of the global, never-empty `pattern` in `text`,
 * like `for (const m of text.matchAll(pattern)) callback(m[0])`. `matchAll`
 * clones the regex on every call, which is costly on a per-line path; this
 * reuses it, resetting `lastIndex` before and after.
 */
export function forEachMatch(
  pattern: RegExp,
  text: string,
  callback: (match: string) => boolean | void,
): void {
  pattern.lastIndex = 0;
  try {
    for (;;) {
      const match = pattern.exec(text);
      if (!match || callback(match[0]) === false) {
        return;
      }
    }
  } finally {
    pattern.lastIndex = 0;
  }
}

/** Removes `**`/`__` emphasis markers and surrounding whitespace. */
export function stripEmphasis(text: string): string {
  if (text.indexOf('**') < 0 && text.indexOf('__') < 0) {
    return text.trim();
  }
  return text.split('**').join('').split('__').join('').trim();
}

/** Turns `[text](url)` into `text`, keeping other text as is. */
export function stripLinks(text: string): string {
  if (text.indexOf('](') < 0) {
    return text;
  }
  let out = '';
  let pos = 0;
  forEachLink(text, (open, close, end) => {
    out += text.slice(pos, open) + text.slice(open + 1, close);
    pos = end + 1;
  });
  return out + text.slice(pos);
}

/**
 * Calls back with the positions of `[`, `](` and `)` of each inline link, in
 * one forward pass (a backwards search per link would be quadratic on long
 * lines full of brackets).
 */
function forEachLink(
  text: string,
  callback: (open: number, close: number, end: number) => void,
): void {
  let lastOpen = -1;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 /* [ */) {
      lastOpen = i;
    } else if (
      c === 93 /* ] */ &&
      lastOpen >= 0 &&
      text.charCodeAt(i + 1) === 40 /* ( */
    ) {
      // The `)` after the destination: it may hold parentheses itself.
      const destination = readDestination(text, i + 2);
      const end = text.indexOf(')', destination ? destination.end : i + 2);
      if (end < 0 || ++count > 200) {
        return;
      }
      callback(lastOpen, i, end);
      i = end;
      lastOpen = -1;
    }
  }
}

/** A markdown link `[title](url)` found in a line. */
export interface InlineLink {
  title: string;
  url: string;
}

/** Finds the markdown links and `<https://…>` autolinks of a line. */
export function findLinks(text: string): InlineLink[] {
  const links: InlineLink[] = [];
  if (text.indexOf('](') >= 0) {
    forEachLink(text, (open, close) => {
      const destination = readDestination(text, close + 2);
      const url = destination ? unescapeDestination(destination.raw) : '';
      links.push({ title: text.slice(open + 1, close).trim(), url });
    });
  }
  let a = text.indexOf('<http');
  while (a >= 0 && links.length < 200) {
    const end = text.indexOf('>', a);
    if (end < 0) {
      break;
    }
    const url = text.slice(a + 1, end);
    if (url.indexOf(' ') < 0) {
      links.push({ title: url, url });
    }
    a = text.indexOf('<http', end);
  }
  return links;
}

/** A `**Key**: value` pair. */
export interface KeyValue {
  key: string;
  value: string;
}

/**
 * Reads `**Key**: value` and `**Key:** value` pairs. Several pairs may share
 * a line when separated by a middle dot (`**Issue**: #1 · **PRs**: #2`).
 */
export function parseKeyValues(line: string): KeyValue[] {
  const trimmed = line.trim();
  if (!trimmed.startsWith('**') && !trimmed.startsWith('__')) {
    return [];
  }
  const segments = hasToken(trimmed, ' · ', 1)
    ? trimmed.split(' · ')
    : [trimmed];
  const pairs: KeyValue[] = [];
  for (const segment of segments) {
    const pair = parseKeyValue(segment.trim());
    if (pair) {
      pairs.push(pair);
    }
  }
  return pairs;
}

function parseKeyValue(segment: string): KeyValue | undefined {
  const marker = segment.slice(0, 2);
  if (marker !== '**' && marker !== '__') {
    return undefined;
  }
  const close = segment.indexOf(marker, 2);
  if (close < 0 || close > 80) {
    return undefined;
  }
  let key = segment.slice(2, close).trim();
  let rest = segment.slice(close + 2);
  if (key.endsWith(':')) {
    key = key.slice(0, -1).trim();
  } else {
    const trimmedRest = rest.trimStart();
    if (!trimmedRest.startsWith(':')) {
      return undefined;
    }
    rest = trimmedRest.slice(1);
  }
  if (!key) {
    return undefined;
  }
  return { key, value: rest.trim() };
}

const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/** The first valid YYYY-MM-DD date in a text. */
export function findIsoDate(text: string): string | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) {
    return undefined;
  }
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) {
    return undefined;
  }
  return match[0];
}

/** Removes trailing `(…)` annotations: `N/A (foundational)` becomes `N/A`. */
export function stripAnnotations(text: string): string {
  const paren = text.indexOf('(');
  return (paren >= 0 ? text.slice(0, paren) : text).trim();
}

const EMOJI_AND_SYMBOLS =
  /[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{20E3}]/gu;

/** Removes emoji, so `✅ Done` reads as `Done`. */
export function stripEmoji(text: string): string {
  return text.replace(EMOJI_AND_SYMBOLS, '').trim();
}

/** True when the character code is a dash used as a separator: hyphen, en or em dash. */
export function isDash(code: number): boolean {
  return code === 45 || code === 0x2013 || code === 0x2014;
}

/** Trims leading separators (`:`, dashes, dots) and whitespace. */
export function trimSeparators(text: string): string {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 58 || c === 32 || c === 9 || c === 46 || isDash(c)) {
      i++;
    } else {
      break;
    }
  }
  return text.slice(i).trim();
}

/** Counts leading indentation columns (a tab counts as four). */
export function indentOf(line: string): number {
  let columns = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32) {
      columns++;
    } else if (c === 9) {
      columns += 4;
    } else {
      break;
    }
  }
  return columns;
}

/** Splits a `| a | b |` table row into trimmed cells. */
export function splitTableRow(line: string): string[] {
  let text = line.trim();
  if (text.startsWith('|')) {
    text = text.slice(1);
  }
  if (text.endsWith('|') && !text.endsWith('\\|')) {
    text = text.slice(0, -1);
  }
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && text[i + 1] === '|') {
      current += '|';
      i++;
    } else if (ch === '|') {
      cells.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  cells.push(current.trim());
  return cells;
}

/** True for a table delimiter row like `|---|:--:|`. */
export function isTableDelimiter(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c !== '|' && c !== '-' && c !== ':' && c !== ' ' && c !== '\t') {
      return false;
    }
  }
  return line.indexOf('-') >= 0;
}
