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

import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { percentOf, type SpecRollup } from '@specstage/plugin-specs-common';
import { ProgressBar } from '../ProgressBar';
import { refLabel } from './refLabel';

const useStyles = makeStyles(theme => ({
  personas: { display: 'flex', flexWrap: 'wrap', gap: theme.spacing(0.5, 1.5) },
  head: { whiteSpace: 'nowrap' },
  key: { minWidth: 160 },
}));

/** A rollup of the portfolio by owner or by system. */
export function RollupTable(props: {
  title: string;
  keyTitle: string;
  defaultKind: string;
  rows: SpecRollup[];
  emptyKey: string;
}) {
  const classes = useStyles();
  return (
    <InfoCard title={props.title} noPadding>
      <Box overflow="auto">
        <Table size="small" aria-label={props.title}>
          <TableHead className={classes.head}>
            <TableRow>
              <TableCell>{props.keyTitle}</TableCell>
              <TableCell align="right">Specs</TableCell>
              <TableCell align="right">In progress</TableCell>
              <TableCell style={{ minWidth: 180 }}>Tasks done</TableCell>
              <TableCell align="right">Open clarifications</TableCell>
              <TableCell>Review completion by persona</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {props.rows.map(row => (
              <TableRow key={row.key || '-'}>
                <TableCell className={classes.key}>
                  {row.key ? (
                    <EntityRefLink
                      entityRef={row.key}
                      defaultKind={props.defaultKind}
                    />
                  ) : (
                    <Typography variant="body2" color="textSecondary">
                      {props.emptyKey}
                    </Typography>
                  )}
                </TableCell>
                <TableCell align="right">{row.specs}</TableCell>
                <TableCell align="right">{row.inProgress}</TableCell>
                <TableCell>
                  <ProgressBar
                    label={`Tasks of ${
                      row.key
                        ? refLabel(row.key, props.defaultKind)
                        : props.emptyKey
                    }`}
                    {...row.tasks}
                  />
                </TableCell>
                <TableCell align="right">{row.openClarifications}</TableCell>
                <TableCell>
                  <div className={classes.personas}>
                    {row.review.length === 0 && (
                      <Typography variant="body2" color="textSecondary">
                        No review checklist
                      </Typography>
                    )}
                    {row.review.map(p => (
                      <Typography
                        variant="body2"
                        key={p.persona}
                        component="span"
                      >
                        {p.persona}{' '}
                        <strong>{percentOf(p.checked, p.total)}%</strong> (
                        {p.checked}/{p.total})
                      </Typography>
                    ))}
                  </div>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </InfoCard>
  );
}
