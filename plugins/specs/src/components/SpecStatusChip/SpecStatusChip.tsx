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

import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import { alpha, makeStyles, Theme } from '@material-ui/core/styles';
import WarningIcon from '@material-ui/icons/ReportProblemOutlined';

/** @public */
export interface SpecStatusChipProps {
  /** The normalized status value, e.g. `in-progress`. */
  status: string;
  /** The status as written in the spec, shown in the tooltip when it differs. */
  raw?: string;
  /** Set when the written status disagrees with the spec's progress. */
  stale?: boolean;
  staleReason?: string;
}

const LABELS: Record<string, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  approved: 'Approved',
  'in-progress': 'In progress',
  implemented: 'Implemented',
  done: 'Done',
  deprecated: 'Deprecated',
  superseded: 'Superseded',
  unknown: 'Unknown',
};

/** Human-readable label of a normalized spec status. @public */
export function specStatusLabel(status: string): string {
  return LABELS[status] ?? status;
}

/** All normalized spec statuses in lifecycle order. @public */
export const SPEC_STATUSES = Object.keys(LABELS);

// Colours come from the theme palette so that the chip works in light and
// dark themes; the label always carries the meaning on its own.
function statusColor(theme: Theme, status: string) {
  switch (status) {
    case 'in-review':
    case 'approved':
      return theme.palette.info;
    case 'in-progress':
      return theme.palette.primary;
    case 'implemented':
    case 'done':
      return theme.palette.success;
    case 'deprecated':
    case 'superseded':
      return undefined;
    default:
      return undefined;
  }
}

const useStyles = makeStyles<Theme, { status: string; stale: boolean }>(
  theme => ({
    chip: ({ status, stale }) => {
      const color = statusColor(theme, status);
      if (!color) {
        return {
          margin: 0,
          borderColor: stale ? theme.palette.warning.main : undefined,
        };
      }
      // The label in the text colour on a tint of the status colour: white
      // on the theme's success or info green/blue is below 4.5:1 in places.
      return {
        margin: 0,
        color: theme.palette.text.primary,
        backgroundColor: stale ? 'transparent' : alpha(color.main, 0.18),
        borderColor: stale ? theme.palette.warning.main : color.main,
      };
    },
    icon: {
      color: theme.palette.warning.main,
    },
  }),
);

/**
 * A chip that shows a spec's status, with a "stale" hint when the written
 * status and the spec's progress disagree.
 *
 * @public
 */
export function SpecStatusChip(props: SpecStatusChipProps) {
  const { status, raw, stale = false, staleReason } = props;
  const classes = useStyles({ status, stale });
  const label = LABELS[status] ?? raw ?? status;
  const chip = (
    <Chip
      size="small"
      className={classes.chip}
      label={stale ? `${label} (stale)` : label}
      variant={stale ? 'outlined' : 'default'}
      icon={stale ? <WarningIcon className={classes.icon} /> : undefined}
      aria-label={`Status: ${label}${stale ? ', stale' : ''}`}
      // Focusable so that keyboard users reach the tooltip.
      tabIndex={stale || (raw && raw !== label) ? 0 : undefined}
    />
  );
  const tooltip = [
    raw && raw !== label ? `Written as "${raw}"` : undefined,
    stale ? staleReason ?? 'The status disagrees with the progress' : undefined,
  ]
    .filter(Boolean)
    .join('. ');
  return tooltip ? <Tooltip title={tooltip}>{chip}</Tooltip> : chip;
}
