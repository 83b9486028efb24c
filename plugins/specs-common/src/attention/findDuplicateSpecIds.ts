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
 * Specs that share an id within one source, by entity ref: each maps to the
 * other specs with its id. Ids are unique per repository only, so the same
 * id in two sources is no clash.
 *
 * @public
 */
export function findDuplicateSpecIds(
  specs: Array<{ entityRef: string; specId?: string; source?: string }>,
): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const spec of specs) {
    if (!spec.specId || !spec.source) continue;
    const key = `${spec.source}\0${spec.specId}`;
    groups.set(key, [...(groups.get(key) ?? []), spec.entityRef]);
  }
  const duplicates = new Map<string, string[]>();
  for (const refs of groups.values()) {
    if (refs.length < 2) continue;
    for (const ref of refs) {
      duplicates.set(
        ref,
        refs.filter(other => other !== ref),
      );
    }
  }
  return duplicates;
}
