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

import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  ANNOTATION_SPEC_ROOT,
  SpecEntitySpec,
} from '@specstage/plugin-specs-common';

/**
 * An OpenSpec change → the capability specs it modifies: the change
 * `<root>/changes/<change>` (or `changes/archive/<change>`) touches the
 * capabilities of its delta specs, whose specs are `<root>/specs/<name>`
 * in the same tree. Sets `spec.modifiesSpecs` (entity refs, sorted) on
 * each change; the processor turns it into `modifies`/`modifiedBy`
 * relations, so that the catalog graph and a capability's page show the
 * changes that touched it. A capability without a spec (a change that adds
 * it) relates to nothing.
 */
export function linkOpenSpecChanges(entities: readonly Entity[]): void {
  const capabilities = new Map<string, Entity>();
  for (const entity of entities) {
    const spec = entity.spec as SpecEntitySpec | undefined;
    const root = entity.metadata.annotations?.[ANNOTATION_SPEC_ROOT];
    if (spec?.openspec?.kind === 'capability' && root) {
      capabilities.set(root.replace(/\/+$/, ''), entity);
    }
  }
  for (const entity of entities) {
    const spec = entity.spec as SpecEntitySpec | undefined;
    const root = entity.metadata.annotations?.[ANNOTATION_SPEC_ROOT];
    if (spec?.openspec?.kind !== 'change' || !root) {
      continue;
    }
    const tree = root
      .replace(/\/+$/, '')
      .replace(/\/changes\/(?:archive\/)?[^/]+$/, '');
    const refs = new Set<string>();
    for (const name of spec.openspec.capabilities ?? []) {
      const capability = capabilities.get(`${tree}/specs/${name}`);
      if (capability) {
        refs.add(stringifyEntityRef(capability));
      }
    }
    if (refs.size > 0) {
      spec.modifiesSpecs = [...refs].sort();
    } else {
      delete spec.modifiesSpecs;
    }
  }
}
