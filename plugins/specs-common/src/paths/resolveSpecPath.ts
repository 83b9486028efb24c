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
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    // keep the raw segment; it simply will not match a file
    return segment;
  }
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
  const parts = relative.startsWith('/')
    ? []
    : fromFile.split('/').slice(0, -1);
  for (const raw of relative.split('/')) {
    const segment = safeDecode(raw);
    if (segment === '' || segment === '.') {
      continue;
    }
    if (segment === '..') {
      if (parts.length === 0) {
        return undefined;
      }
      parts.pop();
      continue;
    }
    // An encoded separator (`..%2F`) must not smuggle a second segment in.
    if (
      segment.includes('/') ||
      segment.includes('\\') ||
      segment.includes('\0')
    ) {
      return undefined;
    }
    parts.push(segment);
  }
  return parts.length ? parts.join('/') : undefined;
}
