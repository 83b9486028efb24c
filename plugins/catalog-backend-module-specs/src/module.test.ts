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
  TestDatabases,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { AlphaEntity as Entity } from '@backstage/catalog-model/alpha';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { catalogModuleSpecs } from './module';

jest.setTimeout(120_000);

// End-to-end through the real catalog: specs on disk → provider → processing
// → stitched entities with relations, on SQLite and on PostgreSQL.

const spec = (id: string, title: string, extra = '') => `# ${title}

**Spec ID**: ${id}
**Status**: In Progress
**Owner**: group:default/team-a

## Summary

${title} summary.

## User Stories

#### User Story 1 - Do it (Priority: P1)

**Acceptance Scenarios**:
1. **Given** x, **When** y, **Then** z

## Requirements

- **FR-001**: The system MUST work.

## Success Criteria

- **SC-001**: It works.

## Implementation Phases

### Phase 1: Build

**Goal**: Build it.

- [x] Task 1.1: Build the thing (FR-001)
- [ ] Task 1.2: Verify (SC-001)
${extra}`;

function write(root: string, rel: string, content: string | Buffer) {
  const file = path.join(root, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

async function until<T>(
  fn: () => Promise<T | undefined | false>,
  what: string,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${what} ${last ?? ''}`);
    }
    await new Promise(r => setTimeout(r, 250));
  }
}

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe.each(databases.eachSupportedId())(
  'catalogModuleSpecs on %p',
  databaseId => {
    let dir: string;
    let server: any;
    let stop: () => Promise<void>;

    const getSpecs = async (): Promise<Entity[]> => {
      const res = await request(server)
        .get('/api/catalog/entities?filter=kind=spec')
        .set('authorization', mockCredentials.user.header());
      return res.body;
    };
    const getEntity = async (ref: string): Promise<Entity | undefined> => {
      const [kind, rest] = ref.split(':');
      const [ns, name] = rest.split('/');
      const res = await request(server)
        .get(`/api/catalog/entities/by-name/${kind}/${ns}/${name}`)
        .set('authorization', mockCredentials.user.header());
      return res.status === 200 ? res.body : undefined;
    };
    const byId = (entities: Entity[], id: string) =>
      entities.find(e => (e.spec as any)?.specId === id);

    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'specstage-ingest-'));
      // One repository with a central spec tree, and a component that points at
      // a spec of its own with the annotation.
      write(dir, 'specs/001-alpha/spec.md', spec('SPEC-001', 'Alpha'));
      write(
        dir,
        'specs/002-beta.md',
        spec('SPEC-002', 'Beta', '\nSee SPEC-001.\n'),
      );
      write(dir, 'specs/README.md', '# Specs\n\nNot a spec.\n');
      write(
        dir,
        'specs/templates/spec.md',
        '# [Feature Name]\n\n**Spec ID**: SPEC-XXXX\n**Status**: Draft\n**Created**: YYYY-MM-DD\n',
      );
      write(
        dir,
        'service/docs/specs/spec.md',
        spec('SPEC-001', 'Service spec sharing a number'),
      );
      write(
        dir,
        'service/catalog-info.yaml',
        [
          'apiVersion: backstage.io/v1alpha1',
          'kind: Component',
          'metadata:',
          '  name: svc',
          '  annotations:',
          '    specstage.io/spec-location: ./docs/specs',
          'spec:',
          '  type: service',
          '  lifecycle: production',
          '  owner: group:default/team-b',
          '',
        ].join('\n'),
      );

      const knex = await databases.init(databaseId);
      const backend = await startTestBackend({
        features: [
          catalogPlugin,
          catalogModuleSpecs,
          // The real scheduler, so that the refresh runs on its interval.
          schedulerServiceFactory,
          mockServices.database.factory({ knex }),
          mockServices.rootLogger.factory({ level: 'warn' }),
          mockServices.rootConfig.factory({
            data: {
              catalog: {
                processingInterval: { seconds: 1 },
                rules: [{ allow: ['Component', 'Spec', 'Location'] }],
                providers: {
                  specs: {
                    sources: [
                      {
                        target: path.join(dir, 'specs'),
                        owner: 'group:default/team-a',
                      },
                    ],
                    schedule: {
                      frequency: { seconds: 1 },
                      timeout: { minutes: 1 },
                    },
                  },
                },
                locations: [
                  {
                    type: 'file',
                    target: path.join(dir, 'service/catalog-info.yaml'),
                  },
                ],
              },
            },
          }),
        ],
      });
      server = backend.server;
      stop = () => backend.stop();
    });

    afterAll(async () => {
      await stop?.();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('ingests specs with relations; templates and non-specs are not published', async () => {
      const specs = await until(async () => {
        const s = await getSpecs();
        return s.length === 3 && s.every(e => e.relations?.length) && s;
      }, 'three specs with relations');

      const alpha = byId(
        specs.filter(e => e.metadata.title === 'Alpha'),
        'SPEC-001',
      )!;
      const beta = byId(specs, 'SPEC-002')!;
      const service = specs.find(
        e => e.metadata.title === 'Service spec sharing a number',
      )!;
      expect(alpha).toBeDefined();
      expect(service).toBeDefined();
      // Both specs numbered SPEC-001 exist, under distinct names.
      expect(alpha.metadata.name).not.toBe(service.metadata.name);
      expect(specs.map(e => e.metadata.title)).not.toContain('[Feature Name]');

      expect(beta.relations).toEqual(
        expect.arrayContaining([
          { type: 'ownedBy', targetRef: 'group:default/team-a' },
          {
            type: 'references',
            targetRef: `spec:default/${alpha.metadata.name}`,
          },
        ]),
      );
      expect(service.relations).toEqual(
        expect.arrayContaining([
          { type: 'specifies', targetRef: 'component:default/svc' },
        ]),
      );
      expect((alpha.spec as any).counts.tasks).toEqual({
        done: 1,
        partial: 0,
        total: 2,
      });

      const svc = await until(async () => {
        const e = await getEntity('component:default/svc');
        return e?.relations?.some(r => r.type === 'specifiedBy') && e;
      }, 'the reverse relation on the component');
      expect(svc.relations).toEqual(
        expect.arrayContaining([
          {
            type: 'specifiedBy',
            targetRef: `spec:default/${service.metadata.name}`,
          },
        ]),
      );
    });

    it('refreshes a changed spec and removes a deleted one', async () => {
      write(dir, 'specs/001-alpha/spec.md', spec('SPEC-001', 'Alpha renamed'));
      fs.rmSync(path.join(dir, 'specs/002-beta.md'));
      const specs = await until(async () => {
        const s = await getSpecs();
        return (
          s.length === 2 &&
          s.some(e => e.metadata.title === 'Alpha renamed') &&
          !byId(s, 'SPEC-002') &&
          s
        );
      }, 'the change and the deletion');
      expect(specs.map(e => e.metadata.title).sort()).toEqual([
        'Alpha renamed',
        'Service spec sharing a number',
      ]);
    });

    it('a malformed file errors on its own entity only', async () => {
      write(
        dir,
        'specs/003-broken/spec.md',
        Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x9f, 0x92, 0x00]),
      );
      const broken = await until(async () => {
        const s = await getSpecs();
        return s.find(e => (e.spec as any).location === '003-broken');
      }, 'the broken spec');
      expect((broken.spec as any).diagnostics.errors).toBeGreaterThan(0);
      // From the next processing pass on, the error shows in the catalog's
      // error panel (status items of type catalog-processing).
      const withError = await until(async () => {
        const s = await getSpecs();
        const b = s.find(e => (e.spec as any).location === '003-broken');
        return b?.status?.items?.length ? b : undefined;
      }, 'the processing error');
      expect(withError.status!.items![0]).toMatchObject({
        type: 'backstage.io/catalog-processing',
        level: 'error',
      });
      expect(withError.status!.items![0].message).toContain(
        'No spec structure',
      );
      const others = (await getSpecs()).filter(
        e => (e.spec as any).location !== '003-broken',
      );
      expect(others.every(e => !e.status?.items?.length)).toBe(true);
    });

    it('a failing or emptied source keeps its specs', async () => {
      const before = (await getSpecs()).length;
      // Emptied: every file gone.
      const specsDir = path.join(dir, 'specs');
      const moved = path.join(dir, 'specs-moved');
      fs.renameSync(specsDir, moved);
      fs.mkdirSync(specsDir);
      await new Promise(r => setTimeout(r, 4000));
      expect((await getSpecs()).length).toBe(before);
      // Failing: the directory is unreadable.
      fs.rmSync(specsDir, { recursive: true });
      await new Promise(r => setTimeout(r, 4000));
      expect((await getSpecs()).length).toBe(before);
      fs.renameSync(moved, specsDir);
    });
  },
);
