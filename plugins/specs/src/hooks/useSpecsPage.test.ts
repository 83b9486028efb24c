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
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { EMPTY_FILTERS, SpecsQuery, querySpecsPage } from './useSpecsPage';

function spec(name: string, specId?: string): Entity {
  return {
    apiVersion: 'specstage.io/v1alpha1',
    kind: 'Spec',
    metadata: { name, title: name },
    spec: specId ? { specId } : {},
  };
}

const get = (entity: Entity, field: string): string | undefined =>
  field.split('.').reduce<any>((value, key) => value?.[key], entity as any) ??
  undefined;

/**
 * The catalog's queryEntities as the catalog backend behaves: a sorted
 * query returns and counts only the entities that have the sort field;
 * `{ field: { $exists: false } }` selects the others.
 */
function catalogOf(entities: Entity[]) {
  const queryEntities = jest.fn(async (request: any) => {
    const [order] = request.orderFields;
    let matching = entities.filter(e => get(e, order.field) !== undefined);
    const missing = Object.entries(request.query ?? {}).find(
      ([, value]: [string, any]) => value?.$exists === false,
    );
    if (missing) matching = entities.filter(e => !get(e, missing[0]));
    matching.sort(
      (a, b) =>
        get(a, order.field)!.localeCompare(get(b, order.field)!) *
        (order.order === 'desc' ? -1 : 1),
    );
    return {
      items: matching.slice(request.offset, request.offset + request.limit),
      totalItems: matching.length,
      pageInfo: {},
    };
  });
  return catalogApiMock.mock({ queryEntities });
}

const query = (patch: Partial<SpecsQuery>): SpecsQuery => ({
  filters: EMPTY_FILTERS,
  sort: { field: 'spec.specId', order: 'asc' },
  page: 0,
  pageSize: 20,
  ...patch,
});

const names = (result: { items: Entity[] }) =>
  result.items.map(e => e.metadata.name);

describe('querySpecsPage', () => {
  const catalog = [
    spec('b', 'SPEC-0002'),
    spec('hostile'),
    spec('a', 'SPEC-0001'),
    spec('c', 'SPEC-0003'),
    spec('also-no-id'),
  ];

  // Sorted by id, the catalog left the spec without an id out: /specs said
  // "All specs (5)" above a table of 4.
  it('keeps the specs without the sort field, after the others', async () => {
    const api = catalogOf(catalog);
    const asc = await querySpecsPage(api, query({}));
    expect(names(asc)).toEqual(['a', 'b', 'c', 'also-no-id', 'hostile']);
    expect(asc.totalItems).toBe(5);
    const desc = await querySpecsPage(
      api,
      query({ sort: { field: 'spec.specId', order: 'desc' } }),
    );
    expect(names(desc)).toEqual(['c', 'b', 'a', 'also-no-id', 'hostile']);
  });

  it('pages across the end of the sorted specs', async () => {
    const api = catalogOf(catalog);
    const pages = [];
    for (let page = 0; page < 3; page++) {
      pages.push(await querySpecsPage(api, query({ page, pageSize: 2 })));
    }
    expect(pages.map(names)).toEqual([
      ['a', 'b'],
      ['c', 'also-no-id'],
      ['hostile'],
    ]);
    expect(pages.map(p => p.totalItems)).toEqual([5, 5, 5]);
  });

  it('keeps the filters in both queries', async () => {
    const api = catalogOf(catalog);
    await querySpecsPage(
      api,
      query({
        filters: {
          ...EMPTY_FILTERS,
          status: 'draft',
          openClarifications: true,
        },
      }),
    );
    const requests = (api.queryEntities as jest.Mock).mock.calls.map(
      ([request]) => request,
    );
    expect(requests).toHaveLength(2);
    for (const request of requests) {
      expect(request.filter).toEqual({
        kind: 'spec',
        'spec.status.value': 'draft',
      });
    }
    expect(requests[0].query).toEqual({
      $not: { 'spec.counts.openClarifications': 0 },
    });
    expect(requests[1].query).toEqual({
      $all: [
        { $not: { 'spec.counts.openClarifications': 0 } },
        { 'spec.specId': { $exists: false } },
      ],
    });
  });
});
