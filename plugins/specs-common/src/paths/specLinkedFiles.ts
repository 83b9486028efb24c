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

import type { SpecFileRef } from '../model';
import { classifySpecUrl } from './classifySpecUrl';

// What encodeURI (with `%25` turned back into `%`) leaves as it is.
const URI_SAFE = /^[\w\-.!~*'();/?:@&=+$,#%]*$/;

/**
 * The file a link destination written in `fromFile` leads to, relative to
 * the spec root (`../`-prefixed when it climbs above the root), or
 * undefined for external URLs, anchors and what the page rejects.
 *
 * @internal
 */
export function linkedFileOf(
  destination: string,
  fromFile: string,
): string | undefined {
  // Encoded as marked's cleanUrl hands it to the page's classifier, so
  // that schemes, `//`, backslashes and control characters are read the
  // same way on both sides.
  let href = destination;
  if (!URI_SAFE.test(href)) {
    try {
      href = encodeURI(href.trim()).replace(/%25/g, '%');
    } catch {
      return undefined; // a lone surrogate: marked drops such a link too
    }
  }
  const target = classifySpecUrl(href, fromFile, 'link');
  return target.type === 'file' || target.type === 'outside'
    ? target.path
    : undefined;
}

/**
 * The files of the repository a spec's markdown links to or embeds, from
 * the destinations the parser recorded per file ({@link SpecFileRef.links}),
 * resolved with the classifier the page renders links with
 * ({@link classifySpecUrl}): relative to the spec root and sorted, with a
 * path that climbs above the root starting with `../`.
 *
 * @remarks
 *
 * The specs backend serves a spec's own files and the linked files inside
 * its root, nothing else; the page asks the catalog which spec owns a linked
 * markdown file that is not the spec's own, or one above the root.
 *
 * @public
 */
export function specLinkedFiles(document: {
  files: ReadonlyArray<Pick<SpecFileRef, 'path' | 'links'>>;
}): string[] {
  const result = new Set<string>();
  for (const file of document.files) {
    for (const destination of file.links ?? []) {
      const path = linkedFileOf(destination, file.path);
      if (path !== undefined) {
        result.add(path);
      }
    }
  }
  return [...result].sort();
}
