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

import { safeDecode, walkSpecPath } from './resolveSpecPath';

// Bound once: the dev-time CommonJS transform makes each call of an
// imported function a getter call (the parser calls this per link).
const walkSpecPathFn = walkSpecPath;

/**
 * What a URL found in spec markdown may become once rendered.
 *
 * - `external`: an absolute http(s) (or, for links, mailto) URL, kept as is;
 * - `anchor`: a fragment within the page;
 * - `file`: a path inside the spec root (a file of the spec, another spec's
 *   file in the same tree, or an attachment served by the specs backend);
 * - `outside`: a path above the spec root (`../0043-x/spec.md`), which can
 *   only be another spec's file or a file of the repository;
 * - `rejected`: anything else (other schemes, malformed paths).
 *
 * @public
 */
export type SpecUrl =
  | { type: 'external'; url: string }
  | { type: 'anchor'; fragment: string }
  | { type: 'file'; path: string; fragment?: string }
  | { type: 'outside'; path: string; fragment?: string }
  | { type: 'rejected' };

/**
 * Where a URL stands: a link, or an image source.
 *
 * @public
 */
export type SpecUrlContext = 'link' | 'image';

const LINK_SCHEMES = ['http:', 'https:', 'mailto:'];
const IMAGE_SCHEMES = ['http:', 'https:'];

// A scheme is anything before the first colon that comes before any of
// `/?#`; browsers ignore ASCII whitespace and control characters inside the
// scheme ("java\tscript:"), so they are removed before looking.
const SCHEME_PATTERN = /^([a-z][a-z0-9+.-]*):/i;

// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL_OR_SPACE = /[\x00-\x20\x7f]/;

function stripControlCharacters(value: string): string {
  if (!CONTROL_OR_SPACE.test(value)) {
    return value;
  }
  let result = '';
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (code > 0x20 && code !== 0x7f) {
      result += char;
    }
  }
  return result;
}

/**
 * Classifies a URL from a markdown file of the spec, applying the scheme
 * allow-list: http, https and mailto for links, http and https for images,
 * plus fragments and paths relative to the file. The frontend renders with
 * it and the specs backend serves exactly the `file` targets it finds, so
 * both read a URL the same way (control characters, backslashes, schemes).
 *
 * @public
 */
export function classifySpecUrl(
  rawUrl: string,
  fromFile: string,
  context: SpecUrlContext,
): SpecUrl {
  const url = stripControlCharacters(rawUrl);
  if (!url) {
    return { type: 'rejected' };
  }
  if (url.startsWith('#')) {
    return context === 'link'
      ? { type: 'anchor', fragment: safeDecode(url.slice(1)) }
      : { type: 'rejected' };
  }
  // Protocol-relative URLs would inherit the portal's scheme and point
  // anywhere; specs have no reason to use them.
  if (url.startsWith('//') || url.startsWith('\\')) {
    return { type: 'rejected' };
  }
  const scheme = SCHEME_PATTERN.exec(url)?.[1];
  if (scheme) {
    const allowed = context === 'link' ? LINK_SCHEMES : IMAGE_SCHEMES;
    return allowed.includes(`${scheme.toLowerCase()}:`)
      ? { type: 'external', url: rawUrl.trim() }
      : { type: 'rejected' };
  }
  // Root-relative paths are relative to the repository, which the portal
  // cannot serve; treat them as relative to the spec root instead of
  // sending the reader to a portal route by accident.
  const hash = url.indexOf('#');
  const pathAndQuery = hash < 0 ? url : url.slice(0, hash);
  const query = pathAndQuery.indexOf('?');
  const walked = walkSpecPathFn(
    fromFile,
    query < 0 ? pathAndQuery : pathAndQuery.slice(0, query),
  );
  // Images above the root are never served; links may lead to another spec.
  if (!walked || (walked.climbs && context !== 'link')) {
    return { type: 'rejected' };
  }
  const type = walked.climbs ? 'outside' : 'file';
  return hash >= 0 && context === 'link'
    ? { type, path: walked.path, fragment: safeDecode(url.slice(hash + 1)) }
    : { type, path: walked.path };
}

/**
 * Resolves a relative path that climbs above the spec root to a normalized
 * path that starts with `../` segments; undefined when it does not climb or
 * cannot name a file.
 *
 * @public
 */
export function climbingPath(
  fromFile: string,
  relative: string,
): string | undefined {
  const walked = walkSpecPathFn(fromFile, relative);
  return walked?.climbs ? walked.path : undefined;
}
