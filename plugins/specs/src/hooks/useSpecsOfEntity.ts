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
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { RELATION_SPECIFIES } from '@specstage/plugin-specs-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';

/** The entity fields that spec lists show; the rest is not fetched. */
export const SPEC_LIST_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.description',
  'spec',
  'relations',
];

/** The Spec entities that specify the given component or system. */
export function useSpecsOfEntity(entity: Entity, limit = 100) {
  const catalogApi = useApi(catalogApiRef);
  const ref = stringifyEntityRef(entity);
  return useAsyncRetry(async () => {
    const response = await catalogApi.queryEntities({
      filter: { kind: 'spec', [`relations.${RELATION_SPECIFIES}`]: ref },
      fields: SPEC_LIST_FIELDS,
      orderFields: { field: 'metadata.name', order: 'asc' },
      limit,
    });
    return { specs: response.items, totalItems: response.totalItems };
  }, [catalogApi, ref, limit]);
}
