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

// Cross-reference ids: requirements (FR-001), success criteria (SC-001),
// user stories (US-1 or spec-kit US1) and clarifications (CL-3).

// No capture groups: `exec` copies out every group of every match, and the
// prefix and digits are only needed apart for the rare `/` and range forms.
// A letter may follow the number (`FR-001a`, `FR-01A`): a separate id.
const REF_PATTERN =
  /\b(?:(?:NFR|FR|SR|QR|IR|DR|SC|CL)-\d{1,6}[A-Za-z]?|US-?\d{1,6})\b/g;

// Ranges such as `FR-001..004`, `SC-001..SC-004` or `CL-1–3`.
const RANGE_PATTERN = /^(?:\.\.|\u2013|\u2014)([A-Z]{2,3}-)?(\d{1,6})\b/;

// Shorthand lists such as `FR-004/014`.
const SLASH_PATTERN = /^\/(\d{1,6})\b/;

const MAX_RANGE = 100;

// The lint rules key every id, reference and task citation of a spec, and
// the same few ids recur across specs: a cache spares rebuilding the key
// (slice, upper-case, parse, concatenate) each time, and hands back the same
// string, whose hash the Sets and Maps keyed by it then already know.
const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 4000;

/**
 * The key used to compare ids: `FR-001`, `FR-1` and `fr-01` all become
 * `FR-1`; a letter suffix is kept (`FR-001a` is `FR-1A`).
 */
export function refKey(id: string): string {
  let key = keyCache.get(id);
  if (key === undefined) {
    key = computeRefKey(id);
    if (keyCache.size >= KEY_CACHE_LIMIT) {
      keyCache.clear();
    }
    keyCache.set(id, key);
  }
  return key;
}

function computeRefKey(id: string): string {
  const dash = id.lastIndexOf('-');
  if (dash < 0) {
    const match = /^([A-Za-z]+)(\d+)$/.exec(id);
    return match ? `${match[1].toUpperCase()}-${Number(match[2])}` : id;
  }
  const digits = id.slice(dash + 1);
  const last = digits.charCodeAt(digits.length - 1);
  const suffix =
    digits.length > 1 && !(last >= 48 && last <= 57)
      ? digits.slice(-1).toUpperCase()
      : '';
  return `${id.slice(0, dash).toUpperCase()}-${Number.parseInt(
    digits,
    10,
  )}${suffix}`;
}

// A range is expanded into up to MAX_RANGE ids; a file that repeats one
// range on every line (hostile, or generated) would rebuild the same ids
// millions of times. The expansions are kept, like the keys above.
const rangeCache = new Map<string, string[]>();

function expandRange(
  prefix: string,
  digits: string,
  from: number,
  to: number,
): string[] {
  const cacheKey = `${prefix}-${digits}..${to}`;
  let ids = rangeCache.get(cacheKey);
  if (ids === undefined) {
    ids = [];
    for (let n = from + 1; n <= to; n++) {
      ids.push(`${prefix}-${String(n).padStart(digits.length, '0')}`);
    }
    if (rangeCache.size >= KEY_CACHE_LIMIT / 10) {
      rangeCache.clear();
    }
    rangeCache.set(cacheKey, ids);
  }
  return ids;
}

/** A reference found in a text. */
export interface FoundRef {
  /** Normalized spelling, `PREFIX-digits` (`US1` becomes `US-1`). */
  id: string;
  /** Position in the text. */
  index: number;
}

/** Finds FR/SR/NFR/SC/US/CL references in a text, expanding ranges. */
/** Shared empty result; never mutated. */
export const NO_REFS: FoundRef[] = [];

export function findRefs(text: string): FoundRef[] {
  // No separate `R-|SC-|CL-|US` pre-test: on the lines that hold an id it
  // was a second pass over the text, and on the others the failed search
  // costs about the same as the pre-test did.
  REF_PATTERN.lastIndex = 0;
  let match = REF_PATTERN.exec(text);
  if (!match) {
    return NO_REFS;
  }
  const refs: FoundRef[] = [];
  for (; match && refs.length < 500; match = REF_PATTERN.exec(text)) {
    const whole = match[0];
    // Spelt `PREFIX-digits` already, except spec-kit's `US1`.
    const dash = whole.indexOf('-');
    const id = dash < 0 ? `US-${whole.slice(2)}` : whole;
    refs.push({ id, index: match.index });
    let end = REF_PATTERN.lastIndex;
    let next = text.charCodeAt(end);
    if (
      next !== 47 /* / */ &&
      next !== 46 /* . */ &&
      next !== 0x2013 &&
      next !== 0x2014
    ) {
      continue;
    }
    const prefix = dash < 0 ? 'US' : whole.slice(0, dash);
    const digits = whole.slice(dash < 0 ? 2 : dash + 1);
    while (text.charCodeAt(end) === 47 /* / */ && refs.length < 500) {
      const slash = SLASH_PATTERN.exec(text.slice(end, end + 8));
      if (!slash) {
        break;
      }
      refs.push({ id: `${prefix}-${slash[1]}`, index: match.index });
      end += slash[0].length;
    }
    next = text.charCodeAt(end);
    const range =
      next === 46 /* . */ || next === 0x2013 || next === 0x2014
        ? RANGE_PATTERN.exec(text.slice(end, end + 16))
        : null;
    if (range && (!range[1] || range[1] === `${prefix}-`)) {
      const from = Number(digits);
      const to = Number(range[2]);
      if (to > from && to - from <= MAX_RANGE) {
        for (const rangeId of expandRange(prefix, digits, from, to)) {
          refs.push({ id: rangeId, index: match.index });
        }
      }
    }
  }
  return refs;
}

// "User Story 3", "user stories 1 and 2", "User Stories 1, 2 & 4": how
// prose and many task lists cite a story that is defined as
// `#### User Story 3 - …`. One bounded number per step, with a separator
// between numbers: no two ways to match the same text, linear time.
const STORY_MENTION =
  /\buser\s+stor(?:y|ies)\s+(\d{1,4}(?:\s*(?:,|&|\band\b|\/)\s*\d{1,4}){0,20})\b/gi;

/**
 * The user stories a text cites in words (`User Story 3`, `User Stories 1
 * and 2`), spelt like the stories themselves (`US-3`).
 */
export function findStoryMentions(text: string): FoundRef[] {
  // Most lines mention no story: one cheap test spares the regex.
  if (!/stor(?:y|ies)/i.test(text)) {
    return NO_REFS;
  }
  const refs: FoundRef[] = [];
  STORY_MENTION.lastIndex = 0;
  for (
    let match = STORY_MENTION.exec(text);
    match && refs.length < 100;
    match = STORY_MENTION.exec(text)
  ) {
    for (const digits of match[1].match(/\d+/g) ?? []) {
      refs.push({ id: `US-${Number(digits)}`, index: match.index });
    }
  }
  return refs;
}
