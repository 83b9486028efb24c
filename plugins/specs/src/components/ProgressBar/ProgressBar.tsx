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

import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles(theme => ({
  root: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    minWidth: 120,
  },
  track: {
    flex: 1,
    display: 'flex',
    height: 8,
    borderRadius: 4,
    overflow: 'hidden',
    backgroundColor: theme.palette.action.selected,
  },
  done: {
    backgroundColor: theme.palette.success.main,
  },
  partial: {
    // Striped so that "partly done" does not rely on colour alone.
    backgroundImage: `repeating-linear-gradient(45deg, ${theme.palette.warning.main} 0 4px, ${theme.palette.warning.light} 4px 8px)`,
  },
  label: {
    whiteSpace: 'nowrap',
    fontVariantNumeric: 'tabular-nums',
  },
}));

/** @public */
export interface ProgressBarProps {
  /** Names what is measured, read out by screen readers. */
  label: string;
  done: number;
  total: number;
  /** Started but unfinished items, drawn after the done ones. */
  partial?: number;
  /** What is counted, e.g. "tasks" or "items". */
  unit?: string;
  /** Hides the "done/total" text next to the bar. */
  hideText?: boolean;
}

/**
 * A labelled horizontal progress bar with a done and a partly-done segment.
 *
 * @public
 */
export function ProgressBar(props: ProgressBarProps) {
  const { label, done, total, partial = 0, unit = 'tasks', hideText } = props;
  const classes = useStyles();
  const width = (value: number) =>
    total > 0 ? `${Math.min(100, (value / total) * 100)}%` : '0%';
  const valueText =
    total === 0
      ? `No ${unit}`
      : `${done} of ${total} ${unit} done${
          partial ? `, ${partial} partly done` : ''
        }`;
  return (
    <div className={classes.root}>
      <div
        className={classes.track}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={valueText}
        title={valueText}
      >
        <div className={classes.done} style={{ width: width(done) }} />
        <div className={classes.partial} style={{ width: width(partial) }} />
      </div>
      {!hideText && (
        <Typography
          variant="caption"
          className={classes.label}
          aria-hidden="true"
        >
          {done}/{total}
          {partial ? ` (+${partial})` : ''}
        </Typography>
      )}
    </div>
  );
}

const useLegendStyles = makeStyles(theme => ({
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(2),
    margin: 0,
    padding: 0,
    listStyle: 'none',
    ...theme.typography.caption,
    color: theme.palette.text.secondary,
  },
  key: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.75),
  },
  swatch: {
    display: 'inline-block',
    width: 16,
    height: 8,
    borderRadius: 2,
  },
}));

/**
 * What the segments of a {@link ProgressBar} and its `6/13 (+1)` text mean:
 * done, partly done (counted in brackets), not started.
 *
 * @public
 */
export function ProgressLegend() {
  const classes = useStyles();
  const legend = useLegendStyles();
  return (
    <ul className={legend.legend} aria-label="Progress legend">
      <li className={legend.key}>
        <span
          className={`${legend.swatch} ${classes.done}`}
          aria-hidden="true"
        />
        Done
      </li>
      <li className={legend.key}>
        <span
          className={`${legend.swatch} ${classes.partial}`}
          aria-hidden="true"
        />
        Partly done, the “(+n)”
      </li>
      <li className={legend.key}>
        <span
          className={`${legend.swatch} ${classes.track}`}
          aria-hidden="true"
          style={{ flex: 'none' }}
        />
        Not started
      </li>
    </ul>
  );
}
