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

/**
 * Makes GitHub-style heading slugs, unique within one page.
 */
export class Slugger {
  private readonly seen = new Map<string, number>();

  slug(text: string): string {
    const base =
      text
        .toLowerCase()
        .trim()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s+/g, '-') || 'section';
    const count = this.seen.get(base);
    this.seen.set(base, (count ?? 0) + 1);
    return count === undefined ? base : `${base}-${count}`;
  }
}

/**
 * Prefix of every id rendered from spec markdown. DOMPurify adds it to ids
 * written in the markdown too (see sanitize.ts), so anchors stay consistent.
 */
export const ID_PREFIX = 'user-content-';

export function anchorId(slug: string): string {
  return slug.startsWith(ID_PREFIX) ? slug : `${ID_PREFIX}${slug}`;
}
