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

import { Entity, ANNOTATION_LOCATION } from '@backstage/catalog-model';
import {
  ANNOTATION_SPEC_ROOT,
  isWithinSpecRoot,
  parseSpecRoot,
  SPECSTAGE_LOCATION_TYPE,
} from '@specstage/plugin-specs-common';

/** The number of a `SPEC-0042`-style id, or undefined for anything else. */
export function specNumber(id: string | undefined): number | undefined {
  const match = /^SPEC-(\d{1,9})$/i.exec(id?.trim() ?? '');
  return match ? Number(match[1]) : undefined;
}

/** `SPEC-0045`: the number padded to at least 4 digits. */
export function formatSpecId(n: number): string {
  return `SPEC-${String(n).padStart(4, '0')}`;
}

/**
 * Which catalog Specs count for the next id: those read from the same source.
 * `prefixes` are matched against the Spec's source (`managed-by-location`
 * without the `specstage:` type, e.g. `file:/abs/dir` or
 * `url:https://github.com/o/r/tree/main/docs/specs`) and its
 * `specstage.io/spec-root`. No prefixes: every Spec counts.
 */
export function isSpecOfSource(entity: Entity, prefixes: string[]): boolean {
  if (!prefixes.length) return true;
  const annotations = entity.metadata.annotations ?? {};
  const managedBy = annotations[ANNOTATION_LOCATION] ?? '';
  const source = managedBy.startsWith(`${SPECSTAGE_LOCATION_TYPE}:`)
    ? managedBy.slice(SPECSTAGE_LOCATION_TYPE.length + 1)
    : undefined;
  const root = annotations[ANNOTATION_SPEC_ROOT];
  return prefixes.some(prefix =>
    [source, root].some(
      value => value !== undefined && isWithinSpecRoot(value, prefix),
    ),
  );
}

/** The largest SPEC number among the ids, 0 when there is none. */
export function maxSpecNumber(ids: Iterable<string | undefined>): number {
  let max = 0;
  for (const id of ids) {
    const n = specNumber(id);
    if (n !== undefined && n > max) max = n;
  }
  return max;
}

/**
 * A spec root as a log line shows it: the task page turns URLs and file names
 * into links, and a local path as `file:/…` would be a link that goes nowhere.
 */
export function displaySpecRoot(value: string): string {
  const root = parseSpecRoot(value);
  return root?.type === 'file' ? root.dir : value;
}
