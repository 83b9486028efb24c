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
import path from 'node:path';
import { SpecEntityProcessor } from '../processor/SpecEntityProcessor';
import { SpecsEntityProvider } from './SpecsEntityProvider';

const fixtures = path.resolve(
  __dirname,
  '../../../specs-common/src/__fixtures__',
);

async function ingest(target: string, owner?: string): Promise<Entity[]> {
  const mutations: Entity[][] = [];
  const connection: EntityProviderConnection = {
    applyMutation: jest.fn(async m => {
      if (m.type === 'full') mutations.push(m.entities.map(e => e.entity));
    }),
    refresh: jest.fn(),
  };
  const config = new ConfigReader({
    catalog: {
      providers: {
        specs: { sources: [{ target, owner }], annotationDiscovery: false },
      },
    },
  });
  const provider = new SpecsEntityProvider({
    config,
    logger: mockServices.logger.mock(),
    reader: mockServices.urlReader.mock(),
    integrations: ScmIntegrations.fromConfig(config),
    catalog: catalogServiceMock(),
    auth: mockServices.auth(),
  });
  await provider.connect(connection);
  const summary = await provider.refresh();
  expect(summary.failed).toBe(0);
  return mutations[0];
}

const byLocation = (entities: Entity[]) =>
  new Map(entities.map(e => [(e.spec as any).location as string, e]));

describe('SpecsEntityProvider: OpenSpec and Kiro', () => {
  it('ingests capabilities and changes as Specs, a change related to the capabilities it modifies', async () => {
    const entities = byLocation(
      await ingest(path.join(fixtures, 'openspec-wild'), 'group:default/cli'),
    );
    expect([...entities.keys()].sort()).toEqual([
      'openspec/changes/add-cli-man-page',
      'openspec/changes/archive/2025-11-25-add-list-json-output',
      'openspec/changes/v20260305-dev-machine-management',
      'openspec/specs/cli-list',
    ]);
    const capability = entities.get('openspec/specs/cli-list')!;
    const archived = entities.get(
      'openspec/changes/archive/2025-11-25-add-list-json-output',
    )!;
    expect(capability.kind).toBe('Spec');
    expect(capability.spec).toMatchObject({
      type: 'capability',
      format: 'openspec',
      openspec: { kind: 'capability', name: 'cli-list' },
      // The owner of the source, as the files name none.
      owner: 'group:default/cli',
      counts: { requirements: 7 },
    });
    expect(archived.spec).toMatchObject({
      type: 'change',
      format: 'openspec',
      status: { value: 'done', stale: false },
      completed: '2025-11-25',
      openspec: {
        kind: 'change',
        name: 'add-list-json-output',
        archived: true,
        capabilities: ['cli-list'],
      },
      modifiesSpecs: [`spec:default/${capability.metadata.name}`],
      counts: { tasks: { done: 11, total: 11 } },
    });
    // Its capability (user-auth) has no spec in the tree: nothing to relate.
    expect(
      entities.get('openspec/changes/v20260305-dev-machine-management')!.spec,
    ).not.toHaveProperty('modifiesSpecs');

    // Both directions, for the catalog graph and the capability's page.
    const emit = jest.fn();
    await new SpecEntityProcessor().postProcessEntity(
      archived,
      { type: 'specstage', target: 'x' },
      emit,
      { get: async () => undefined, set: async () => {} } as any,
    );
    const relations = emit.mock.calls
      .map(([result]) => result)
      .filter(r => r.type === 'relation')
      .map(r => [
        r.relation.type,
        r.relation.source.name,
        r.relation.target.name,
      ]);
    expect(relations).toEqual(
      expect.arrayContaining([
        ['modifies', archived.metadata.name, capability.metadata.name],
        ['modifiedBy', capability.metadata.name, archived.metadata.name],
      ]),
    );
  });

  it('ingests Kiro specs found in .kiro', async () => {
    const entities = byLocation(await ingest(path.join(fixtures, 'kiro-wild')));
    expect([...entities.keys()].sort()).toEqual([
      '.kiro/specs/cbor-rpc-serializer',
      '.kiro/specs/clang-format',
      '.kiro/specs/tags-from-filename',
    ]);
    expect(entities.get('.kiro/specs/tags-from-filename')!.spec).toMatchObject({
      format: 'kiro',
      status: { value: 'done' },
      counts: { requirements: 2, tasks: { done: 8, total: 8 } },
    });
  });
});
