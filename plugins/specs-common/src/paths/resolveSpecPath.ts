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
 * `decodeURIComponent` that keeps what it cannot decode (a malformed escape
 * simply matches no file).
 *
 * @internal
 */
export function safeDecode(segment: string): string {
  // Most segments hold no escape; decoding them would only cost.
  if (segment.indexOf('%') < 0) {
    return segment;
  }
  try {
    return decodeURIComponent(segment);
  } catch {
    // keep the raw segment; it simply will not match a file
    return segment;
  }
}

/** How far above the spec root a link may climb (to another spec). */
const MAX_CLIMB = 16;

/**
 * Walks `relative` (a posix path, maybe URL-encoded), written in the spec
 * file `fromFile`, once: the path relative to the spec root, or, when it
 * climbs above the root, the normalized path with its leading `../`
 * segments (`climbs`). Undefined when it names no file: an encoded
 * separator or NUL in a segment, nothing left, a climb from a leading `/`
 * or more than 16 levels up.
 *
 * @internal
 */
export function walkSpecPath(
  fromFile: string,
  relative: string,
): { path: string; climbs: boolean } | undefined {
  const rooted = relative.charCodeAt(0) === 47; /* / */
  const dirEnd = rooted ? -1 : fromFile.lastIndexOf('/');
  const parts = dirEnd > 0 ? fromFile.slice(0, dirEnd).split('/') : [];
  let up = 0;
  for (const raw of relative.split('/')) {
    // Decoded, an encoded segment is read like a written one (`%2E%2E`
    // climbs); safeDecode leaves the common unencoded segment as it is.
    const segment = safeDecode(raw);
    if (segment === '' || segment === '.') {
      continue;
    }
    if (segment === '..') {
      if (parts.length > 0) {
        parts.pop();
      } else if (rooted) {
        return undefined;
      } else {
        up++;
      }
      continue;
    }
    // An encoded separator (`..%2F`) must not smuggle a second segment in.
    if (
      (segment !== raw && segment.indexOf('/') >= 0) ||
      /[\\\0]/.test(segment)
    ) {
      return undefined;
    }
    parts.push(segment);
  }
  if (up === 0) {
    return parts.length ? { path: parts.join('/'), climbs: false } : undefined;
  }
  if (up > MAX_CLIMB) {
    return undefined;
  }
  return {
    path: parts.length
      ? '../'.repeat(up) + parts.join('/')
      : `${'../'.repeat(up - 1)}..`,
    climbs: true,
  };
}

/**
 * Resolves `relative` (a posix path, maybe URL-encoded), written in the spec
 * file `fromFile`, to a path relative to the spec root. A leading `/` means
 * the spec root. Returns undefined when the result would climb above the root
 * or cannot name a file.
 *
 * @remarks
 *
 * The frontend uses it to rewrite links and images, the backend to decide
 * which files a spec references and may serve: one function, so that the two
 * can never disagree about what a link points at.
 *
 * @public
 */
export function resolveSpecPath(
  fromFile: string,
  relative: string,
): string | undefined {
  const walked = walkSpecPath(fromFile, relative);
  return walked && !walked.climbs ? walked.path : undefined;
}
