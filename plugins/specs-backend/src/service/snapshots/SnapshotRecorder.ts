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
  AuthService,
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  addDays,
  deriveSpecSnapshot,
  isSpecEntity,
  specDay,
  SpecSnapshot,
  SpecSnapshotInput,
  specSnapshotInput,
} from '@specstage/plugin-specs-common';
import { SnapshotStore } from './SnapshotStore';

const PAGE_SIZE = 1000;

/** The catalog fields a snapshot reads. */
const SNAPSHOT_FIELDS = [
  'kind',
  'apiVersion',
  'metadata.name',
  'metadata.namespace',
  'spec.status',
  'spec.counts',
];

/**
 * Every Spec entity that the credentials may read, page by page.
 *
 * @remarks
 * Paged so that a catalog of tens of thousands of specs is never one
 * response.
 */
export async function listSpecEntities(
  catalog: CatalogService,
  credentials: BackstageCredentials,
  options: { filter?: Record<string, string | string[]>; fields: string[] },
): Promise<Entity[]> {
  const entities: Entity[] = [];
  let cursor: string | undefined;
  do {
    const response = cursor
      ? await catalog.queryEntities(
          { cursor, limit: PAGE_SIZE, fields: options.fields },
          { credentials },
        )
      : await catalog.queryEntities(
          {
            filter: { kind: 'spec', ...options.filter },
            limit: PAGE_SIZE,
            fields: options.fields,
            orderFields: { field: 'metadata.name', order: 'asc' },
          },
          { credentials },
        );
    entities.push(...response.items);
    cursor = response.pageInfo.nextCursor;
  } while (cursor);
  return entities;
}

/** What one recording wrote. */
export interface RecordSummary {
  snapshots: number;
  days: string[];
  pruned: number;
}

/**
 * Records snapshots: the scheduled task (all specs, today) and imports
 * (`POST /v1/history`) take this one path, so both derive the carried-over
 * days the same way.
 */
export class SnapshotRecorder {
  readonly #store: SnapshotStore;
  readonly #catalog: CatalogService;
  readonly #auth: AuthService;
  readonly #logger: LoggerService;
  readonly #retentionDays: number;

  constructor(options: {
    store: SnapshotStore;
    catalog: CatalogService;
    auth: AuthService;
    logger: LoggerService;
    retentionDays: number;
  }) {
    this.#store = options.store;
    this.#catalog = options.catalog;
    this.#auth = options.auth;
    this.#logger = options.logger;
    this.#retentionDays = options.retentionDays;
  }

  /**
   * Snapshots every Spec entity of the catalog for the day of `at`, then
   * drops what is older than the retention period.
   */
  async recordCatalog(at: Date = new Date()): Promise<RecordSummary> {
    const credentials = await this.#auth.getOwnServiceCredentials();
    const entities = await listSpecEntities(this.#catalog, credentials, {
      fields: SNAPSHOT_FIELDS,
    });
    const day = specDay(at);
    const inputs = entities
      .filter(isSpecEntity)
      .map(entity => specSnapshotInput(entity, day));
    const summary = await this.record(inputs, at);
    this.#logger.info(
      `Recorded ${summary.snapshots} spec snapshots for ${day}${
        summary.pruned
          ? `, pruned ${summary.pruned} older than the retention`
          : ''
      }`,
    );
    return summary;
  }

  /**
   * Writes snapshots, oldest day first, each derived from the spec's
   * previous snapshot; later snapshots of the same specs (an import of past
   * days) are derived again so that their carried-over days stay true.
   */
  async record(
    inputs: SpecSnapshotInput[],
    at: Date = new Date(),
  ): Promise<RecordSummary> {
    const byDay = new Map<string, SpecSnapshotInput[]>();
    for (const input of inputs) {
      byDay.set(input.day, [...(byDay.get(input.day) ?? []), input]);
    }
    const days = [...byDay.keys()].sort();
    for (const day of days) {
      // The last input of a spec wins, like the last recording of a day.
      const latest = new Map(byDay.get(day)!.map(i => [i.entityRef, i]));
      const refs = [...latest.keys()];
      const previous = await this.#store.latest(refs, { before: day });
      const snapshots = [...latest.values()].map(input =>
        deriveSpecSnapshot(input, previous.get(input.entityRef)),
      );
      await this.#store.upsert(snapshots, at.getTime());
    }
    if (days.length) {
      await this.#rederiveAfter(
        [...new Set(inputs.map(i => i.entityRef))],
        days[0],
        at,
      );
    }
    const cutoff = addDays(specDay(at), -this.#retentionDays);
    const pruned = await this.#store.prune(cutoff);
    return { snapshots: inputs.length, days, pruned };
  }

  async #rederiveAfter(refs: string[], from: string, at: Date) {
    const later = await this.#store.days(addDays(from, 1), '9999-12-31');
    if (later.length === 0) return;
    const rows = await this.#store.history(refs, from);
    const changed: SpecSnapshot[] = [];
    let previous: SpecSnapshot | undefined;
    for (const row of rows) {
      if (previous?.entityRef !== row.entityRef) {
        previous = row;
        continue;
      }
      const {
        tasksChangedOn: _tasksChangedOn,
        clarificationsOpenSince: _openSince,
        ...input
      } = row;
      const derived = deriveSpecSnapshot(input, previous);
      if (
        derived.tasksChangedOn !== row.tasksChangedOn ||
        derived.clarificationsOpenSince !== row.clarificationsOpenSince
      ) {
        changed.push(derived);
      }
      previous = derived;
    }
    await this.#store.upsert(changed, at.getTime());
  }
}
