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

import { addDays } from './specDay';

/**
 * Task totals of a set of specs on one day.
 *
 * @public
 */
export type SpecProgressTotals = {
  day: string;
  /** How many specs the totals add up. */
  specs: number;
  done: number;
  partial: number;
  total: number;
};

/**
 * A point of a burn-up chart; `recorded` is false before the first day with
 * a snapshot (the counts are zeros then and should not be drawn).
 *
 * @public
 */
export type SpecBurnUpPoint = SpecProgressTotals & { recorded: boolean };

/**
 * Options of {@link burnUpSeries}.
 *
 * @public
 */
export interface BurnUpSeriesOptions {
  /** The last day of the chart, usually today. */
  to: string;
  /** How many points, the last one on `to`. */
  points: number;
  /** Days between two points: 7 for a weekly chart, 1 for a daily one. */
  stepDays: number;
}

/**
 * Samples daily totals into the evenly spaced points of a burn-up chart.
 * A point without totals of its own day takes the latest earlier totals
 * (the backend may have been down that day).
 *
 * @param daily - totals per day, in any order
 * @public
 */
export function burnUpSeries(
  daily: SpecProgressTotals[],
  options: BurnUpSeriesOptions,
): SpecBurnUpPoint[] {
  const sorted = [...daily].sort((a, b) => (a.day < b.day ? -1 : 1));
  const count = Math.max(1, Math.floor(options.points));
  const step = Math.max(1, Math.floor(options.stepDays));
  const points: SpecBurnUpPoint[] = [];
  let index = 0;
  let latest: SpecProgressTotals | undefined;
  for (let i = count - 1; i >= 0; i--) {
    const day = addDays(options.to, -i * step);
    while (index < sorted.length && sorted[index].day <= day) {
      latest = sorted[index];
      index++;
    }
    points.push(
      latest
        ? { ...latest, day, recorded: true }
        : { day, specs: 0, done: 0, partial: 0, total: 0, recorded: false },
    );
  }
  return points;
}
