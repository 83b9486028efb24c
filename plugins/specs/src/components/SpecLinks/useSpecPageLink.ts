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
import { useRouteRef } from '@backstage/core-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';

/**
 * Links into a spec's page: its overview (where the document is) at a
 * fragment, or one of its tabs (`phases`, `requirements`, …).
 */
export function useSpecPageLink(entity: Entity) {
  const entityRoute = useRouteRef(entityRouteRef);
  const base = entityRoute({
    kind: entity.kind.toLocaleLowerCase('en-US'),
    namespace: entity.metadata.namespace ?? 'default',
    name: entity.metadata.name,
  });
  return {
    /** The overview at `#fragment`. */
    anchor: (fragment: string) => `${base}#${fragment}`,
    /** A tab of the page, optionally at a fragment. */
    tab: (path: string, fragment?: string) =>
      `${base.replace(/\/$/, '')}/${path}${fragment ? `#${fragment}` : ''}`,
    base,
  };
}
