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
import { InlineMarkdown } from '../InlineMarkdown';
import { ProgressBar } from '../ProgressBar';

const useStyles = makeStyles(theme => ({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'minmax(8rem, max-content) minmax(8rem, 1fr)',
    columnGap: theme.spacing(2),
    rowGap: theme.spacing(1),
    alignItems: 'center',
  },
  item: {
    display: 'contents',
  },
  overall: {
    marginBottom: theme.spacing(2),
  },
}));

/** Counts of one phase, as in the Spec entity's `spec.phases`. @public */
export interface PhaseProgressItem {
  title: string;
  done: number;
  partial: number;
  total: number;
}

/** @public */
export interface PhaseProgressProps {
  phases: PhaseProgressItem[];
  /** Shows a bar for all phases together above the list; default true. */
  showOverall?: boolean;
}

/**
 * Progress of a spec's implementation phases: one labelled bar per phase
 * (done and partly done tasks of its total) and the overall progress.
 *
 * @public
 */
export function PhaseProgress(props: PhaseProgressProps) {
  const { phases, showOverall = true } = props;
  const classes = useStyles();
  if (phases.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        This spec has no phases with tasks.
      </Typography>
    );
  }
  const overall = phases.reduce(
    (sum, p) => ({
      done: sum.done + p.done,
      partial: sum.partial + p.partial,
      total: sum.total + p.total,
    }),
    { done: 0, partial: 0, total: 0 },
  );
  return (
    <div>
      {showOverall && (
        <div className={classes.overall}>
          <Typography variant="subtitle2" component="div">
            Overall
          </Typography>
          <ProgressBar label="Overall progress" {...overall} />
        </div>
      )}
      <ul className={classes.list} aria-label="Phases">
        {phases.map((phase, index) => (
          <li key={`${index}-${phase.title}`} className={classes.item}>
            <Typography variant="body2" component="span">
              <InlineMarkdown text={phase.title} />
            </Typography>
            <ProgressBar
              label={`Progress of ${phase.title}`}
              done={phase.done}
              partial={phase.partial}
              total={phase.total}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
