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
    catalog: catalogServiceMock(),
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
