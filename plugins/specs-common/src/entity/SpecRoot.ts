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

import type { Entity } from '@backstage/catalog-model';
import { ANNOTATION_SPEC_ROOT } from '../constants';

/**
 * Where the files of a spec (or of a whole spec source) are read from: a
 * directory on the local disk or a directory URL of a repository.
 *
 * @remarks
 * Written as a string, `file:<absolute path>` or `url:<http(s) URL>`, in the
 * `specstage.io/spec-root` annotation and after `specstage:` in the
 * `backstage.io/managed-by-location` of the entities the catalog module
 * emits. {@link formatSpecRoot} writes that string and {@link parseSpecRoot}
 * reads it; nothing else should take it apart.
 *
 * @public
 */
export type SpecRoot =
  | { type: 'file'; dir: string }
  | { type: 'url'; url: string };

const FILE_PREFIX = 'file:';
const URL_PREFIX = 'url:';

/**
 * The string form of a spec root, as the catalog module writes it.
 *
 * @public
 */
export function formatSpecRoot(root: SpecRoot): string {
  return root.type === 'file'
    ? `${FILE_PREFIX}${root.dir}`
    : `${URL_PREFIX}${root.url}`;
}

/**
 * What a spec root string, or a location joined onto one (see
 * {@link joinSpecRoot}), names: the absolute path or URL as written, without
 * its `file:`/`url:` prefix and without the normalization of
 * {@link parseSpecRoot}. Undefined for a string of neither form.
 *
 * @public
 */
export function specRootLocation(value: string): string | undefined {
  if (value.startsWith(FILE_PREFIX)) {
    return value.slice(FILE_PREFIX.length);
  }
  if (value.startsWith(URL_PREFIX)) {
    return value.slice(URL_PREFIX.length);
  }
  return undefined;
}

/**
 * Reads a spec root string; undefined for anything that is not an absolute
 * directory or an http(s) URL. File roots come back normalized (no `.`, `..`
 * or doubled separators: an annotation cannot climb out of the directory it
 * names), URL roots end with `/` so that file paths resolve against them as
 * against a directory.
 *
 * @public
 */
export function parseSpecRoot(value: unknown): SpecRoot | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  if (value.startsWith(FILE_PREFIX)) {
    const dir = normalizeAbsolutePath(value.slice(FILE_PREFIX.length));
    return dir === undefined ? undefined : { type: 'file', dir };
  }
  if (value.startsWith(URL_PREFIX)) {
    let url: URL;
    try {
      url = new URL(value.slice(URL_PREFIX.length));
    } catch {
      return undefined;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      return undefined;
    }
    if (!url.pathname.endsWith('/')) {
      url.pathname = `${url.pathname}/`;
    }
    return { type: 'url', url: url.toString() };
  }
  return undefined;
}

/**
 * The spec root of a Spec entity (its `specstage.io/spec-root`), parsed;
 * undefined when it has none or an invalid one.
 *
 * @public
 */
export function specRootOf(
  entity: Pick<Entity, 'metadata'>,
): SpecRoot | undefined {
  return parseSpecRoot(entity.metadata.annotations?.[ANNOTATION_SPEC_ROOT]);
}

/**
 * True when the spec root string `value` is `root` or lies inside it, by
 * whole path segments (`file:/a/b` is inside `file:/a`, `file:/ab` is not).
 * Both are compared as written: catalog filters and annotations hold the
 * written form.
 *
 * @public
 */
export function isWithinSpecRoot(value: string, root: string): boolean {
  if (value === root) return true;
  return value.startsWith(root.endsWith('/') ? root : `${root}/`);
}

/**
 * Joins a spec root string (`file:/abs/dir` or `url:https://host/…/dir`) and
 * a posix path relative to it, which may climb (`../x/spec.md`), into an
 * absolute location of the same form; undefined when it would climb above
 * the filesystem root or the URL's path, or when `root` is not a root string.
 * An empty path gives the root back as written.
 *
 * @public
 */
export function joinSpecRoot(root: string, path: string): string | undefined {
  if (!path) return root;
  const match = /^(file:|url:[a-z][a-z0-9+.-]*:\/\/[^/]+)(\/.*)?$/i.exec(root);
  if (!match) return undefined;
  const parts = (match[2] ?? '').split('/').filter(Boolean);
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (!parts.length) return undefined;
      parts.pop();
    } else {
      parts.push(segment);
    }
  }
  return `${match[1]}/${parts.join('/')}`;
}

/**
 * `path.resolve` for absolute paths, without Node: posix paths (`/srv/x`) and
 * Windows drive paths (`C:\srv\x`). Undefined for relative paths.
 */
function normalizeAbsolutePath(dir: string): string | undefined {
  let head: string;
  let rest: string;
  let separator: string;
  if (dir.startsWith('/')) {
    head = '/';
    rest = dir;
    separator = '/';
  } else if (/^[A-Za-z]:[\\/]/.test(dir)) {
    head = `${dir.slice(0, 2)}\\`;
    rest = dir.slice(2);
    separator = '\\';
  } else {
    return undefined;
  }
  const segments: string[] = [];
  for (const segment of rest.split(separator === '/' ? '/' : /[\\/]/)) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return head + segments.join(separator);
}
