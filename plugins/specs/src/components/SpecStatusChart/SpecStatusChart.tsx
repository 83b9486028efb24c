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

import { makeStyles, useTheme } from '@material-ui/core/styles';
import type { SpecStatusValue } from '@specstage/plugin-specs-common';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { specStatusLabel } from '../SpecStatusChip';

const useStyles = makeStyles({ figure: { margin: 0 } });

/** Props of {@link SpecStatusChart}. @public */
export interface SpecStatusChartProps {
  byStatus: Array<{ status: SpecStatusValue; count: number }>;
}

/**
 * Specs by status as labelled horizontal bars: the status names the bar and
 * the count is written at its end.
 *
 * @public
 */
export function SpecStatusChart(props: SpecStatusChartProps) {
  const classes = useStyles();
  const theme = useTheme();
  const data = props.byStatus.map(s => ({
    status: specStatusLabel(s.status),
    count: s.count,
  }));
  const summary = data.length
    ? data.map(d => `${d.status}: ${d.count}`).join(', ')
    : 'No specs';
  const axis = { fill: theme.palette.text.secondary, fontSize: 12 };
  return (
    <figure className={classes.figure} aria-label="Specs by status">
      <div role="img" aria-label={`Specs by status: ${summary}`}>
        <ResponsiveContainer
          width="100%"
          height={Math.max(120, data.length * 40 + 30)}
        >
          <BarChart
            data={data}
            layout="vertical"
            margin={{ top: 0, right: 40, bottom: 0, left: 8 }}
          >
            <CartesianGrid stroke={theme.palette.divider} horizontal={false} />
            <XAxis
              type="number"
              allowDecimals={false}
              tick={axis}
              stroke={theme.palette.text.secondary}
            />
            <YAxis
              type="category"
              dataKey="status"
              width={96}
              tick={axis}
              stroke={theme.palette.text.secondary}
            />
            <Tooltip
              cursor={{ fill: theme.palette.action.hover }}
              contentStyle={{
                background: theme.palette.background.paper,
                border: `1px solid ${theme.palette.divider}`,
                color: theme.palette.text.primary,
              }}
            />
            <Bar
              dataKey="count"
              name="Specs"
              fill={theme.palette.primary.main}
              isAnimationActive={false}
            >
              <LabelList
                dataKey="count"
                position="right"
                fill={theme.palette.text.primary}
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
