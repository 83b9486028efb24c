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
import { makeStyles, useTheme } from '@material-ui/core/styles';
import type { SpecBurnUpPoint } from '@specstage/plugin-specs-common';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

const MAX_POINTS_WITH_DOTS = 31;

const useStyles = makeStyles(theme => ({
  figure: { margin: 0 },
  caption: { marginTop: theme.spacing(1) },
}));

/** Props of {@link BurnUpChart}. @public */
export interface BurnUpChartProps {
  /** Names the chart for screen readers, e.g. "Tasks burn-up, all specs". */
  title: string;
  points: SpecBurnUpPoint[];
  height?: number;
}

const shortDay = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString('en', {
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });

/**
 * A burn-up: tasks done against the scope (all tasks) over time. The two
 * lines differ in style and carry their names in the legend, so colour is
 * never the only cue; the figure's caption states the numbers in words.
 *
 * @public
 */
export function BurnUpChart(props: BurnUpChartProps) {
  const { title, points, height = 280 } = props;
  const classes = useStyles();
  const theme = useTheme();
  const recorded = points.filter(p => p.recorded);
  const data = points.map(p => ({
    day: p.day,
    done: p.recorded ? p.done : null,
    scope: p.recorded ? p.total : null,
  }));
  const first = recorded[0];
  const last = recorded[recorded.length - 1];
  const summary = last
    ? `${last.done} of ${last.total} tasks done on ${shortDay(last.day)}${
        first && first !== last
          ? `, from ${first.done} of ${first.total} on ${shortDay(first.day)}`
          : ''
      }.`
    : 'No history recorded yet: the chart fills as the backend records daily snapshots.';
  const axis = { fill: theme.palette.text.secondary, fontSize: 12 };
  // A dot marks each point of a weekly chart; on a daily one (a spec's 84
  // days) the dots would crowd into a blur, so only the lines are drawn and
  // the tooltip gives each day.
  const dots = points.length <= MAX_POINTS_WITH_DOTS;
  return (
    <figure className={classes.figure} aria-label={title}>
      <div role="img" aria-label={`${title}: ${summary}`}>
        <ResponsiveContainer width="100%" height={height}>
          <LineChart
            data={data}
            margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
          >
            <CartesianGrid
              stroke={theme.palette.divider}
              strokeDasharray="3 3"
            />
            <XAxis
              dataKey="day"
              tickFormatter={shortDay}
              tick={axis}
              stroke={theme.palette.text.secondary}
              minTickGap={16}
            />
            <YAxis
              allowDecimals={false}
              tick={axis}
              stroke={theme.palette.text.secondary}
              width={48}
              label={{
                value: 'Tasks',
                angle: -90,
                position: 'insideLeft',
                fill: theme.palette.text.secondary,
                fontSize: 12,
              }}
            />
            <Tooltip
              labelFormatter={label => shortDay(String(label))}
              contentStyle={{
                background: theme.palette.background.paper,
                border: `1px solid ${theme.palette.divider}`,
                color: theme.palette.text.primary,
              }}
            />
            <Legend wrapperStyle={{ color: theme.palette.text.primary }} />
            <Line
              type="monotone"
              dataKey="scope"
              name="Scope (all tasks)"
              stroke={theme.palette.text.secondary}
              strokeDasharray="6 4"
              strokeWidth={2}
              dot={dots ? { r: 2 } : false}
              connectNulls
              isAnimationActive={false}
            />
            <Line
              type="monotone"
              dataKey="done"
              name="Done"
              stroke={theme.palette.success.main}
              strokeWidth={3}
              dot={dots ? { r: 3 } : false}
              connectNulls
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <Typography
        component="figcaption"
        variant="body2"
        color="textSecondary"
        className={classes.caption}
      >
        {summary}
      </Typography>
    </figure>
  );
}
