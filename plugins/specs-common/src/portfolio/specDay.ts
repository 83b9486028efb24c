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

/**
 * Calendar days of the spec history, as ISO dates (`YYYY-MM-DD`) in UTC.
 *
 * @remarks
 * Days are strings rather than `Date`s so that the same value sorts, compares
 * and stores alike in SQLite, PostgreSQL, JSON and the browser, whatever the
 * time zone of the machine.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The UTC calendar day of a point in time, e.g. `2026-12-01`.
 *
 * @public
 */
export function specDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * True for a well-formed ISO day that exists in the calendar.
 *
 * @public
 */
export function isSpecDay(value: unknown): value is string {
  if (typeof value !== 'string' || !DAY_PATTERN.test(value)) {
    return false;
  }
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && specDay(date) === value;
}

/**
 * The day `days` days after `day` (before it for a negative number).
 *
 * @public
 */
export function addDays(day: string, days: number): string {
  return specDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

/**
 * Whole days from `from` to `to`; negative when `to` is earlier.
 *
 * @public
 */
export function daysBetween(from: string, to: string): number {
  return Math.round(
    (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS,
  );
}
