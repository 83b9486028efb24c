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

import { forEachMatch } from './inline';

// Unfilled template placeholders. The scanner runs these on every visible
// line with inline code removed, so they are written as single forward scans.

const TOKEN_PLACEHOLDER =
  /\b[A-Z]{2,4}-X{2,}\b|#X{2,}\b|\bYYYY-MM-DD\b|\bCL-N\b|\bT00N\b/g;

// Single-word angle placeholders the templates use (`<link>`, `<sha>`);
// multi-word ones such as `<task description>` are recognised by the space.
const ANGLE_WORDS = new Set([
  'link',
  'path',
  'sha',
  'short-sha',
  'subject',
  'text',
  'answer',
  'pro',
  'con',
  'who',
  'why',
  'scope',
  'title',
  'description',
  'entity',
  'role',
  'planned',
  'actual',
]);

const LOWERCASE_PLACEHOLDERS = new Set([
  'role',
  'action',
  'benefit',
  'capability',
  'requirement',
  'optional requirement',
  'security requirement',
  'precondition',
  'expected result',
  'expected outcome',
  'initial state',
  'name',
  'title',
  'date',
  'description',
  'link',
  'relevant',
  'todo',
  'tbd',
]);

const MAX_PER_LINE = 20;

/** Returns the placeholders found in a line (inline code and comments already removed). */
export function findPlaceholders(text: string): string[] {
  const found: string[] = [];
  // Four native substring searches over a short line beat one regex
  // alternation (this runs on every line that may hold a placeholder).
  if (
    text.indexOf('XX') >= 0 ||
    text.indexOf('YYYY') >= 0 ||
    text.indexOf('CL-N') >= 0 ||
    text.indexOf('T00N') >= 0
  ) {
    // Not `matchAll`, which clones the regex per call.
    forEachMatch(TOKEN_PLACEHOLDER, text, token => {
      if (found.length >= MAX_PER_LINE) {
        return false;
      }
      found.push(token);
      return true;
    });
  }
  const bracket = text.indexOf('[');
  if (bracket >= 0) {
    findBracketPlaceholders(text, bracket, found);
  }
  if (text.indexOf('<') >= 0) {
    findAnglePlaceholders(text, found);
  }
  return found;
}

function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95
  );
}

const ID_LIKE = /^[A-Z]{1,4}-?\d+[a-z]?$/;

function findBracketPlaceholders(text: string, first: number, found: string[]) {
  // `close` is only searched again once passed, which keeps long lines of
  // nested brackets linear.
  let close = -1;
  let i = first;
  while (i >= 0 && found.length < MAX_PER_LINE) {
    if (close <= i) {
      close = text.indexOf(']', i + 1);
      if (close < 0) {
        return;
      }
    }
    const nested = text.indexOf('[', i + 1);
    if (nested >= 0 && nested < close) {
      // Only the innermost bracket pair can be a placeholder.
      i = nested;
      continue;
    }
    const next = text.charCodeAt(close + 1);
    const previous = i > 0 ? text.charCodeAt(i - 1) : 32;
    if (
      next !== 40 /* ( */ &&
      next !== 91 /* [ */ &&
      next !== 58 /* : */ &&
      previous !== 33 /* ! */ &&
      !isWordChar(previous) &&
      close - i > 2
    ) {
      const content = text.slice(i + 1, close);
      if (isBracketPlaceholder(content)) {
        found.push(`[${content}]`);
      }
    }
    // `nested` is the first `[` after `close` (there is none in between), so
    // it is where the next search would land.
    i = nested;
  }
}

function isBracketPlaceholder(content: string): boolean {
  const trimmed = content.trim();
  if (trimmed.length < 2 || trimmed.length > 120) {
    return false;
  }
  if (
    trimmed.startsWith('NEEDS CLARIFICATION') ||
    trimmed.startsWith('CLARIFIED') ||
    trimmed.startsWith('^') ||
    trimmed.startsWith('#') ||
    trimmed === 'P' ||
    trimmed === 'P?' ||
    // The spec-kit task format legend: `[ID] [P?] [Story] Description`.
    trimmed === 'Story' ||
    trimmed === 'ID' ||
    // `- [N/A] T018 …`: a task marked not applicable.
    trimmed.toUpperCase() === 'N/A' ||
    ID_LIKE.test(trimmed)
  ) {
    return false;
  }
  const first = trimmed.charCodeAt(0);
  if (first >= 65 && first <= 90) {
    // `[Title]`, `[Platform Capability Name]`, `[Measurable outcome, e.g. …]`;
    // but not all-caps tags such as `[WIP]` or spec-kit's `[P]`.
    return (
      !/^[A-Z]{1,12}$/.test(trimmed) || trimmed === 'TODO' || trimmed === 'TBD'
    );
  }
  if (first >= 48 && first <= 57) {
    // `[1-2 sentence description …]`, not `[120s, 1800s]`.
    return /[A-Za-z]{3,}\s+[A-Za-z]{3,}/.test(trimmed);
  }
  // Lower-case text in brackets is usually prose (`[for the demo]`); only the
  // words the templates use are placeholders.
  return LOWERCASE_PLACEHOLDERS.has(trimmed.toLowerCase());
}

function findAnglePlaceholders(text: string, found: string[]) {
  let close = -1;
  let i = text.indexOf('<');
  while (i >= 0 && found.length < MAX_PER_LINE) {
    if (close <= i) {
      close = text.indexOf('>', i + 1);
      if (close < 0) {
        return;
      }
    }
    const reopen = text.indexOf('<', i + 1);
    if (reopen >= 0 && reopen < close) {
      i = reopen;
      continue;
    }
    const content = text.slice(i + 1, close);
    const first = content.charCodeAt(0);
    const isLetter =
      (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
    if (
      isLetter &&
      content.length <= 60 &&
      content.indexOf('://') < 0 &&
      content.indexOf('=') < 0 &&
      content.indexOf('"') < 0 &&
      (content.indexOf(' ') >= 0 || ANGLE_WORDS.has(content.toLowerCase()))
    ) {
      found.push(`<${content}>`);
    }
    i = text.indexOf('<', close + 1);
  }
}

/**
 * Whether a text is mostly an unfilled template slot: its placeholders
 * cover at least half of it (`[Primary User Story]`, `[Description]`).
 */
export function isPlaceholderText(text: string): boolean {
  const found = findPlaceholders(text);
  if (found.length === 0) {
    return false;
  }
  const covered = found.reduce((n, p) => n + p.length, 0);
  return covered * 2 >= text.replace(/\s+/g, '').length;
}
