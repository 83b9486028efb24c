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

import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { EMPTY_FILTERS, SpecsFilters } from './useSpecsPage';

/** What the browse page shows, kept in the URL so that a view can be shared. */
export interface SpecsBrowseState {
  filters: SpecsFilters;
  sort: { column: string; order: 'asc' | 'desc' };
  page: number;
  pageSize: number;
}

/** A change of the browse state; filters are merged into the current ones. */
export type SpecsBrowseUpdate = Partial<Omit<SpecsBrowseState, 'filters'>> & {
  filters?: Partial<SpecsFilters>;
};

const PAGE_SIZES = [10, 20, 50, 100];
export const DEFAULT_SORT = { column: 'spec', order: 'asc' as const };

/** URL parameter of each filter. */
const PARAMS: Record<keyof SpecsFilters, string> = {
  search: 'q',
  status: 'status',
  type: 'type',
  format: 'format',
  owner: 'owner',
  component: 'component',
  openClarifications: 'open',
  templatePrompts: 'templates',
  stale: 'stale',
};

/**
 * The browse page's filters, sort and page in the URL's query
 * (`/specs?status=draft&owner=group:default/sre-team&sort=updated&order=desc`):
 * a view can be bookmarked and shared, and Back restores the last one.
 */
export function useSpecsBrowseState(
  initialFilters?: Partial<SpecsFilters>,
): [SpecsBrowseState, (patch: SpecsBrowseUpdate) => void] {
  const [params, setParams] = useSearchParams();
  const state = useMemo((): SpecsBrowseState => {
    const flag = (name: string) => params.get(name) === '1';
    const text = (name: string) => params.get(name) ?? '';
    const hasFilters = Object.values(PARAMS).some(name => params.has(name));
    const filters: SpecsFilters = hasFilters
      ? {
          search: text(PARAMS.search),
          status: text(PARAMS.status),
          type: text(PARAMS.type),
          format: text(PARAMS.format),
          owner: text(PARAMS.owner),
          component: text(PARAMS.component),
          openClarifications: flag(PARAMS.openClarifications),
          templatePrompts: flag(PARAMS.templatePrompts),
          stale: flag(PARAMS.stale),
        }
      : { ...EMPTY_FILTERS, ...initialFilters };
    const size = Number(params.get('size'));
    const page = Number(params.get('page'));
    return {
      filters,
      sort: {
        column: params.get('sort') ?? DEFAULT_SORT.column,
        order: params.get('order') === 'desc' ? 'desc' : 'asc',
      },
      page: Number.isInteger(page) && page > 0 ? page - 1 : 0,
      pageSize: PAGE_SIZES.includes(size) ? size : 20,
    };
  }, [params, initialFilters]);

  const update = useCallback(
    (patch: SpecsBrowseUpdate) => {
      const next = {
        ...state,
        ...patch,
        filters: { ...state.filters, ...patch.filters },
        sort: patch.sort ?? state.sort,
      };
      const query = new URLSearchParams();
      for (const [key, name] of Object.entries(PARAMS) as Array<
        [keyof SpecsFilters, string]
      >) {
        const value = next.filters[key];
        if (value === true) query.set(name, '1');
        else if (typeof value === 'string' && value) query.set(name, value);
      }
      if (
        next.sort.column !== DEFAULT_SORT.column ||
        next.sort.order !== DEFAULT_SORT.order
      ) {
        query.set('sort', next.sort.column);
        query.set('order', next.sort.order);
      }
      if (next.page > 0) query.set('page', String(next.page + 1));
      if (next.pageSize !== 20) query.set('size', String(next.pageSize));
      // Typing in the search box replaces the entry instead of adding one a keystroke.
      const typing = patch.filters && 'search' in patch.filters;
      setParams(query, { replace: typing });
    },
    [state, setParams],
  );
  return [state, update];
}
