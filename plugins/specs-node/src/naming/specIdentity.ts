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

import { joinSpecRoot } from '@specstage/plugin-specs-common';

/**
 * The identity of a spec: its absolute location as a spec root string
 * (`file:/repo/docs/specs/0042-x`, `url:https://host/o/r/tree/main/specs/003-x`),
 * whichever configured source found it. Entity names and the hashes that
 * disambiguate them are computed from it.
 *
 * @param sourceRoot - the root string of the source (see `formatSpecRoot`)
 * @param specPath - the spec's directory or file, posix, relative to the source root
 * @public
 */
export function specIdentity(sourceRoot: string, specPath: string): string {
  // Tree walks give clean relative paths: the join never climbs.
  const joined = joinSpecRoot(sourceRoot, specPath) ?? sourceRoot;
  return joined.replace(/\/+$/, '');
}
