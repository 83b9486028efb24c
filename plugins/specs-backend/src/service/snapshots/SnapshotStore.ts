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

import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import {
  SpecProgressTotals,
  SpecSnapshot,
  SpecStatusValue,
} from '@specstage/plugin-specs-common';
import { Knex } from 'knex';

const TABLE = 'spec_snapshots';
const DAYS_TABLE = 'spec_snapshot_days';
// Rows per INSERT: well below SQLite's and PostgreSQL's bind limits (13
// columns a row).
const INSERT_BATCH = 500;

type SnapshotRow = {
  entity_ref: string;
  day: string;
  status: string;
  tasks_done: number;
  tasks_partial: number;
  tasks_total: number;
  review_checked: number;
  review_total: number;
  open_clarifications: number;
  tasks_changed_on: string;
  clarifications_open_since: string | null;
  recorded_at: number | string;
};

function toRow(snapshot: SpecSnapshot, recordedAt: number): SnapshotRow {
  return {
    entity_ref: snapshot.entityRef,
    day: snapshot.day,
    status: snapshot.status,
    tasks_done: snapshot.tasks.done,
    tasks_partial: snapshot.tasks.partial,
    tasks_total: snapshot.tasks.total,
    review_checked: snapshot.review.checked,
    review_total: snapshot.review.total,
    open_clarifications: snapshot.openClarifications,
    tasks_changed_on: snapshot.tasksChangedOn,
    clarifications_open_since: snapshot.clarificationsOpenSince ?? null,
    recorded_at: recordedAt,
  };
}

function fromRow(row: SnapshotRow): SpecSnapshot {
  const snapshot: SpecSnapshot = {
    entityRef: row.entity_ref,
    day: row.day,
    status: row.status as SpecStatusValue,
    tasks: {
      done: Number(row.tasks_done),
      partial: Number(row.tasks_partial),
      total: Number(row.tasks_total),
    },
    review: {
      checked: Number(row.review_checked),
      total: Number(row.review_total),
    },
    openClarifications: Number(row.open_clarifications),
    tasksChangedOn: row.tasks_changed_on,
  };
  if (row.clarifications_open_since) {
    snapshot.clarificationsOpenSince = row.clarifications_open_since;
  }
  return snapshot;
}

/**
 * The snapshot table of the specs backend: one row per spec and day.
 *
 * @remarks
 * Lists of entity refs (a caller's visible specs: up to tens of thousands)
 * are passed as one JSON or array parameter and joined, never as one bind
 * parameter each, which would hit the engines' limits and plan poorly.
 */
export class SnapshotStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<SnapshotStore> {
    const knex = await options.database.getClient();
    if (!options.database.migrations?.skip) {
      await SnapshotStore.migrate(knex);
    }
    return new SnapshotStore(knex);
  }

  static async migrate(knex: Knex): Promise<void> {
    await knex.migrate.latest({
      directory: resolvePackagePath(
        '@specstage/plugin-specs-backend',
        'migrations',
      ),
    });
  }

  readonly #knex: Knex;
  readonly #postgres: boolean;

  constructor(knex: Knex) {
    this.#knex = knex;
    this.#postgres = String(knex.client.config.client).includes('pg');
  }

  /** A one-column relation `refs(ref)` of the given entity refs. */
  #refs(refs: string[]): Knex.Raw {
    return this.#postgres
      ? this.#knex.raw('(select unnest(?::text[]) as ref) as refs', [refs])
      : this.#knex.raw('(select value as ref from json_each(?)) as refs', [
          JSON.stringify(refs),
        ]);
  }

  /** Writes snapshots, replacing those of the same spec and day. */
  async upsert(snapshots: SpecSnapshot[], recordedAt: number): Promise<void> {
    if (snapshots.length === 0) return;
    const rows = snapshots.map(s => toRow(s, recordedAt));
    const days = [...new Set(snapshots.map(s => s.day))].map(day => ({
      day,
      recorded_at: recordedAt,
    }));
    await this.#knex.transaction(async tx => {
      for (let i = 0; i < rows.length; i += INSERT_BATCH) {
        await tx(TABLE)
          .insert(rows.slice(i, i + INSERT_BATCH))
          .onConflict(['entity_ref', 'day'])
          .merge();
      }
      await tx(DAYS_TABLE).insert(days).onConflict('day').merge();
    });
  }

  /**
   * The latest snapshot of each spec: of any day, of a day `before` the
   * given one, or of a day `onOrBefore` it.
   */
  async latest(
    refs: string[],
    options: { before?: string; onOrBefore?: string } = {},
  ): Promise<Map<string, SpecSnapshot>> {
    const result = new Map<string, SpecSnapshot>();
    if (refs.length === 0) return result;
    const knex = this.#knex;
    const rows: SnapshotRow[] = await knex
      .select('s.*')
      .from(this.#refs(refs))
      .join(`${TABLE} as s`, function on() {
        this.on('s.entity_ref', '=', 'refs.ref').andOn(
          's.day',
          '=',
          knex.raw('(?)', [
            knex(`${TABLE} as t`)
              .max('t.day')
              .whereRaw('t.entity_ref = refs.ref')
              .modify(q => {
                if (options.before) q.where('t.day', '<', options.before);
                if (options.onOrBefore) {
                  q.where('t.day', '<=', options.onOrBefore);
                }
              }),
          ]),
        );
      });
    for (const row of rows) {
      result.set(row.entity_ref, fromRow(row));
    }
    return result;
  }

  /** The snapshots of some specs from `from` on, oldest first. */
  async history(refs: string[], from: string): Promise<SpecSnapshot[]> {
    if (refs.length === 0) return [];
    const rows: SnapshotRow[] = await this.#knex
      .select('s.*')
      .from(this.#refs(refs))
      .join(`${TABLE} as s`, 's.entity_ref', 'refs.ref')
      .where('s.day', '>=', from)
      .orderBy([
        { column: 's.entity_ref', order: 'asc' },
        { column: 's.day', order: 'asc' },
      ]);
    return rows.map(fromRow);
  }

  /** The recorded days between `from` and `to`, oldest first. */
  async days(from: string, to: string): Promise<string[]> {
    const rows: Array<{ day: string }> = await this.#knex(DAYS_TABLE)
      .select('day')
      .whereBetween('day', [from, to])
      .orderBy('day', 'asc');
    return rows.map(r => r.day);
  }

  /** Task totals of the given specs on each of the given days. */
  async totals(refs: string[], days: string[]): Promise<SpecProgressTotals[]> {
    if (refs.length === 0 || days.length === 0) return [];
    const rows: Array<Record<string, string | number>> = await this.#knex
      .select('s.day')
      .count({ specs: '*' })
      .sum({
        done: 's.tasks_done',
        partial: 's.tasks_partial',
        total: 's.tasks_total',
      })
      .from(this.#refs(refs))
      .join(`${TABLE} as s`, 's.entity_ref', 'refs.ref')
      .whereIn('s.day', days)
      .groupBy('s.day')
      .orderBy('s.day', 'asc');
    return rows.map(row => ({
      day: String(row.day),
      specs: Number(row.specs),
      done: Number(row.done ?? 0),
      partial: Number(row.partial ?? 0),
      total: Number(row.total ?? 0),
    }));
  }

  /** Deletes the snapshots of days before `day`; returns how many. */
  async prune(day: string): Promise<number> {
    return this.#knex.transaction(async tx => {
      const deleted = await tx(TABLE).where('day', '<', day).delete();
      await tx(DAYS_TABLE).where('day', '<', day).delete();
      return deleted;
    });
  }
}
