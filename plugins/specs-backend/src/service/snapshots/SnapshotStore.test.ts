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

import { TestDatabases } from '@backstage/backend-test-utils';
import { SpecSnapshot } from '@specstage/plugin-specs-common';
import { Knex } from 'knex';
import { SnapshotStore } from './SnapshotStore';

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

function snapshot(
  entityRef: string,
  day: string,
  done: number,
  total = 10,
): SpecSnapshot {
  return {
    entityRef,
    day,
    status: 'in-progress',
    tasks: { done, partial: 1, total },
    review: { checked: 2, total: 4 },
    openClarifications: 1,
    tasksChangedOn: day,
    clarificationsOpenSince: '2026-10-01',
  };
}

async function tables(knex: Knex): Promise<string[]> {
  const names = [];
  for (const table of ['spec_snapshots', 'spec_snapshot_days']) {
    if (await knex.schema.hasTable(table)) names.push(table);
  }
  return names;
}

describe.each(databases.eachSupportedId())('SnapshotStore on %p', id => {
  let knex: Knex;
  let store: SnapshotStore;

  beforeEach(async () => {
    knex = await databases.init(id);
    await SnapshotStore.migrate(knex);
    store = new SnapshotStore(knex);
  });

  it('migrates up and down', async () => {
    expect(await tables(knex)).toEqual([
      'spec_snapshots',
      'spec_snapshot_days',
    ]);
    await knex.migrate.rollback(
      { directory: `${__dirname}/../../../migrations` },
      true,
    );
    expect(await tables(knex)).toEqual([]);
    await SnapshotStore.migrate(knex);
    expect(await tables(knex)).toEqual([
      'spec_snapshots',
      'spec_snapshot_days',
    ]);
  });

  it('keeps one row per spec and day, the last one written', async () => {
    await store.upsert([snapshot('spec:default/a', '2026-11-01', 1)], 1);
    await store.upsert([snapshot('spec:default/a', '2026-11-01', 3)], 2);
    await store.upsert([snapshot('spec:default/a', '2026-11-02', 4)], 3);
    const rows = await store.history(['spec:default/a'], '2026-01-01');
    expect(rows.map(r => [r.day, r.tasks.done])).toEqual([
      ['2026-11-01', 3],
      ['2026-11-02', 4],
    ]);
    expect(rows[0]).toEqual(snapshot('spec:default/a', '2026-11-01', 3));
  });

  it('finds the latest snapshot of each spec, before or on a day', async () => {
    await store.upsert(
      [
        snapshot('spec:default/a', '2026-11-01', 1),
        snapshot('spec:default/a', '2026-11-03', 2),
        snapshot('spec:default/b', '2026-11-02', 5),
        snapshot('spec:default/c', '2026-11-03', 7),
      ],
      1,
    );
    const refs = [
      'spec:default/a',
      'spec:default/b',
      'spec:default/c',
      'spec:default/none',
    ];
    const pick = (m: Map<string, SpecSnapshot>) =>
      Object.fromEntries([...m].map(([ref, s]) => [ref, s.day]));
    expect(pick(await store.latest(refs))).toEqual({
      'spec:default/a': '2026-11-03',
      'spec:default/b': '2026-11-02',
      'spec:default/c': '2026-11-03',
    });
    expect(pick(await store.latest(refs, { before: '2026-11-03' }))).toEqual({
      'spec:default/a': '2026-11-01',
      'spec:default/b': '2026-11-02',
    });
    expect(
      pick(await store.latest(refs, { onOrBefore: '2026-11-02' })),
    ).toEqual({
      'spec:default/a': '2026-11-01',
      'spec:default/b': '2026-11-02',
    });
    expect(await store.latest([])).toEqual(new Map());
  });

  it('adds up the task totals of the given specs only', async () => {
    await store.upsert(
      [
        snapshot('spec:default/a', '2026-11-01', 1, 10),
        snapshot('spec:default/b', '2026-11-01', 2, 20),
        snapshot('spec:default/secret', '2026-11-01', 100, 100),
        snapshot('spec:default/a', '2026-11-08', 4, 12),
      ],
      1,
    );
    expect(
      await store.totals(
        ['spec:default/a', 'spec:default/b'],
        ['2026-11-01', '2026-11-08', '2026-11-15'],
      ),
    ).toEqual([
      { day: '2026-11-01', specs: 2, done: 3, partial: 2, total: 30 },
      { day: '2026-11-08', specs: 1, done: 4, partial: 1, total: 12 },
    ]);
    expect(await store.days('2026-11-02', '2026-12-31')).toEqual([
      '2026-11-08',
    ]);
  });

  it('takes tens of thousands of refs in one query', async () => {
    const refs = Array.from({ length: 40_000 }, (_, i) => `spec:default/s${i}`);
    await store.upsert(
      refs.slice(0, 1200).map(ref => snapshot(ref, '2026-11-01', 1)),
      1,
    );
    const [totals] = await store.totals(refs, ['2026-11-01']);
    expect(totals.specs).toBe(1200);
    expect((await store.latest(refs)).size).toBe(1200);
  });

  it('prunes days before the cutoff, whoever the spec was', async () => {
    await store.upsert(
      [
        snapshot('spec:default/removed', '2026-01-10', 1),
        snapshot('spec:default/removed', '2026-03-01', 1),
        snapshot('spec:default/a', '2026-03-02', 1),
      ],
      1,
    );
    expect(await store.prune('2026-03-01')).toBe(1);
    const rows = await store.history(
      ['spec:default/removed', 'spec:default/a'],
      '2000-01-01',
    );
    expect(rows.map(r => [r.entityRef, r.day])).toEqual([
      ['spec:default/a', '2026-03-02'],
      ['spec:default/removed', '2026-03-01'],
    ]);
    expect(await store.days('2000-01-01', '2026-12-31')).toEqual([
      '2026-03-01',
      '2026-03-02',
    ]);
  });

  it('keeps the history across a restart (a new store on the same database)', async () => {
    await store.upsert([snapshot('spec:default/a', '2026-11-01', 3)], 1);
    await SnapshotStore.migrate(knex);
    const restarted = new SnapshotStore(knex);
    expect(
      (await restarted.history(['spec:default/a'], '2026-01-01')).length,
    ).toBe(1);
  });
});
