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

import ButtonBase from '@material-ui/core/ButtonBase';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { SPEC_STATUSES, specStatusLabel } from '../SpecStatusChip';

const useStyles = makeStyles(theme => ({
  strip: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    margin: theme.spacing(0, 0, 2),
    padding: 0,
    listStyle: 'none',
  },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    padding: theme.spacing(1, 2),
    borderRadius: theme.shape.borderRadius,
    minWidth: 110,
    '&:hover': {
      backgroundColor: theme.palette.action.hover,
    },
  },
  // ButtonBase has no focus ring of its own.
  focusVisible: {
    outline: `2px solid ${theme.palette.primary.main}`,
    outlineOffset: 2,
  },
  selected: {
    outline: `2px solid ${theme.palette.primary.main}`,
  },
  count: {
    ...theme.typography.h5,
    fontVariantNumeric: 'tabular-nums',
  },
}));

/** @public */
export interface SpecsSummaryProps {
  statuses: Array<{ value: string; count: number }>;
  openClarifications: number;
  /**
   * Unfilled template prompts over all specs, counted apart from open
   * questions; the tile shows only when some are left.
   */
  templatePrompts?: number;
  stale: number;
  /** The status filter in effect, highlighted. */
  selectedStatus?: string;
  /** Called with a status (or '' to clear) when a tile is chosen. */
  onSelectStatus?: (status: string) => void;
  onSelectStale?: () => void;
  onSelectOpenClarifications?: () => void;
  onSelectTemplatePrompts?: () => void;
  /** The count filters in effect, highlighted. */
  openClarificationsSelected?: boolean;
  templatePromptsSelected?: boolean;
  staleSelected?: boolean;
}

/**
 * The summary strip of the browse page: specs per status, open
 * clarifications, template sections left and stale specs, each a button
 * that filters the table.
 *
 * @public
 */
export function SpecsSummary(props: SpecsSummaryProps) {
  const classes = useStyles();
  const { statuses, selectedStatus } = props;
  const counts = new Map(statuses.map(s => [s.value, s.count]));
  const shown = SPEC_STATUSES.filter(s => counts.get(s));
  const tile = (
    key: string,
    label: string,
    count: number,
    onClick?: () => void,
    selected?: boolean,
  ) => (
    <li key={key}>
      <Paper
        variant="outlined"
        className={selected ? classes.selected : undefined}
      >
        <ButtonBase
          className={classes.tile}
          focusVisibleClassName={classes.focusVisible}
          onClick={onClick}
          disabled={!onClick}
          aria-pressed={onClick ? Boolean(selected) : undefined}
        >
          <span className={classes.count}>{count}</span>{' '}
          <Typography variant="caption" color="textSecondary">
            {label}
          </Typography>
        </ButtonBase>
      </Paper>
    </li>
  );
  return (
    <ul className={classes.strip} aria-label="Summary">
      {shown.map(status =>
        tile(
          status,
          specStatusLabel(status),
          counts.get(status) ?? 0,
          props.onSelectStatus &&
            (() =>
              props.onSelectStatus!(selectedStatus === status ? '' : status)),
          selectedStatus === status,
        ),
      )}
      {tile(
        'clarifications',
        'Open questions',
        props.openClarifications,
        props.onSelectOpenClarifications,
        props.openClarificationsSelected,
      )}
      {props.templatePrompts
        ? tile(
            'template-prompts',
            props.templatePrompts === 1
              ? 'Template section left'
              : 'Template sections left',
            props.templatePrompts,
            props.onSelectTemplatePrompts,
            props.templatePromptsSelected,
          )
        : null}
      {tile(
        'stale',
        'Stale specs',
        props.stale,
        props.onSelectStale,
        props.staleSelected,
      )}
    </ul>
  );
}
