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

/**
 * The fragment of a spec item (`FR-001` → `fr-001`, `Task 2.3` → `task-2-3`,
 * `US-1` → `us-1`): what the Requirements and Phases tabs and search results
 * link to, and what the rendered document puts on the item's line.
 */
export function itemAnchor(id: string): string {
  return id
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** The fragment of a file's section on a multi-file spec page. */
export function fileAnchor(path: string): string {
  return `file-${path.toLowerCase().replace(/[^a-z0-9_-]+/g, '-')}`;
}

/**
 * The fragment of a line of a file (`file-plan-md-l84`); the page scrolls to
 * the rendered block that starts there or, failing that, the closest one
 * above it.
 */
export function lineAnchor(path: string, line: number): string {
  return `${fileAnchor(path)}-l${line}`;
}

/** The fragment a `#hash` names, without the `user-content-` prefix. */
export function fragmentOf(hash: string): string {
  let fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    // keep it as written
  }
  return fragment.startsWith(ID_PREFIX)
    ? fragment.slice(ID_PREFIX.length)
    : fragment;
}
