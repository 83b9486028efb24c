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

import { FileFacts, HeaderField } from '../DocumentAccumulator';
import {
  findLinks,
  stripAnnotations,
  stripEmphasis,
  stripLinks,
} from '../inline';
import { findPlaceholders } from '../placeholders';

// Reading header values: front matter and `**Key**: value` fields across the
// files of a spec, and cleaning what they say.

/** Front matter and header field lookups across the files of one spec, in priority order. */
export class Fields {
  readonly frontMatter: Record<string, unknown>;

  constructor(private readonly files: FileFacts[]) {
    this.frontMatter = {};
    // Earlier files win, so merge from the back.
    for (let i = files.length - 1; i >= 0; i--) {
      Object.assign(this.frontMatter, files[i].frontMatter ?? {});
    }
  }

  get hasFrontMatter() {
    return this.files.some(f => f.frontMatter);
  }

  /** The first header field with one of the keys, from the given roles (all when omitted). */
  field(
    keys: string[],
    roles?: string[],
  ): (HeaderField & { file: string }) | undefined {
    for (const file of this.files) {
      if (roles && !roles.includes(file.role)) {
        continue;
      }
      for (const key of keys) {
        const field = file.fields.get(key);
        if (field && field.value) {
          return { ...field, file: file.path };
        }
      }
    }
    return undefined;
  }

  all(keys: string[]): Array<HeaderField & { file: string }> {
    const found: Array<HeaderField & { file: string }> = [];
    for (const file of this.files) {
      for (const key of keys) {
        const field = file.fields.get(key);
        if (field && field.value) {
          found.push({ ...field, file: file.path });
        }
      }
    }
    return found;
  }

  fm(...keys: string[]): unknown {
    for (const key of keys) {
      const value = this.frontMatter[key];
      if (value !== undefined && value !== null && value !== '') {
        return value;
      }
    }
    return undefined;
  }
}

/** Cleans a header value: no links markup, emphasis, code ticks or trailing two-space breaks. */
export function cleanValue(value: string): string {
  return stripEmphasis(stripLinks(value)).replace(/`/g, '').trim();
}

export function isPlaceholder(value: string): boolean {
  return findPlaceholders(value).length > 0 || value.indexOf('|') >= 0;
}

export function asString(value: unknown): string | undefined {
  if (value === undefined || value === null) {
    return undefined;
  }
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? undefined
      : value.toISOString().slice(0, 10);
  }
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  ) {
    return String(value).trim() || undefined;
  }
  return undefined;
}

export function asList(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value.map(asString).filter((v): v is string => Boolean(v));
  }
  const text = asString(value);
  return text
    ? text
        .split(',')
        .map(v => v.trim())
        .filter(Boolean)
    : [];
}

export function unique(values: string[]): string[] {
  return Array.from(new Set(values.filter(Boolean)));
}

export function basename(path: string | undefined): string | undefined {
  if (!path) {
    return undefined;
  }
  const parts = path.split('/').filter(Boolean);
  return parts[parts.length - 1];
}

/** `007-foo` or `0000-#0-foo.md` gives `SPEC-007` / `SPEC-0000`. */
export function deriveId(
  name: string | undefined,
  allowShort = false,
): string | undefined {
  // Spec directories may also carry short numbers (`specs/1-add-hello-world`)
  // when a word follows; a branch name with one is too loose a hint.
  const match = name
    ? /^(?:(\d{3,6})[-_]|(\d{1,2})-(?=[a-z]))/.exec(name)
    : null;
  if (!match || (match[2] && !allowShort)) {
    return undefined;
  }
  return `SPEC-${match[1] ?? match[2]}`;
}

/** `003-aikit-generalize` gives `Aikit generalize`. */
export function titleFromName(name: string | undefined): string | undefined {
  const words = (name ?? '')
    .replace(/\.md$/i, '')
    .replace(/^\d{1,6}[-_]/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  return words ? words[0].toUpperCase() + words.slice(1) : undefined;
}

/** `N/A (foundational)`, `TBD (folded into PR #1434)`: no value. */
export function isNone(value: string): boolean {
  return /^(?:n\/a|na|tbd|none|pending|-|\u2014)$/i.test(
    stripAnnotations(cleanValue(value)),
  );
}

export function splitPeople(value: string): string[] {
  return cleanValue(value)
    .split(/,|;|\s&\s|\sand\s/)
    .map(v => stripAnnotations(v).trim())
    .filter(v => v && !isPlaceholder(v) && !/^(?:n\/a|tbd)$/i.test(v));
}

export function linkTarget(value: string): string | undefined {
  const links = findLinks(value);
  if (links.length > 0) {
    return links[0].url;
  }
  const url = /https?:\/\/\S+/.exec(value);
  if (url) {
    return url[0];
  }
  const ref = /#\d+/.exec(value);
  return ref ? ref[0] : undefined;
}
