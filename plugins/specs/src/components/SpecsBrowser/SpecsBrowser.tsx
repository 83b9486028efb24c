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

import { ChangeEvent, useState } from 'react';
import Box from '@material-ui/core/Box';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import MenuItem from '@material-ui/core/MenuItem';
import Paper from '@material-ui/core/Paper';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TablePagination from '@material-ui/core/TablePagination';
import TableRow from '@material-ui/core/TableRow';
import TableSortLabel from '@material-ui/core/TableSortLabel';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { Entity, parseEntityRef } from '@backstage/catalog-model';
import { EntityRefLink, EntityRefLinks, getEntityRelations, humanizeEntityRef } from '@backstage/plugin-catalog-react';
import { RELATION_SPECIFIES } from '@specstage/plugin-specs-common';
import {
  EMPTY_FILTERS,
  SpecsFilters,
  SpecsSortField,
  useDebounced,
  useSpecsFacets,
  useSpecsPage,
} from '../../hooks/useSpecsPage';
import { getSpecEntitySpec } from '../../lib/specEntity';
import { AsyncState } from '../AsyncState';
import { ProgressBar } from '../ProgressBar';
import { SpecStatusChip, specStatusLabel } from '../SpecStatusChip';
import { SpecsSummary } from '../SpecsSummary';

const useStyles = makeStyles(theme => ({
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(2),
    padding: theme.spacing(2),
  },
  select: {
    minWidth: 160,
  },
}));

const SORTABLE: Array<{ field: SpecsSortField; title: string }> = [
  { field: 'spec.specId', title: 'Id' },
  { field: 'metadata.title', title: 'Title' },
  { field: 'spec.status.value', title: 'Status' },
];

function refLabel(ref: string, defaultKind: string) {
  try {
    return humanizeEntityRef(parseEntityRef(ref), { defaultKind });
  } catch {
    return ref;
  }
}

function FacetSelect(props: {
  label: string;
  value: string;
  options: Array<{ value: string; count: number }>;
  format?: (value: string) => string;
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
      className={classes.select}
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

function SpecRow(props: { entity: Entity }) {
  const { entity } = props;
  const spec = getSpecEntitySpec(entity);
  const title = entity.metadata.title ?? entity.metadata.name;
  return (
    <TableRow>
      <TableCell>{spec?.specId ?? ''}</TableCell>
      <TableCell>
        <EntityRefLink entityRef={entity} hideIcon>
          {title}
        </EntityRefLink>
      </TableCell>
      <TableCell>
        {spec && (
          <SpecStatusChip
            status={spec.status.value}
            raw={spec.status.raw}
            stale={spec.status.stale}
            staleReason={spec.status.staleReason}
          />
        )}
      </TableCell>
      <TableCell>{spec?.type ?? ''}</TableCell>
      <TableCell>
        <EntityRefLinks
          entityRefs={getEntityRelations(entity, 'ownedBy')}
          defaultKind="group"
        />
      </TableCell>
      <TableCell>
        <EntityRefLinks
          entityRefs={getEntityRelations(entity, RELATION_SPECIFIES)}
          defaultKind="component"
        />
      </TableCell>
      <TableCell style={{ minWidth: 180 }}>
        {spec && <ProgressBar label={`Tasks of ${title}`} {...spec.counts.tasks} />}
      </TableCell>
      <TableCell align="right">{spec?.counts.openClarifications ?? 0}</TableCell>
    </TableRow>
  );
}

/**
 * The browse page body: summary strip, filters and a server-side paginated
 * table of all specs.
 *
 * @public
 */
export function SpecsBrowser(props: { initialFilters?: Partial<SpecsFilters> }) {
  const classes = useStyles();
  const [filters, setFilters] = useState<SpecsFilters>({
    ...EMPTY_FILTERS,
    ...props.initialFilters,
  });
  const [sort, setSort] = useState<{ field: SpecsSortField; order: 'asc' | 'desc' }>(
    { field: 'spec.specId', order: 'asc' },
  );
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(20);
  const search = useDebounced(filters.search);

  const facets = useSpecsFacets();
  const specs = useSpecsPage({
    filters: { ...filters, search },
    sort,
    page,
    pageSize,
  });

  const update = (patch: Partial<SpecsFilters>) => {
    setFilters(current => ({ ...current, ...patch }));
    setPage(0);
  };
  const toggleSort = (field: SpecsSortField) => {
    setSort(current => ({
      field,
      order: current.field === field && current.order === 'asc' ? 'desc' : 'asc',
    }));
    setPage(0);
  };

  return (
    <>
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
            selectedStatus={filters.status}
            onSelectStatus={status => update({ status })}
            onSelectStale={() => update({ stale: !filters.stale })}
            onSelectOpenClarifications={() =>
              update({ openClarifications: !filters.openClarifications })
            }
          />
        )}
      </AsyncState>
      <Paper>
        <div className={classes.filters} role="search" aria-label="Filter specs">
          <TextField
            id="specs-filter-search"
            label="Search"
            type="search"
            value={filters.search}
            size="small"
            variant="outlined"
            onChange={e => update({ search: e.target.value })}
          />
          <FacetSelect
            label="Status"
            value={filters.status}
            options={facets.value?.statuses ?? []}
            format={specStatusLabel}
            onChange={status => update({ status })}
          />
          <FacetSelect
            label="Type"
            value={filters.type}
            options={facets.value?.types ?? []}
            onChange={type => update({ type })}
          />
          <FacetSelect
            label="Owner"
            value={filters.owner}
            options={facets.value?.owners ?? []}
            format={v => refLabel(v, 'group')}
            onChange={owner => update({ owner })}
          />
          <FacetSelect
            label="Component"
            value={filters.component}
            options={facets.value?.components ?? []}
            format={v => refLabel(v, 'component')}
            onChange={component => update({ component })}
          />
          <FormControlLabel
            control={
              <Checkbox
                checked={filters.openClarifications}
                onChange={e => update({ openClarifications: e.target.checked })}
              />
            }
            label="Open clarifications"
          />
          <FormControlLabel
            control={
              <Checkbox
                checked={filters.stale}
                onChange={e => update({ stale: e.target.checked })}
              />
            }
            label="Stale"
          />
        </div>
        <AsyncState
          loading={false}
          error={specs.error}
          retry={specs.retry}
          errorTitle="Could not load the specs"
        />
        <Box overflow="auto">
          <Table size="small" aria-label="Specs" aria-busy={specs.loading}>
            <TableHead>
              <TableRow>
                {SORTABLE.map(column => (
                  <TableCell
                    key={column.field}
                    sortDirection={sort.field === column.field ? sort.order : false}
                  >
                    <TableSortLabel
                      active={sort.field === column.field}
                      direction={sort.field === column.field ? sort.order : 'asc'}
                      onClick={() => toggleSort(column.field)}
                    >
                      {column.title}
                    </TableSortLabel>
                  </TableCell>
                ))}
                <TableCell>Type</TableCell>
                <TableCell>Owner</TableCell>
                <TableCell>Components</TableCell>
                <TableCell>Progress</TableCell>
                <TableCell align="right">Open questions</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {specs.value?.items.map(entity => (
                <SpecRow
                  key={`${entity.metadata.namespace}/${entity.metadata.name}`}
                  entity={entity}
                />
              ))}
            </TableBody>
          </Table>
        </Box>
        {specs.value && specs.value.items.length === 0 && !specs.loading && (
          <Box p={2}>
            <Typography color="textSecondary">
              No specs match these filters.
            </Typography>
          </Box>
        )}
        <TablePagination
          component="div"
          count={specs.value?.totalItems ?? 0}
          page={page}
          rowsPerPage={pageSize}
          rowsPerPageOptions={[10, 20, 50, 100]}
          onPageChange={(_e, next) => setPage(next)}
          onRowsPerPageChange={e => {
            setPageSize(Number(e.target.value));
            setPage(0);
          }}
        />
      </Paper>
    </>
  );
}
