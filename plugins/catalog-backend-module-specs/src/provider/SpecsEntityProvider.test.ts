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
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { EntityProviderConnection } from '@backstage/plugin-catalog-node';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SpecsEntityProvider } from './SpecsEntityProvider';

const repoRoot = path.resolve(__dirname, '../../../..');
// The complete copy of the real-world corpus (specs-common's test fixtures).
const corpus = path.resolve(
  repoRoot,
  'plugins/specs-common/src/__fixtures__/corpus',
);

function setup(
  sources: Array<{ target: string; owner?: string }>,
  reader = mockServices.urlReader.mock(),
  catalogEntities: Entity[] = [],
) {
  const mutations: Entity[][] = [];
  const connection: EntityProviderConnection = {
    applyMutation: jest.fn(async m => {
      if (m.type === 'full') mutations.push(m.entities.map(e => e.entity));
    }),
    refresh: jest.fn(),
  };
  const config = new ConfigReader({
    catalog: { providers: { specs: { sources, annotationDiscovery: false } } },
  });
  const provider = new SpecsEntityProvider({
    config,
    logger: mockServices.logger.mock(),
    reader,
    integrations: ScmIntegrations.fromConfig(config),
    catalog: catalogServiceMock({ entities: catalogEntities }),
    auth: mockServices.auth(),
  });
  return { provider, connection, mutations };
}

describe('SpecsEntityProvider', () => {
  it('ingests the whole real-world corpus', async () => {
    const { provider, connection, mutations } = setup([{ target: corpus }]);
    await provider.connect(connection);
    const summary = await provider.refresh();
    expect(summary.failed).toBe(0);
    const entities = mutations[0];
    const names = entities.map(e => e.metadata.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      expect(name).toMatch(/^[a-z0-9][a-z0-9-]{0,62}$/);
    }
    // Templates and non-spec files (README, constitution, PHASED) are never
    // published.
    const locations = entities.map(e => (e.spec as any).location as string);
    expect(
      locations.filter(l =>
        /(^|\/)templates\/|README|constitution|PHASED/.test(l),
      ),
    ).toEqual([]);
    // 12 directory specs + 2 archived ones in the 2026-08 era, the archived
    // spec of the 2026-04 era, and the single-file specs of the two 2026-01 eras.
    expect(entities).toHaveLength(17);
    // Specs that share a number are all ingested.
    const ids = entities.map(e => (e.spec as any).specId);
    expect(ids.filter(id => id === 'SPEC-007')).toHaveLength(2);
  });

  it('does not parse an unchanged source again and applies nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'specstage-'));
    fs.writeFileSync(
      path.join(dir, '001-a.md'),
      '# A\n\n**Spec ID**: SPEC-001\n**Status**: Draft\n\n## Tasks\n\n- [ ] T001: do\n',
    );
    const { provider, connection } = setup([{ target: dir }]);
    await provider.connect(connection);
    const first = await provider.refresh();
    expect(first).toMatchObject({
      read: 1,
      parsed: 1,
      entities: 1,
      applied: true,
    });
    const second = await provider.refresh();
    expect(second).toMatchObject({ unchanged: 1, parsed: 0, applied: false });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the last good specs of a url source that starts failing', async () => {
    const reader = mockServices.urlReader.mock();
    const content = Buffer.from(
      '# A\n\n**Spec ID**: SPEC-001\n**Status**: Draft\n',
    );
    reader.readTree.mockResolvedValueOnce({
      etag: 'e1',
      files: async () => [
        { path: '001-a/spec.md', content: async () => content },
      ],
    } as any);
    reader.readTree.mockRejectedValue(new Error('503 Service Unavailable'));
    const { provider, connection, mutations } = setup(
      [{ target: 'https://github.com/acme/specs/tree/main/docs/specs' }],
      reader,
    );
    await provider.connect(connection);
    await provider.refresh();
    expect(mutations[0]).toHaveLength(1);
    expect(mutations[0][0].metadata.annotations).toMatchObject({
      'specstage.io/spec-root':
        'url:https://github.com/acme/specs/tree/main/docs/specs/001-a',
      'backstage.io/view-url':
        'https://github.com/acme/specs/tree/main/docs/specs/001-a/spec.md',
    });
    const summary = await provider.refresh();
    expect(summary.failed).toBe(1);
    // Nothing changed, so nothing was applied: the catalog keeps the entity.
    expect(mutations).toHaveLength(1);
  });
});

describe('SpecsEntityProvider on push events', () => {
  const A = 'https://github.com/acme/specs/tree/main/specs';
  const B = 'https://github.com/acme/other/tree/main/specs';
  const specFile = (id: string, title: string) =>
    Buffer.from(`# ${title}\n\n**Spec ID**: ${id}\n**Status**: Draft\n`);
  const push = (repo: string) => ({
    ref: 'refs/heads/main',
    repository: { html_url: `https://github.com/${repo}` },
    commits: [{ added: [], removed: [], modified: ['specs/001-x/spec.md'] }],
  });

  function remote(trees: Record<string, Record<string, Buffer>>) {
    const reader = mockServices.urlReader.mock();
    const version: Record<string, number> = {};
    const reads: string[] = [];
    reader.readTree.mockImplementation(async url => {
      reads.push(url);
      const files = trees[url];
      return {
        etag: `${url}@${(version[url] = (version[url] ?? 0) + 1)}`,
        files: async () =>
          Object.entries(files).map(([p, content]) => ({
            path: p,
            content: async () => content,
          })),
      } as any;
    });
    return { reader, reads };
  }

  it('sends a delta of the pushed source only; other sources keep their specs', async () => {
    const trees = {
      [A]: { '001-x/spec.md': specFile('SPEC-001', 'Same name') },
      [B]: { '001-x/spec.md': specFile('SPEC-001', 'Same name') },
    };
    const { reader, reads } = remote(trees);
    const { provider, connection } = setup(
      [{ target: A }, { target: B }],
      reader,
    );
    await provider.connect(connection);
    await provider.refresh();
    const names = (
      connection.applyMutation as jest.Mock
    ).mock.calls[0][0].entities
      .map((e: any) => e.entity.metadata.name)
      .sort();
    // Same readable name in both sources: both are disambiguated.
    expect(names).toHaveLength(2);
    expect(names[0]).not.toBe(names[1]);

    trees[A]['001-x/spec.md'] = specFile('SPEC-001', 'Same name v2');
    reads.length = 0;
    const { sources, refreshed } = await provider.handlePushEvent(
      'github.push',
      push('acme/specs'),
    );
    expect(sources).toEqual([`url:${A}`]);
    await refreshed;
    expect(reads).toEqual([A]);
    const delta = (connection.applyMutation as jest.Mock).mock.calls[1][0];
    expect(delta.type).toBe('delta');
    expect(delta.removed).toEqual([]);
    expect(delta.added.map((e: any) => e.entity.metadata.title)).toEqual([
      'Same name v2',
    ]);
    // Names are still assigned over both sources.
    expect(names).toContain(delta.added[0].entity.metadata.name);
  });

  it('coalesces a burst of pushes into one more read', async () => {
    const trees = { [A]: { '001-x/spec.md': specFile('SPEC-001', 'One') } };
    const { reader, reads } = remote(trees);
    const { provider, connection } = setup([{ target: A }], reader);
    await provider.connect(connection);
    await provider.refresh();
    reads.length = 0;
    const results = [];
    for (let i = 0; i < 10; i++) {
      results.push(
        await provider.handlePushEvent('github.push', push('acme/specs')),
      );
    }
    await Promise.all(results.map(r => r.refreshed));
    // The first push reads at once; the nine during that read make one more.
    expect(reads.length).toBeLessThanOrEqual(2);
    expect(reads.length).toBeGreaterThanOrEqual(1);
  });

  it('ignores a push to another repository without reading', async () => {
    const { reader, reads } = remote({
      [A]: { '001-x/spec.md': specFile('SPEC-001', 'One') },
    });
    const { provider, connection } = setup([{ target: A }], reader);
    await provider.connect(connection);
    const { sources } = await provider.handlePushEvent(
      'github.push',
      push('acme/unrelated'),
    );
    expect(sources).toEqual([]);
    expect(reads).toEqual([]);
  });

  it('on a replica that has not scanned yet, names over the catalog and removes what the source lost', async () => {
    // Another replica scanned: the catalog holds B's spec (its readable name
    // unique so far) and an A spec that the push deletes.
    const spec = (source: string, name: string, location: string): Entity => ({
      apiVersion: 'specstage.io/v1alpha1',
      kind: 'Spec',
      metadata: {
        name,
        namespace: 'default',
        title: name,
        annotations: {
          'backstage.io/managed-by-location': `specstage:url:${source}`,
          'backstage.io/managed-by-origin-location': `specstage:url:${source}`,
          'specstage.io/base-name': 'spec-001-x',
          'specstage.io/legacy-name': `${name}-legacy`,
        },
      },
      spec: { specId: 'SPEC-001', location, components: [] },
    });
    const catalogEntities = [
      spec(B, 'spec-001-x', '001-x'),
      spec(A, 'spec-002-gone', '002-gone'),
    ];
    const { reader, reads } = remote({
      [A]: { '001-x/spec.md': specFile('SPEC-001', 'Same name') },
      [B]: { '001-x/spec.md': specFile('SPEC-001', 'Same name') },
    });
    const { provider, connection } = setup(
      [{ target: A }, { target: B }],
      reader,
      catalogEntities,
    );
    await provider.connect(connection);
    const { refreshed } = await provider.handlePushEvent(
      'github.push',
      push('acme/specs'),
    );
    await refreshed;
    // Only the pushed source is read.
    expect(reads).toEqual([A]);
    const delta = (connection.applyMutation as jest.Mock).mock.calls[0][0];
    expect(delta.type).toBe('delta');
    // A's new spec shares B's readable name: both are disambiguated, so B's
    // entity moves to its new name (names are assigned over all specs).
    expect(delta.removed.map((r: any) => r.entityRef).sort()).toEqual([
      'spec:default/spec-001-x',
      'spec:default/spec-002-gone',
    ]);
    const added = delta.added.map((e: any) => e.entity);
    // A's spec, disambiguated: B's spec in the catalog has its readable name.
    const own = added.find(
      (e: Entity) =>
        e.metadata.annotations?.['backstage.io/managed-by-location'] ===
        `specstage:url:${A}`,
    );
    const renamed = added.find(
      (e: Entity) =>
        e.metadata.annotations?.['backstage.io/managed-by-location'] ===
        `specstage:url:${B}`,
    );
    expect(added).toHaveLength(2);
    for (const e of [own, renamed]) {
      expect(e.metadata.name).toMatch(/^spec-001-x-[0-9a-f]+$/);
      expect(e.metadata.annotations['specstage.io/base-name']).toBe(
        'spec-001-x',
      );
    }
    expect(own.metadata.name).not.toBe(renamed.metadata.name);
  });
});
