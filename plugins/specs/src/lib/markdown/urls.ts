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

// The classifier is shared with the specs backend, which serves exactly
// the files that it classifies as the spec's own.
export { classifySpecUrl, climbingPath } from '@specstage/plugin-specs-common';
export type { SpecUrl, SpecUrlContext } from '@specstage/plugin-specs-common';

/** Joins the files base URL of the specs backend and a spec-relative path. */
export function specFileUrl(filesBaseUrl: string, path: string): string {
  const base = filesBaseUrl.endsWith('/') ? filesBaseUrl : `${filesBaseUrl}/`;
  return base + path.split('/').map(encodeURIComponent).join('/');
}
