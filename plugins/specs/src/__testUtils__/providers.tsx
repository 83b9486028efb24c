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

import { ReactNode } from 'react';
import { Entity } from '@backstage/catalog-model';
import { MockFetchApi, TestApiProvider } from '@backstage/test-utils';
import {
  CatalogApi,
  EntityProvider,
  MockStarredEntitiesApi,
  catalogApiRef,
  starredEntitiesApiRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { SpecsClient, specsApiRef } from '../api';

export const SPECS_BASE_URL = 'http://localhost:7007/api/specs';

/** A real SpecsClient against {@link SPECS_BASE_URL}, for msw handlers. */
export function createSpecsClient() {
  return new SpecsClient({
    discoveryApi: { getBaseUrl: async () => SPECS_BASE_URL },
    fetchApi: new MockFetchApi(),
  });
}

/** Wraps children in the APIs and entity context the spec views need. */
export function SpecTestProviders(props: {
  entity: Entity;
  entities?: Entity[];
  catalogApi?: typeof catalogApiRef.T;
  children: ReactNode;
}) {
  return (
    <TestApiProvider
      apis={[
        [specsApiRef, createSpecsClient()],
        [
          catalogApiRef,
          props.catalogApi ??
            catalogApiMock({ entities: props.entities ?? [] }),
        ],
        [starredEntitiesApiRef, new MockStarredEntitiesApi()],
      ]}
    >
      <EntityProvider entity={props.entity}>{props.children}</EntityProvider>
    </TestApiProvider>
  );
}

/**
 * A catalog `queryEntities` that answers the browse page's sorted query with
 * `items`, and its query for the specs without the sort field
 * (`{ field: { $exists: false } }`, see querySpecsPage) with none: every
 * item has the field, as in the catalog.
 */
type QueryEntitiesRequest = Parameters<CatalogApi['queryEntities']>[0];

export function queryEntitiesOf(items: Entity[]) {
  return jest.fn(async (request?: QueryEntitiesRequest) =>
    JSON.stringify(
      request && 'query' in request ? request.query ?? {} : {},
    ).includes('"$exists":false')
      ? { items: [], totalItems: 0, pageInfo: {} }
      : { items, totalItems: items.length, pageInfo: {} },
  );
}
