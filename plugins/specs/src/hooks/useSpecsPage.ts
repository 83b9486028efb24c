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

import { useEffect, useState } from 'react';
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
  /** Only specs with unfilled template prompts ("template sections left"). */
  templatePrompts: boolean;
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
  templatePrompts: false,
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

type CatalogApi = typeof catalogApiRef.T;
/** A predicate query of the catalog (`$all`, `$not`, `$exists`, …). */
type Predicate = NonNullable<
  Exclude<
    NonNullable<Parameters<CatalogApi['queryEntities']>[0]>,
    { cursor: string }
  >['query']
>;

/**
 * The catalog predicate for the browse page's count filters, if any: counts
 * are not comparable in catalog filters; "not zero" is.
 */
export function specsCatalogPredicate(
  filters: SpecsFilters,
): Predicate | undefined {
  const predicates: Predicate[] = [];
  if (filters.openClarifications) {
    predicates.push({ $not: { 'spec.counts.openClarifications': 0 } });
  }
  if (filters.templatePrompts) {
    // Entities ingested before the count existed have no such field.
    predicates.push({ 'spec.counts.templatePrompts': { $exists: true } });
    predicates.push({ $not: { 'spec.counts.templatePrompts': 0 } });
  }
  if (predicates.length === 0) return undefined;
  return predicates.length === 1 ? predicates[0] : { $all: predicates };
}

/**
 * One page of specs, sorted by `query.sort.field`, with the specs that lack
 * that field (a spec without an id, one with no date) after all the others.
 *
 * @remarks
 *
 * The catalog's sorted query leaves out every entity that has no value for
 * the sort field, and counts without them too: sorted by id, a spec without
 * an id vanished from the browse page while the summary still counted it.
 * So a page is read from two queries, the sorted one and then the entities
 * without the field (by name), like SQL's `NULLS LAST`, in either order.
 * Pages are addressed by offset: the catalog's cursors belong to one query.
 */
export async function querySpecsPage(
  catalogApi: CatalogApi,
  query: SpecsQuery,
): Promise<{ items: Entity[]; totalItems: number }> {
  const { filters, sort, page, pageSize } = query;
  const offset = page * pageSize;
  const open = specsCatalogPredicate(filters);
  const base = {
    filter: specsCatalogFilter(filters),
    fullTextFilter: filters.search
      ? {
          term: filters.search,
          fields: ['metadata.title', 'metadata.name', 'spec.specId'],
        }
      : undefined,
    fields: SPEC_LIST_FIELDS,
  };
  const sorted = await catalogApi.queryEntities({
    ...base,
    query: open,
    orderFields: [
      { field: sort.field, order: sort.order },
      { field: 'metadata.name', order: 'asc' },
    ],
    limit: pageSize,
    offset,
  });
  // A field path, never a `$` operator: the columns name the fields.
  const missing = { [sort.field]: { $exists: false } } as Predicate;
  const rest = await catalogApi.queryEntities({
    ...base,
    query: open ? { $all: [open, missing] } : missing,
    orderFields: [{ field: 'metadata.name', order: 'asc' }],
    // Where this page continues after the sorted ones; at least one item
    // is asked for, to learn how many there are.
    limit: Math.max(1, pageSize - sorted.items.length),
    offset: Math.max(0, offset - sorted.totalItems),
  });
  const items =
    sorted.items.length < pageSize
      ? [
          ...sorted.items,
          ...rest.items.slice(0, pageSize - sorted.items.length),
        ]
      : sorted.items;
  return { items, totalItems: sorted.totalItems + rest.totalItems };
}

/**
 * One page of specs, fetched from the catalog with the filters applied on
 * the server, so that large catalogs stay fast.
 */
export function useSpecsPage(query: SpecsQuery) {
  const catalogApi = useApi(catalogApiRef);
  const queryKey = JSON.stringify(query);
  return useAsyncRetry(
    () => querySpecsPage(catalogApi, query),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [catalogApi, queryKey],
  );
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
        'spec.counts.templatePrompts',
      ],
    });
    const of = (name: string) => facets[name] ?? [];
    const clarifications = of('spec.counts.openClarifications');
    const sumOf = (values: Array<{ value: string; count: number }>) =>
      values.reduce((total, f) => total + (Number(f.value) || 0) * f.count, 0);
    return {
      statuses: of('spec.status.value'),
      types: of('spec.type'),
      formats: of('spec.format'),
      owners: of('relations.ownedBy'),
      components: of(`relations.${RELATION_SPECIFIES}`),
      stale: of('spec.status.stale').find(f => f.value === 'true')?.count ?? 0,
      total: of('spec.status.value').reduce((sum, f) => sum + f.count, 0),
      openClarifications: sumOf(clarifications),
      // Unfilled prompts of specs made from the template, apart from real
      // open questions: one new spec must not add ten "open questions".
      templatePrompts: sumOf(of('spec.counts.templatePrompts')),
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
