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

import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import TableSortLabel from '@material-ui/core/TableSortLabel';
import Typography from '@material-ui/core/Typography';
import useMediaQuery from '@material-ui/core/useMediaQuery';
import { makeStyles, Theme } from '@material-ui/core/styles';
import { Entity } from '@backstage/catalog-model';
import { SPEC_COLUMNS, SpecColumn } from './specColumns';

const useStyles = makeStyles(
  theme => ({
    scroll: {
      overflowX: 'auto',
    },
    table: {
      // Words wrap between words, never inside one ("Typ e", "SPEC-/0042").
      '& th, & td': {
        overflowWrap: 'normal',
        wordBreak: 'normal',
        hyphens: 'manual',
        verticalAlign: 'top',
        padding: theme.spacing(1, 1.5),
      },
      '& th:first-child, & td:first-child': {
        paddingLeft: theme.spacing(2),
      },
    },
    nowrap: {
      whiteSpace: 'nowrap',
    },
    list: {
      listStyle: 'none',
      margin: 0,
      padding: 0,
    },
    item: {
      padding: theme.spacing(1.5, 2),
      '& + &': {
        borderTop: `1px solid ${theme.palette.divider}`,
      },
    },
    fields: {
      display: 'grid',
      gridTemplateColumns: 'max-content minmax(0, 1fr)',
      columnGap: theme.spacing(2),
      rowGap: theme.spacing(0.75),
      margin: theme.spacing(1, 0, 0),
      '& dt': {
        ...theme.typography.body2,
        color: theme.palette.text.secondary,
      },
      '& dd': {
        ...theme.typography.body2,
        margin: 0,
        minWidth: 0,
      },
    },
  }),
  { name: 'SpecsTable' },
);

/** The sort of a spec list: a column id and a direction. @public */
export interface SpecsTableSort {
  column: string;
  order: 'asc' | 'desc';
}

/** @public */
export interface SpecsTableProps {
  specs: Entity[];
  /** The columns, in order; see {@link SPEC_COLUMNS}. Default: spec, status, progress. */
  columns?: SpecColumn[];
  /** `auto` (the default) shows a table, and a list of cards on small screens. */
  variant?: 'auto' | 'table' | 'list';
  label?: string;
  sort?: SpecsTableSort;
  /** Makes the columns with a `sortField` sortable. */
  onSort?: (column: string) => void;
  busy?: boolean;
}

function SpecCardList(props: {
  specs: Entity[];
  columns: SpecColumn[];
  label: string;
}) {
  const classes = useStyles();
  const [first, ...rest] = props.columns;
  return (
    <ul className={classes.list} aria-label={props.label}>
      {props.specs.map(entity => (
        <li
          key={`${entity.metadata.namespace}/${entity.metadata.name}`}
          className={classes.item}
        >
          {first.render(entity)}
          <dl className={classes.fields}>
            {rest.map(column => (
              <div key={column.id} style={{ display: 'contents' }}>
                <dt>{column.title}</dt>
                <dd>{column.render(entity)}</dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}

/**
 * A list of specs with one set of column definitions for every place that
 * lists specs (the Specs page, a component's Specs tab and card), so that the
 * same thing always looks the same. A table on wide screens, cards on small
 * ones.
 *
 * @public
 */
export function SpecsTable(props: SpecsTableProps) {
  const {
    specs,
    columns = [SPEC_COLUMNS.spec, SPEC_COLUMNS.status, SPEC_COLUMNS.progress],
    variant = 'auto',
    label = 'Specs',
    sort,
    onSort,
    busy,
  } = props;
  const classes = useStyles();
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('xs'));
  if (variant === 'list' || (variant === 'auto' && narrow)) {
    return <SpecCardList specs={specs} columns={columns} label={label} />;
  }
  return (
    <div className={classes.scroll}>
      <Table
        size="small"
        aria-label={label}
        aria-busy={busy}
        className={classes.table}
      >
        <TableHead>
          <TableRow>
            {columns.map(column => {
              const sortable = onSort && column.sortField;
              const active = sort?.column === column.id;
              return (
                <TableCell
                  key={column.id}
                  align={column.align}
                  sortDirection={active ? sort!.order : false}
                >
                  {sortable ? (
                    <TableSortLabel
                      active={active}
                      direction={active ? sort!.order : 'asc'}
                      onClick={() => onSort!(column.id)}
                    >
                      {column.title}
                    </TableSortLabel>
                  ) : (
                    column.title
                  )}
                </TableCell>
              );
            })}
          </TableRow>
        </TableHead>
        <TableBody>
          {specs.map(entity => (
            <TableRow
              key={`${entity.metadata.namespace}/${entity.metadata.name}`}
            >
              {columns.map(column => (
                <TableCell
                  key={column.id}
                  align={column.align}
                  className={column.nowrap ? classes.nowrap : undefined}
                >
                  {column.render(entity)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {specs.length === 0 && !busy && (
        <Typography
          variant="body2"
          color="textSecondary"
          style={{ padding: 16 }}
        >
          No specs match.
        </Typography>
      )}
    </div>
  );
}
