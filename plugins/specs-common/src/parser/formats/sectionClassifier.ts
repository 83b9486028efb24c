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

import { stripEmoji } from '../inline';
import { SectionKind } from './SpecFormat';

/** A heading pattern (on the normalized text) and what it opens. */
export type SectionRule = readonly [RegExp, SectionKind];

/** Normalizes heading text for classification: no emphasis, emoji or `*(mandatory)*` suffixes, lower case. */
export function normalizeHeading(text: string): string {
  return stripEmoji(text.replace(/[*_`]/g, ''))
    .replace(/\((?:mandatory|optional)\)\s*$/i, '')
    .trim()
    .toLowerCase();
}

const CACHE_LIMIT = 2000;

/**
 * A classifier over an ordered rule list: the first match wins. Results are
 * cached by the heading as written, since the same headings come back in
 * every spec (`SRE`, `Tasks`, `Phase 1: …`).
 */
export function sectionClassifier(
  rules: readonly SectionRule[],
): (text: string) => SectionKind {
  const cache = new Map<string, SectionKind>();
  return (text: string) => {
    const cached = cache.get(text);
    if (cached) {
      return cached;
    }
    const normalized = normalizeHeading(text);
    let result: SectionKind = 'other';
    for (const [pattern, kind] of rules) {
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
  };
}
