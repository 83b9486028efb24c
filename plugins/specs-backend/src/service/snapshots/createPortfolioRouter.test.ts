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

import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { InMemoryCatalogClient } from '@backstage/catalog-client/testUtils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  addDays,
  daysBetween,
  SpecAttentionResponse,
  specDay,
  SpecHistoryResponse,
  SpecPortfolioResponse,
} from '@specstage/plugin-specs-common';
import { Server } from 'node:http';
import request from 'supertest';
import { specsPlugin } from '../../plugin';

const ALICE = 'user:default/alice';
const BOB = 'user:default/bob';
const CAROL = 'user:default/carol';
const SOURCE = 'specstage:url:https://example.com/specs/';

function spec(
  name: string,
  options: {
    specId: string;
    status: string;
    owner: string;
    specifies?: string[];
    tasks: [number, number];
    stale?: string;
    review?: Array<{ persona: string; checked: number; total: number }>;
    openClarifications?: number;
  },
): Entity {
  return {
    apiVersion: 'specstage.io/v1alpha1',
    kind: 'Spec',
    metadata: {
      name,
      namespace: 'default',
      title: `Spec ${name}`,
      annotations: {
        'backstage.io/managed-by-location': SOURCE,
        'backstage.io/edit-url': `https://example.com/edit/${name}.md`,
      },
    },
    spec: {
      specId: options.specId,
      status: {
        value: options.status,
        stale: !!options.stale,
        ...(options.stale ? { staleReason: options.stale } : {}),
      },
      counts: {
        userStories: 0,
        requirements: 0,
        successCriteria: 0,
        tasks: { done: options.tasks[0], partial: 0, total: options.tasks[1] },
        review: { checked: 0, total: 0 },
        openClarifications: options.openClarifications ?? 0,
      },
      review: options.review ?? [],
      components: [],
      files: [],
    },
    relations: [
      { type: 'ownedBy', targetRef: options.owner },
      ...(options.specifies ?? []).map(targetRef => ({
        type: 'specifies',
        targetRef,
      })),
    ],
  };
}

const ENTITIES: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'gateway', namespace: 'default' },
    spec: { system: 'edge' },
    relations: [{ type: 'partOf', targetRef: 'system:default/edge' }],
  },
  spec('alpha', {
    specId: 'SPEC-0001',
    status: 'in-progress',
    owner: 'group:default/platform',
    specifies: ['component:default/gateway'],
    tasks: [6, 13],
    review: [
      { persona: 'SRE', checked: 1, total: 5 },
      { persona: 'PM', checked: 5, total: 5 },
    ],
  }),
  spec('beta', {
    specId: 'SPEC-0002',
    status: 'in-review',
    owner: 'group:default/platform',
    tasks: [4, 4],
    stale: 'All 4 tasks are done but the status is "In Review"',
  }),
  spec('secret', {
    specId: 'SPEC-0003',
    status: 'in-progress',
    owner: 'group:default/security',
    specifies: ['component:default/gateway'],
    tasks: [50, 100],
    openClarifications: 3,
  }),
  spec('gamma', {
    specId: 'SPEC-0002',
    status: 'approved',
    owner: 'group:default/security',
    specifies: ['system:default/edge'],
    tasks: [0, 8],
  }),
];

// Only alice may read spec:default/secret. The real catalog applies
// permission rules the same way: the entity is simply not there for others.
function visibleTo(credentials: BackstageCredentials): InMemoryCatalogClient {
  const principal = credentials.principal as { userEntityRef?: string };
  const service =
    (credentials.principal as { type?: string }).type === 'service';
  return new InMemoryCatalogClient({
    entities: ENTITIES.filter(
      e =>
        e.metadata.name !== 'secret' ||
        service ||
        principal.userEntityRef === ALICE,
    ),
  });
}

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe.each(databases.eachSupportedId())('portfolio routes on %p', id => {
  let server: Server;
  let today: string;

  const as = (user: string) => ({
    Authorization: mockCredentials.user.header(user),
  });

  beforeAll(async () => {
    const knex = await databases.init(id);
    const catalog = catalogServiceMock.mock({
      queryEntities: async (req, opts) =>
        visibleTo(
          (opts as { credentials: BackstageCredentials }).credentials,
        ).queryEntities(req),
      getEntitiesByRefs: async (req, opts) =>
        visibleTo(
          (opts as { credentials: BackstageCredentials }).credentials,
        ).getEntitiesByRefs(req),
      getEntityByRef: async (ref, opts) =>
        visibleTo(
          (opts as { credentials: BackstageCredentials }).credentials,
        ).getEntityByRef(ref),
    });
    const backend = await startTestBackend({
      features: [
        specsPlugin,
        catalog.factory,
        mockServices.database.factory({ knex }),
        mockServices.permissions.mock({
          authorize: async (requests, { credentials }) => {
            const user = (credentials.principal as { userEntityRef?: string })
              .userEntityRef;
            return requests.map(() => ({
              result:
                user === CAROL ? AuthorizeResult.DENY : AuthorizeResult.ALLOW,
            }));
          },
        }).factory,
        mockServices.rootConfig.factory({
          data: { specs: { history: { enabled: false } } },
        }),
      ],
    });
    server = backend.server;
    today = specDay(new Date());

    // Eight weeks of history, imported the way an adopter backfills it.
    const history = [];
    for (let week = 8; week >= 0; week--) {
      const day = addDays(today, -7 * week);
      // 0, 1, … 6 tasks done, then nothing ticked for two weeks.
      const done = Math.min(6, 8 - week);
      for (const [name, tasks] of [
        ['alpha', { done, partial: 0, total: 13 }],
        ['secret', { done: 50, partial: 0, total: 100 }],
      ] as const) {
        history.push({
          entityRef: `spec:default/${name}`,
          day,
          status: 'in-progress',
          tasks,
          review: { checked: 0, total: 0 },
          openClarifications: name === 'secret' ? 3 : 0,
        });
      }
    }
    const res = await request(server)
      .post('/api/specs/v1/history')
      .set(as(ALICE))
      .send({ snapshots: history });
    if (res.status !== 201) {
      throw new Error(`history import: ${res.status} ${res.text}`);
    }
  });

  it('gives bob, who may not read one spec, totals without it', async () => {
    const res = await request(server)
      .get('/api/specs/v1/portfolio')
      .set(as(BOB));
    expect(res.status).toBe(200);
    const body = res.body as SpecPortfolioResponse;
    expect(body.totals).toEqual({
      specs: 3,
      inProgress: 1,
      tasks: { done: 10, partial: 0, total: 25 },
      openClarifications: 0,
    });
    expect(body.byStatus).toEqual([
      { status: 'approved', count: 1 },
      { status: 'in-progress', count: 1 },
      { status: 'in-review', count: 1 },
    ]);
    const last = body.burnUp.points[body.burnUp.points.length - 1];
    expect(last).toEqual({
      day: today,
      specs: 1,
      done: 6,
      partial: 0,
      total: 13,
      recorded: true,
    });
    expect(body.rollups.byOwner.map(r => [r.key, r.specs])).toEqual([
      ['group:default/platform', 2],
      ['group:default/security', 1],
    ]);
    const refs = JSON.stringify(body);
    expect(refs).not.toContain('secret');
    expect(refs).not.toContain('SPEC-0003');
  });

  it('gives alice, who may, the same portfolio with it', async () => {
    const res = await request(server)
      .get('/api/specs/v1/portfolio')
      .set(as(ALICE));
    const body = res.body as SpecPortfolioResponse;
    expect(body.totals.specs).toBe(4);
    expect(body.totals.tasks).toEqual({ done: 60, partial: 0, total: 125 });
    expect(body.burnUp.points[body.burnUp.points.length - 1].done).toBe(56);
    expect(body.rollups.bySystem).toEqual([
      expect.objectContaining({ key: 'system:default/edge', specs: 3 }),
      expect.objectContaining({ key: '', specs: 1 }),
    ]);
  });

  it('ranks the specs that need attention, with reasons and where to fix them', async () => {
    const res = await request(server)
      .get('/api/specs/v1/attention')
      .set(as(BOB));
    const body = res.body as SpecAttentionResponse;
    expect(body.total).toBe(3);
    expect(
      body.items.map(i => [i.entityRef, i.reasons.map(r => r.kind)]),
    ).toEqual([
      ['spec:default/beta', ['stale-status', 'duplicate-id', 'no-component']],
      ['spec:default/alpha', ['no-progress', 'review-behind']],
      ['spec:default/gamma', ['duplicate-id']],
    ]);
    const [beta, alpha] = body.items;
    expect(beta.reasons[0].message).toBe(
      'All 4 tasks are done but the status is "In Review"',
    );
    expect(beta.editUrl).toBe('https://example.com/edit/beta.md');
    // The last tick of alpha was two weeks ago.
    const days = daysBetween(addDays(today, -14), body.today);
    expect(alpha.reasons[0].message).toBe(
      `In progress, but no task ticked for ${days} days (6 of 13 done)`,
    );
  });

  it('narrows to an owner, a system or one spec', async () => {
    const names = async (query: string) => {
      const res = await request(server)
        .get(`/api/specs/v1/portfolio?${query}`)
        .set(as(ALICE));
      expect(res.status).toBe(200);
      return (res.body as SpecPortfolioResponse).totals.specs;
    };
    expect(await names('owner=group:default/security')).toBe(2);
    expect(await names('owner=platform&owner=security')).toBe(4);
    expect(await names('system=system:default/edge')).toBe(3);
    expect(await names('component=component:default/gateway')).toBe(2);
    expect(await names('spec=spec:default/alpha')).toBe(1);
    const bad = await request(server)
      .get('/api/specs/v1/portfolio?weeks=0')
      .set(as(ALICE));
    expect(bad.status).toBe(400);
  });

  it('serves the history of a spec only to who may read it', async () => {
    const denied = await request(server)
      .get('/api/specs/v1/entities/default/secret/history')
      .set(as(BOB));
    expect(denied.status).toBe(404);
    const res = await request(server)
      .get('/api/specs/v1/entities/default/alpha/history?days=20')
      .set(as(BOB));
    const body = res.body as SpecHistoryResponse;
    expect(body.snapshots.map(s => [s.day, s.tasks.done])).toEqual([
      [addDays(today, -14), 6],
      [addDays(today, -7), 6],
      [today, 6],
    ]);
    expect(body.snapshots[2].tasksChangedOn).toBe(addDays(today, -14));
  });

  it('imports history only with the import permission, for readable specs', async () => {
    const one = {
      entityRef: 'spec:default/secret',
      day: today,
      status: 'in-progress',
      tasks: { done: 1, partial: 0, total: 2 },
      review: { checked: 0, total: 0 },
      openClarifications: 0,
    };
    const denied = await request(server)
      .post('/api/specs/v1/history')
      .set(as(CAROL))
      .send({ snapshots: [one] });
    expect(denied.status).toBe(403);
    const unknown = await request(server)
      .post('/api/specs/v1/history')
      .set(as(BOB))
      .send({ snapshots: [one] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe(
      'Unknown specs: spec:default/secret',
    );
    const invalid = await request(server)
      .post('/api/specs/v1/history')
      .set(as(ALICE))
      .send({
        snapshots: [{ ...one, tasks: { done: 3, partial: 0, total: 2 } }],
      });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.message).toBe(
      'snapshots[0].tasks must be whole numbers with done + partial <= total',
    );
  });
});
