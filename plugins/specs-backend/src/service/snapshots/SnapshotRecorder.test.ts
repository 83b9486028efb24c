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

import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { SnapshotRecorder } from './SnapshotRecorder';
import { SnapshotStore } from './SnapshotStore';

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

function spec(name: string, done: number, open = 0): Entity {
  return {
    apiVersion: 'specstage.io/v1alpha1',
    kind: 'Spec',
    metadata: { name, namespace: 'default' },
    spec: {
      status: { value: 'in-progress', stale: false },
      counts: {
        userStories: 1,
        requirements: 1,
        successCriteria: 1,
        tasks: { done, partial: 0, total: 10 },
        review: { checked: 1, total: 2 },
        openClarifications: open,
      },
    },
  };
}

describe.each(databases.eachSupportedId())('SnapshotRecorder on %p', id => {
  it('records the catalog once per day, keeps a removed spec until the retention ends', async () => {
    const knex = await databases.init(id);
    await SnapshotStore.migrate(knex);
    const store = new SnapshotStore(knex);
    let entities = [spec('a', 1, 2), spec('b', 5)];
    const catalog = catalogServiceMock.mock({
      queryEntities: async () => ({
        items: entities,
        totalItems: entities.length,
        pageInfo: {},
      }),
    });
    const recorder = new SnapshotRecorder({
      store,
      catalog,
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      retentionDays: 30,
    });
    const history = () =>
      store
        .history(['spec:default/a', 'spec:default/b'], '2000-01-01')
        .then(rows =>
          rows.map(r => [
            r.entityRef.slice(13),
            r.day,
            r.tasks.done,
            r.tasksChangedOn,
            r.clarificationsOpenSince,
          ]),
        );

    await recorder.recordCatalog(new Date('2026-11-01T08:00:00Z'));
    entities = [spec('a', 2, 2), spec('b', 5)];
    // Later the same day: replaces the morning's row.
    await recorder.recordCatalog(new Date('2026-11-01T22:00:00Z'));
    // b is removed from the catalog.
    entities = [spec('a', 2, 0)];
    await recorder.recordCatalog(new Date('2026-11-20T08:00:00Z'));
    expect(await history()).toEqual([
      ['a', '2026-11-01', 2, '2026-11-01', '2026-11-01'],
      ['a', '2026-11-20', 2, '2026-11-01', undefined],
      ['b', '2026-11-01', 5, '2026-11-01', undefined],
    ]);

    // 30 days of retention: on Dec 5 the rows of Nov 1 go, b's with them.
    await recorder.recordCatalog(new Date('2026-12-05T08:00:00Z'));
    expect(await history()).toEqual([
      ['a', '2026-11-20', 2, '2026-11-01', undefined],
      ['a', '2026-12-05', 2, '2026-11-01', undefined],
    ]);
  });

  it('derives later days again after an import of earlier ones', async () => {
    const knex = await databases.init(id);
    await SnapshotStore.migrate(knex);
    const store = new SnapshotStore(knex);
    const recorder = new SnapshotRecorder({
      store,
      catalog: catalogServiceMock(),
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      retentionDays: 400,
    });
    const input = (day: string, done: number) => ({
      entityRef: 'spec:default/a',
      day,
      status: 'in-progress' as const,
      tasks: { done, partial: 0, total: 10 },
      review: { checked: 0, total: 0 },
      openClarifications: 0,
    });
    const at = new Date('2026-12-01T00:00:00Z');
    await recorder.record([input('2026-11-20', 4)], at);
    await recorder.record([input('2026-11-10', 4), input('2026-11-01', 1)], at);
    const rows = await store.history(['spec:default/a'], '2000-01-01');
    expect(rows.map(r => [r.day, r.tasksChangedOn])).toEqual([
      ['2026-11-01', '2026-11-01'],
      ['2026-11-10', '2026-11-10'],
      ['2026-11-20', '2026-11-10'],
    ]);
  });
});
