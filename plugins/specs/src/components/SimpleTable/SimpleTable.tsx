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
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';

/** A column of a {@link SimpleTable}. */
export interface SimpleTableColumn<T> {
  title: string;
  render: (row: T) => ReactNode;
  width?: string | number;
  /** Kept on one line (ids, locations). */
  nowrap?: boolean;
}

/**
 * A plain, non-paginated table for the short lists of a spec (tasks,
 * requirements, findings); the core Table would add paging and search that
 * lists of a dozen rows do not need.
 */
export function SimpleTable<T>(props: {
  label: string;
  columns: SimpleTableColumn<T>[];
  rows: T[];
  rowKey: (row: T, index: number) => string;
  empty?: ReactNode;
  rowClassName?: (row: T) => string | undefined;
  /** An element id for a row, so that a `#fragment` can lead to it. */
  rowId?: (row: T) => string | undefined;
}) {
  const { label, columns, rows, rowKey, empty, rowClassName, rowId } = props;
  if (rows.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {empty ?? 'Nothing to show.'}
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          {columns.map(column => (
            // Headings are a word or two: never broken inside one.
            <TableCell
              key={column.title}
              style={{ width: column.width, whiteSpace: 'nowrap' }}
            >
              {column.title}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row, index) => (
          <TableRow
            key={rowKey(row, index)}
            id={rowId?.(row)}
            className={rowClassName?.(row)}
          >
            {columns.map(column => (
              <TableCell
                key={column.title}
                style={column.nowrap ? { whiteSpace: 'nowrap' } : undefined}
              >
                {column.render(row)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
