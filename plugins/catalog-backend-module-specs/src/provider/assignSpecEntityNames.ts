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
import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_SPEC_BASE_NAME,
  ANNOTATION_SPEC_LEGACY_NAME,
} from '@specstage/plugin-specs-common';
import { disambiguatedSpecEntityName } from '@specstage/plugin-specs-node';

/** The key that tells specs apart: their location, hashed into the legacy name. */
export function specEntityKey(entity: Entity): string {
  return (
    entity.metadata.annotations?.[ANNOTATION_SPEC_LEGACY_NAME] ??
    entity.metadata.name
  );
}

/**
 * Gives every spec its readable name, and a disambiguated one to each spec
 * whose readable name another spec shares (real repositories reuse spec
 * numbers and directory names).
 *
 * @remarks
 * All specs of a collision are disambiguated, not all but the first: which
 * spec comes first depends on the order sources are read in, and a name must
 * not move from one spec to another between two refreshes. The readable name
 * stays on each entity as {@link ANNOTATION_SPEC_BASE_NAME}, so that a link
 * that used it before the collision still finds the spec.
 *
 * Mutates the entities.
 */
export function assignSpecEntityNames(entities: Entity[]): void {
  const byBase = new Map<string, Entity[]>();
  for (const entity of entities) {
    const annotations = (entity.metadata.annotations ??= {});
    const base = annotations[ANNOTATION_SPEC_BASE_NAME] ?? entity.metadata.name;
    annotations[ANNOTATION_SPEC_BASE_NAME] = base;
    const namespace = entity.metadata.namespace ?? 'default';
    const key = `${namespace}/${base}`;
    byBase.set(key, [...(byBase.get(key) ?? []), entity]);
  }
  for (const group of byBase.values()) {
    for (const entity of group) {
      const base = entity.metadata.annotations![ANNOTATION_SPEC_BASE_NAME];
      entity.metadata.name =
        group.length > 1
          ? disambiguatedSpecEntityName(base, specEntityKey(entity))
          : base;
    }
  }
}
