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

import { addDays, daysBetween, isSpecDay, specDay } from './specDay';
import { deriveSpecSnapshot } from './deriveSpecSnapshot';
import { burnUpSeries } from './burnUpSeries';
import { SpecSnapshotInput } from './SpecSnapshot';

const input = (
  day: string,
  done: number,
  openClarifications = 0,
  partial = 0,
  total = 10,
): SpecSnapshotInput => ({
  entityRef: 'spec:default/a',
  day,
  status: 'in-progress',
  tasks: { done, partial, total },
  review: { checked: 1, total: 4 },
  openClarifications,
});

describe('spec days', () => {
  it('are UTC calendar days', () => {
    expect(specDay(new Date('2026-12-01T23:59:59.999Z'))).toBe('2026-12-01');
    expect(specDay(new Date('2026-12-02T00:00:00+02:00'))).toBe('2026-12-01');
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-10-25', '2026-11-02')).toBe(8);
    expect(daysBetween('2026-11-02', '2026-10-25')).toBe(-8);
  });

  it('validates days', () => {
    expect(isSpecDay('2026-12-01')).toBe(true);
    expect(isSpecDay('2026-02-30')).toBe(false);
    expect(isSpecDay('2026-12-01T00:00:00Z')).toBe(false);
    expect(isSpecDay(20261201)).toBe(false);
  });
});

describe('deriveSpecSnapshot', () => {
  it('starts both clocks on the first recorded day', () => {
    expect(deriveSpecSnapshot(input('2026-11-01', 2, 1))).toEqual({
      ...input('2026-11-01', 2, 1),
      tasksChangedOn: '2026-11-01',
      clarificationsOpenSince: '2026-11-01',
    });
    expect(
      deriveSpecSnapshot(input('2026-11-01', 2)).clarificationsOpenSince,
    ).toBeUndefined();
  });

  it('carries the days over while nothing is ticked and questions stay open', () => {
    let snapshot = deriveSpecSnapshot(input('2026-11-01', 2, 1));
    snapshot = deriveSpecSnapshot(input('2026-11-02', 2, 2), snapshot);
    // New tasks are scope, not progress.
    snapshot = deriveSpecSnapshot(input('2026-11-05', 2, 2, 0, 14), snapshot);
    expect(snapshot.tasksChangedOn).toBe('2026-11-01');
    expect(snapshot.clarificationsOpenSince).toBe('2026-11-01');

    snapshot = deriveSpecSnapshot(input('2026-11-06', 3, 0), snapshot);
    expect(snapshot.tasksChangedOn).toBe('2026-11-06');
    expect(snapshot.clarificationsOpenSince).toBeUndefined();
    // A partly done task is progress too; a new question starts a new clock.
    snapshot = deriveSpecSnapshot(input('2026-11-07', 3, 1, 1), snapshot);
    expect(snapshot.tasksChangedOn).toBe('2026-11-07');
    expect(snapshot.clarificationsOpenSince).toBe('2026-11-07');
  });

  it('ignores a "previous" snapshot that is not earlier', () => {
    const later = deriveSpecSnapshot(input('2026-11-09', 3));
    expect(deriveSpecSnapshot(input('2026-11-09', 3), later)).toEqual({
      ...input('2026-11-09', 3),
      tasksChangedOn: '2026-11-09',
    });
  });
});

describe('burnUpSeries', () => {
  const totals = (day: string, done: number, total: number) => ({
    day,
    specs: 2,
    done,
    partial: 0,
    total,
  });

  it('samples weekly points ending on the last day, carrying gaps forward', () => {
    const points = burnUpSeries(
      [
        totals('2026-11-20', 9, 20),
        totals('2026-11-06', 3, 12),
        totals('2026-11-10', 5, 15),
      ],
      { to: '2026-11-24', points: 4, stepDays: 7 },
    );
    expect(points).toEqual([
      {
        day: '2026-11-03',
        specs: 0,
        done: 0,
        partial: 0,
        total: 0,
        recorded: false,
      },
      { ...totals('2026-11-10', 5, 15), recorded: true },
      { ...totals('2026-11-17', 5, 15), recorded: true },
      { ...totals('2026-11-24', 9, 20), recorded: true },
    ]);
  });

  it('draws daily points', () => {
    const points = burnUpSeries([totals('2026-11-02', 1, 3)], {
      to: '2026-11-03',
      points: 3,
      stepDays: 1,
    });
    expect(points.map(p => [p.day, p.recorded, p.done])).toEqual([
      ['2026-11-01', false, 0],
      ['2026-11-02', true, 1],
      ['2026-11-03', true, 1],
    ]);
  });
});
