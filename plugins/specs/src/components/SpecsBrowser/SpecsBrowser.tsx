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

import { ChangeEvent, useEffect, useState } from 'react';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import MenuItem from '@material-ui/core/MenuItem';
import Paper from '@material-ui/core/Paper';
import TablePagination from '@material-ui/core/TablePagination';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import useMediaQuery from '@material-ui/core/useMediaQuery';
import { makeStyles, Theme } from '@material-ui/core/styles';
import FilterListIcon from '@material-ui/icons/FilterList';
import { parseEntityRef } from '@backstage/catalog-model';
import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import { useSpecsBrowseState } from '../../hooks/useSpecsBrowseState';
import {
  SpecsFilters,
  useDebounced,
  useSpecsFacets,
  useSpecsPage,
} from '../../hooks/useSpecsPage';
import { AsyncState } from '../AsyncState';
import { ProgressLegend } from '../ProgressBar';
import { specFormatLabel } from '../../lib/specFormat';
import { specStatusLabel } from '../SpecStatusChip';
import { SpecsSummary } from '../SpecsSummary';
import { SPEC_COLUMNS, SpecsTable } from '../SpecsTable';

const useStyles = makeStyles(
  theme => ({
    filters: {
      display: 'flex',
      flexWrap: 'wrap',
      alignItems: 'center',
      gap: theme.spacing(2),
      padding: theme.spacing(2),
    },
    field: {
      minWidth: 160,
      [theme.breakpoints.down('xs')]: {
        minWidth: 0,
        flex: '1 1 100%',
      },
    },
    title: {
      margin: theme.spacing(0, 0, 2),
    },
    more: {
      display: 'contents',
      [theme.breakpoints.down('xs')]: {
        display: 'flex',
        flexDirection: 'column',
        gap: theme.spacing(2),
        width: '100%',
      },
    },
    footer: {
      display: 'flex',
      flexWrap: 'wrap',
      alignItems: 'center',
      justifyContent: 'space-between',
      gap: theme.spacing(1),
      padding: theme.spacing(0, 2),
    },
  }),
  { name: 'SpecsBrowser' },
);

const WIDE_COLUMNS = [
  SPEC_COLUMNS.spec,
  SPEC_COLUMNS.status,
  SPEC_COLUMNS.owner,
  SPEC_COLUMNS.components,
  SPEC_COLUMNS.progress,
  SPEC_COLUMNS.openQuestions,
  SPEC_COLUMNS.updated,
];

// Below ~1400 px the components move under the title, so that every column
// keeps its words whole without scrolling sideways.
const COLUMNS = [
  SPEC_COLUMNS.specWithComponents,
  SPEC_COLUMNS.status,
  SPEC_COLUMNS.owner,
  SPEC_COLUMNS.progress,
  SPEC_COLUMNS.openQuestions,
  SPEC_COLUMNS.updated,
];

const SORT_OPTIONS = COLUMNS.filter(column => column.sortField);

function RefName(props: { value: string }) {
  try {
    const ref = parseEntityRef(props.value);
    return (
      <EntityDisplayName entityRef={ref} defaultKind={ref.kind} hideIcon />
    );
  } catch {
    return <>{props.value}</>;
  }
}

function FacetSelect(props: {
  label: string;
  value: string;
  options: Array<{ value: string; count: number }>;
  format?: (value: string) => React.ReactNode;
  onChange: (value: string) => void;
}) {
  const classes = useStyles();
  const { label, value, options, format = v => v, onChange } = props;
  return (
    <TextField
      select
      id={`specs-filter-${label.toLowerCase()}`}
      label={label}
      value={value}
      className={classes.field}
      size="small"
      variant="outlined"
      onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
    >
      <MenuItem value="">All</MenuItem>
      {options.map(option => (
        <MenuItem key={option.value} value={option.value}>
          {format(option.value)} ({option.count})
        </MenuItem>
      ))}
    </TextField>
  );
}

/**
 * The browse page body: summary strip, filters and a server-side paginated
 * list of all specs. Filters, sort and page live in the URL, so a view can
 * be shared; small screens get cards instead of a table.
 *
 * @public
 */
export function SpecsBrowser(props: {
  initialFilters?: Partial<SpecsFilters>;
}) {
  const classes = useStyles();
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('xs'));
  const wide = useMediaQuery('(min-width: 1400px)');
  const columns = wide ? WIDE_COLUMNS : COLUMNS;
  const [showFilters, setShowFilters] = useState(false);
  const [state, update] = useSpecsBrowseState(props.initialFilters);
  const { filters, sort, page, pageSize } = state;
  // The search box answers at once; the query waits for a pause in typing.
  const [searchText, setSearchText] = useState(filters.search);
  useEffect(() => setSearchText(filters.search), [filters.search]);
  const search = useDebounced(searchText);
  useEffect(() => {
    if (search !== filters.search) {
      update({ filters: { search }, page: 0 });
    }
    // Only a settled search text updates the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search]);

  const facets = useSpecsFacets();
  const sortColumn =
    columns.find(c => c.id === sort.column && c.sortField) ?? SPEC_COLUMNS.spec;
  const activeFilters = [
    filters.status,
    filters.type,
    filters.format,
    filters.owner,
    filters.component,
    filters.openClarifications,
    filters.templatePrompts,
    filters.stale,
  ].filter(Boolean).length;
  const specs = useSpecsPage({
    filters,
    sort: { field: sortColumn.sortField!, order: sort.order },
    page,
    pageSize,
  });

  const setFilters = (patch: Partial<SpecsFilters>) =>
    update({ filters: patch, page: 0 });
  const toggleSort = (column: string) =>
    update({
      sort: {
        column,
        order: sort.column === column && sort.order === 'asc' ? 'desc' : 'asc',
      },
      page: 0,
    });

  return (
    <>
      <Typography variant="h4" component="h2" className={classes.title}>
        All specs
        {facets.value ? (
          <Typography component="span" variant="h6" color="textPrimary">
            {' '}
            ({facets.value.total})
          </Typography>
        ) : null}
      </Typography>
      <AsyncState
        loading={facets.loading}
        error={facets.error}
        retry={facets.retry}
        errorTitle="Could not load the spec summary"
      >
        {facets.value && (
          <SpecsSummary
            statuses={facets.value.statuses}
            openClarifications={facets.value.openClarifications}
            stale={facets.value.stale}
            templatePrompts={facets.value.templatePrompts}
            templatePromptsSelected={filters.templatePrompts}
            onSelectTemplatePrompts={() =>
              setFilters({ templatePrompts: !filters.templatePrompts })
            }
            selectedStatus={filters.status}
            openClarificationsSelected={filters.openClarifications}
            staleSelected={filters.stale}
            onSelectStatus={status => setFilters({ status })}
            onSelectStale={() => setFilters({ stale: !filters.stale })}
            onSelectOpenClarifications={() =>
              setFilters({ openClarifications: !filters.openClarifications })
            }
          />
        )}
      </AsyncState>
      <Paper>
        <div
          className={classes.filters}
          role="search"
          aria-label="Filter specs"
        >
          <TextField
            id="specs-filter-search"
            label="Search"
            type="search"
            value={searchText}
            size="small"
            variant="outlined"
            className={classes.field}
            onChange={e => setSearchText(e.target.value)}
          />
          {narrow && (
            <Button
              variant="outlined"
              startIcon={<FilterListIcon />}
              aria-expanded={showFilters}
              aria-controls="specs-filters-more"
              onClick={() => setShowFilters(!showFilters)}
            >
              Filters{activeFilters ? ` (${activeFilters})` : ''}
            </Button>
          )}
          {(!narrow || showFilters) && (
            <div id="specs-filters-more" className={classes.more}>
              <FacetSelect
                label="Status"
                value={filters.status}
                options={facets.value?.statuses ?? []}
                format={specStatusLabel}
                onChange={status => setFilters({ status })}
              />
              <FacetSelect
                label="Type"
                value={filters.type}
                options={facets.value?.types ?? []}
                onChange={type => setFilters({ type })}
              />
              <FacetSelect
                label="Format"
                value={filters.format}
                options={facets.value?.formats ?? []}
                format={specFormatLabel}
                onChange={format => setFilters({ format })}
              />
              <FacetSelect
                label="Owner"
                value={filters.owner}
                options={facets.value?.owners ?? []}
                format={v => <RefName value={v} />}
                onChange={owner => setFilters({ owner })}
              />
              <FacetSelect
                label="Component"
                value={filters.component}
                options={facets.value?.components ?? []}
                format={v => <RefName value={v} />}
                onChange={component => setFilters({ component })}
              />
              {narrow && (
                <TextField
                  select
                  id="specs-sort"
                  label="Sort by"
                  value={`${sortColumn.id}:${sort.order}`}
                  className={classes.field}
                  size="small"
                  variant="outlined"
                  onChange={e => {
                    const [column, order] = e.target.value.split(':');
                    update({
                      sort: { column, order: order as 'asc' | 'desc' },
                      page: 0,
                    });
                  }}
                >
                  {SORT_OPTIONS.flatMap(column => [
                    <MenuItem
                      key={`${column.id}:asc`}
                      value={`${column.id}:asc`}
                    >
                      {column.title} ↑
                    </MenuItem>,
                    <MenuItem
                      key={`${column.id}:desc`}
                      value={`${column.id}:desc`}
                    >
                      {column.title} ↓
                    </MenuItem>,
                  ])}
                </TextField>
              )}
              <FormControlLabel
                control={
                  <Checkbox
                    checked={filters.openClarifications}
                    onChange={e =>
                      setFilters({ openClarifications: e.target.checked })
                    }
                  />
                }
                label="Open questions"
              />
              <FormControlLabel
                control={
                  <Checkbox
                    checked={filters.stale}
                    onChange={e => setFilters({ stale: e.target.checked })}
                  />
                }
                label="Stale"
              />
            </div>
          )}
        </div>
        <AsyncState
          loading={false}
          error={specs.error}
          retry={specs.retry}
          errorTitle="Could not load the specs"
        />
        <SpecsTable
          specs={specs.value?.items ?? []}
          columns={columns}
          sort={{ column: sortColumn.id, order: sort.order }}
          onSort={toggleSort}
          busy={specs.loading}
        />
        <div className={classes.footer}>
          <ProgressLegend />
          <TablePagination
            component="div"
            count={specs.value?.totalItems ?? 0}
            page={page}
            rowsPerPage={pageSize}
            rowsPerPageOptions={narrow ? [] : [10, 20, 50, 100]}
            onPageChange={(_e, next) => update({ page: next })}
            onRowsPerPageChange={e =>
              update({ pageSize: Number(e.target.value), page: 0 })
            }
          />
        </div>
      </Paper>
    </>
  );
}
