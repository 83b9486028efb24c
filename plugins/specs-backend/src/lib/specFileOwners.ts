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

import {
  ANNOTATION_SPEC_ROOT,
  formatSpecRoot,
} from '@specstage/plugin-specs-common';
import path from 'node:path';
import { SpecSource } from './readSpecSource';

// A spec may reference any file under its root, and the root of a
// single-file spec is the folder it shares with other specs: SPEC-0042
// linking `0043-x/spec.md` must not let whoever can read SPEC-0042 read
// SPEC-0043 through SPEC-0042's files route. A file that another spec owns
// is authorized against that spec instead.
//
// Ownership is decided in two coordinate systems, and a spec that owns the
// file in either counts:
// - within one source, by `spec.location` (the spec's path relative to the
//   source root): exact for every SCM, whatever its URL shape;
// - across sources on local disk, by the absolute `specstage.io/spec-root`
//   (sources may overlap: a component's annotation can point into a
//   configured tree).

const SINGLE_FILE_LOCATION = /\.(md|markdown)$/i;

/** True when the spec is one markdown file rather than a directory. */
function isSingleFile(spec: SpecSource): boolean {
  return !!spec.location && SINGLE_FILE_LOCATION.test(spec.location);
}

/**
 * The directory that a spec's files are relative to, as a path relative to
 * its source root ('' for the source root itself).
 */
function sourceRelativeRoot(spec: SpecSource): string {
  if (!spec.location) return '';
  const dir = isSingleFile(spec)
    ? path.posix.dirname(spec.location)
    : spec.location;
  return dir === '.' ? '' : dir.replace(/\/+$/, '');
}

const join = (dir: string, file: string) => (dir ? `${dir}/${file}` : file);

/** The directories that contain `file` (posix, relative), innermost first. */
function ancestors(file: string): string[] {
  const result: string[] = [];
  for (let slash = file.lastIndexOf('/'); slash > 0; ) {
    result.push(file.slice(0, slash));
    slash = file.lastIndexOf('/', slash - 1);
  }
  return result;
}

/** An absolute local root in posix form without a trailing slash. */
function localRoot(spec: SpecSource): string | undefined {
  if (spec.root.type !== 'file') return undefined;
  return path
    .resolve(spec.root.dir)
    .split(path.sep)
    .join('/')
    .replace(/\/+$/, '');
}

/**
 * The catalog indexes values of at most this many characters for filters;
 * a longer value cannot be found by one.
 */
export const MAX_FILTER_VALUE_LENGTH = 200;

const indexable = (value: string) => value.length <= MAX_FILTER_VALUE_LENGTH;

/**
 * The catalog filter (an OR of the entries) that finds every Spec entity
 * that could own `filePath` of `requester`: the specs whose location is the
 * file or one of its folders (of any source: the source is compared in
 * memory, as its key may be too long for a filter), and, for local roots,
 * the specs rooted in one of its folders. Undefined when a location to look
 * for is too long to be found through the catalog, so that the caller
 * refuses rather than serves a file whose owner it cannot know.
 */
export function fileOwnerFilter(
  requester: SpecSource,
  filePath: string,
): Record<string, string | string[]>[] | undefined {
  const relative = join(sourceRelativeRoot(requester), filePath);
  const locations = [relative, ...ancestors(relative)];
  if (!locations.every(indexable)) {
    return undefined;
  }
  const filters: Record<string, string | string[]>[] = [
    { kind: 'spec', 'spec.location': locations },
  ];
  const root = localRoot(requester);
  if (root !== undefined) {
    // Across sources on local disk: best effort, as deep as the catalog
    // indexes roots.
    const roots = ancestors(`${root}/${filePath}`)
      .flatMap(dir => [
        formatSpecRoot({ type: 'file', dir }),
        formatSpecRoot({ type: 'file', dir: `${dir}/` }),
      ])
      .filter(indexable);
    if (roots.length > 0) {
      filters.push({
        kind: 'spec',
        [`metadata.annotations.${ANNOTATION_SPEC_ROOT}`]: roots,
      });
    }
  }
  return filters;
}

interface Claim {
  spec: SpecSource;
  /** Length of the claiming directory; the innermost directory wins. */
  depth: number;
}

/** Which specs claim `target` in one coordinate system. */
function claims(
  target: string,
  specs: Array<{ spec: SpecSource; base: string }>,
): { exact: SpecSource[]; innermost: Claim[] } {
  const exact: SpecSource[] = [];
  let innermost: Claim[] = [];
  for (const { spec, base } of specs) {
    if (base && !target.startsWith(`${base}/`)) continue;
    const relative = base ? target.slice(base.length + 1) : target;
    if (spec.files.includes(relative)) {
      exact.push(spec);
      continue;
    }
    if (isSingleFile(spec)) continue;
    const depth = base.length;
    if (!innermost.length || depth > innermost[0].depth) {
      innermost = [{ spec, depth }];
    } else if (depth === innermost[0].depth) {
      innermost.push({ spec, depth });
    }
  }
  return { exact, innermost };
}

/**
 * The specs, other than `requester`, that own the file `filePath` (relative
 * to the requester's root, normalized): those that list it among their own
 * files, and the directory spec with the innermost root that contains it,
 * unless that is the requester's own directory. A spec whose location ends
 * in `.md` is a single file and owns only that file.
 */
export function findFileOwners(
  requester: SpecSource,
  filePath: string,
  candidates: SpecSource[],
): SpecSource[] {
  const specs = [
    requester,
    ...candidates.filter(c => c.entityRef !== requester.entityRef),
  ];
  const owners = new Map<string, SpecSource>();
  const take = (result: ReturnType<typeof claims>) => {
    for (const spec of result.exact) owners.set(spec.entityRef, spec);
    if (!result.innermost.some(c => c.spec.entityRef === requester.entityRef)) {
      for (const { spec } of result.innermost) owners.set(spec.entityRef, spec);
    }
  };

  // Within the requester's source, by location.
  take(
    claims(
      join(sourceRelativeRoot(requester), filePath),
      specs
        .filter(s => s.managedBy === requester.managedBy)
        .map(spec => ({ spec, base: sourceRelativeRoot(spec) })),
    ),
  );

  // On local disk, by absolute root.
  const root = localRoot(requester);
  if (root !== undefined) {
    take(
      claims(
        `${root}/${filePath}`,
        specs.flatMap(spec => {
          const base = localRoot(spec);
          return base === undefined ? [] : [{ spec, base }];
        }),
      ),
    );
  }

  owners.delete(requester.entityRef);
  return [...owners.values()];
}
