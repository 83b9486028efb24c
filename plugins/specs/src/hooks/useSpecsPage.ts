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

import { useEffect, useRef, useState } from 'react';
import { Entity } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { RELATION_SPECIFIES } from '@specstage/plugin-specs-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { SPEC_LIST_FIELDS } from './useSpecsOfEntity';

/** The filters of the browse page; empty values mean "any". */
export interface SpecsFilters {
  search: string;
  status: string;
  type: string;
  /** The format profile that read the spec (`openspec`, `kiro`, …). */
  format: string;
  owner: string;
  component: string;
  openClarifications: boolean;
  stale: boolean;
}

export const EMPTY_FILTERS: SpecsFilters = {
  search: '',
  status: '',
  type: '',
  format: '',
  owner: '',
  component: '',
  openClarifications: false,
  stale: false,
};

/** A catalog field the browse page sorts by (see the columns' `sortField`). */
export type SpecsSortField = string;

export interface SpecsQuery {
  filters: SpecsFilters;
  sort: { field: SpecsSortField; order: 'asc' | 'desc' };
  page: number;
  pageSize: number;
}

/** The catalog filter for the browse page's filters. */
export function specsCatalogFilter(filters: SpecsFilters) {
  const filter: Record<string, string> = { kind: 'spec' };
  if (filters.status) filter['spec.status.value'] = filters.status;
  if (filters.type) filter['spec.type'] = filters.type;
  if (filters.format) filter['spec.format'] = filters.format;
  if (filters.owner) filter['relations.ownedBy'] = filters.owner;
  if (filters.component) {
    filter[`relations.${RELATION_SPECIFIES}`] = filters.component;
  }
  if (filters.stale) filter['spec.status.stale'] = 'true';
  return filter;
}

type PageCursors = { page: number; next?: string; prev?: string };

/**
 * One page of specs, fetched from the catalog with the filters applied on
 * the server, so that large catalogs stay fast. Stepping to the next or
 * previous page follows the catalog's cursors; jumping uses an offset.
 */
export function useSpecsPage(query: SpecsQuery) {
  const catalogApi = useApi(catalogApiRef);
  const cursors = useRef<PageCursors | undefined>(undefined);
  const queryKey = JSON.stringify({ ...query, page: undefined });
  const lastKey = useRef(queryKey);
  if (lastKey.current !== queryKey) {
    // Cursors belong to one query; a new filter or sort starts afresh.
    lastKey.current = queryKey;
    cursors.current = undefined;
  }

  return useAsyncRetry(async (): Promise<{
    items: Entity[];
    totalItems: number;
  }> => {
    const { filters, sort, page, pageSize } = query;
    const known = cursors.current;
    let cursor: string | undefined;
    if (known && page === known.page + 1) cursor = known.next;
    if (known && page === known.page - 1) cursor = known.prev;

    const response = cursor
      ? await catalogApi.queryEntities({
          cursor,
          limit: pageSize,
          fields: SPEC_LIST_FIELDS,
        })
      : await catalogApi.queryEntities({
          filter: specsCatalogFilter(filters),
          // Counts are not comparable in catalog filters; "not zero" is.
          query: filters.openClarifications
            ? { $not: { 'spec.counts.openClarifications': 0 } }
            : undefined,
          fullTextFilter: filters.search
            ? {
                term: filters.search,
                fields: ['metadata.title', 'metadata.name', 'spec.specId'],
              }
            : undefined,
          orderFields: [
            { field: sort.field, order: sort.order },
            { field: 'metadata.name', order: 'asc' },
          ],
          limit: pageSize,
          offset: page * pageSize,
          fields: SPEC_LIST_FIELDS,
        });
    cursors.current = {
      page,
      next: response.pageInfo.nextCursor,
      prev: response.pageInfo.prevCursor,
    };
    return { items: response.items, totalItems: response.totalItems };
  }, [catalogApi, queryKey, query.page]);
}

/** Facet counts over all specs, for the summary strip and filter options. */
export function useSpecsFacets() {
  const catalogApi = useApi(catalogApiRef);
  return useAsyncRetry(async () => {
    const { facets } = await catalogApi.getEntityFacets({
      filter: { kind: 'spec' },
      facets: [
        'spec.status.value',
        'spec.status.stale',
        'spec.type',
        'spec.format',
        'relations.ownedBy',
        `relations.${RELATION_SPECIFIES}`,
        'spec.counts.openClarifications',
      ],
    });
    const of = (name: string) => facets[name] ?? [];
    const clarifications = of('spec.counts.openClarifications');
    return {
      statuses: of('spec.status.value'),
      types: of('spec.type'),
      formats: of('spec.format'),
      owners: of('relations.ownedBy'),
      components: of(`relations.${RELATION_SPECIFIES}`),
      stale: of('spec.status.stale').find(f => f.value === 'true')?.count ?? 0,
      total: of('spec.status.value').reduce((sum, f) => sum + f.count, 0),
      openClarifications: clarifications.reduce(
        (sum, f) => sum + (Number(f.value) || 0) * f.count,
        0,
      ),
      specsWithOpenClarifications: clarifications
        .filter(f => Number(f.value) > 0)
        .reduce((sum, f) => sum + f.count, 0),
    };
  }, [catalogApi]);
}

/** A value that follows `value` once it has not changed for `delay` ms. */
export function useDebounced<T>(value: T, delay = 300): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}
