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

import { stripEmoji } from './inline';

/** What a heading opens, as far as the parser cares. */
export type HeadingKind =
  | 'phase'
  | 'review'
  | 'user-stories'
  | 'user-story'
  | 'success-criteria'
  | 'success-metrics'
  | 'summary'
  | 'components'
  | 'clarifications'
  | 'session'
  | 'clarification-entry'
  | 'open-questions'
  | 'dependencies'
  | 'tasks'
  | 'task-detail'
  | 'validation'
  | 'references'
  | 'other';

// Order matters: the first match wins, so `Phase 3: Validation & Documentation`
// is a phase and `Review checklist (4-persona)` is the review checklist.
// All patterns are anchored or plain alternations without nested quantifiers.
const RULES: Array<[RegExp, HeadingKind]> = [
  [/^phase\s+\d+(?:\.\d+)*\s*(?:$|[:.\-\u2013\u2014(])/, 'phase'],
  [/\breview checklist\b/, 'review'],
  [/^user story\s+\d+\b/, 'user-story'],
  [/^us-?\d+\b/, 'user-story'],
  [/^user (?:stories|scenarios)\b/, 'user-stories'],
  [/^success metrics\b/, 'success-metrics'],
  [/^(?:success criteria|measurable outcomes)\b/, 'success-criteria'],
  [/^(?:summary|overview)$/, 'summary'],
  [/^(?:components affected|affected components|components)$/, 'components'],
  [/^cl-\d+\b/, 'clarification-entry'],
  [/^session\s+\d{4}-\d{2}-\d{2}/, 'session'],
  [/^clarifications?(?: log)?$/, 'clarifications'],
  [
    /^(?:open (?:questions|clarifications|issues)|questions|unresolved questions)\b/,
    'open-questions',
  ],
  [/^(?:dependencies|prerequisites|dependent systems)\b/, 'dependencies'],
  [/\bdependencies$/, 'dependencies'],
  [/^t-?\d+[a-z]?\b/, 'task-detail'],
  [
    /^(?:tasks|task list|task index|task breakdown|implementation phases|implementation plan|implementation tasks|rollout plan|rollout|phases|execution plan)\b/,
    'tasks',
  ],
  [/^(?:references|related|links|see also)\b/, 'references'],
  [
    /validation|checklist|\btests?\b|testing|verification|quality|acceptance|readiness|definition of done|\bchecks?\b/,
    'validation',
  ],
];

/** Normalizes heading text for classification: no emphasis, emoji or `*(mandatory)*` suffixes, lower case. */
export function normalizeHeading(text: string): string {
  return stripEmoji(text.replace(/[*_`]/g, ''))
    .replace(/\((?:mandatory|optional)\)\s*$/i, '')
    .trim()
    .toLowerCase();
}

// The same headings come back in every spec (`SRE`, `Tasks`, `Phase 1: …`);
// remembering them keeps classification off the hot path.
const cache = new Map<string, HeadingKind>();
const CACHE_LIMIT = 2000;

/** Classifies a heading by its text. */
export function classifyHeading(text: string): HeadingKind {
  const cached = cache.get(text);
  if (cached) {
    return cached;
  }
  const normalized = normalizeHeading(text);
  let result: HeadingKind = 'other';
  for (const [pattern, kind] of RULES) {
    if (pattern.test(normalized)) {
      result = kind;
      break;
    }
  }
  if (cache.size >= CACHE_LIMIT) {
    cache.clear();
  }
  cache.set(text, result);
  return result;
}
