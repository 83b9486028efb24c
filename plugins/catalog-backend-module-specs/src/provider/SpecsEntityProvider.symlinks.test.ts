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
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { EntityProviderConnection } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { SpecsEntityProvider } from './SpecsEntityProvider';

const mockDir = createMockDirectory();

function component(name: string, specLocation: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      annotations: {
        'backstage.io/managed-by-location': `file:${mockDir.resolve(
          'repo/catalog-info.yaml',
        )}`,
        'specstage.io/spec-location': specLocation,
      },
    },
    spec: { owner: 'group:default/team', type: 'service', lifecycle: 'x' },
  };
}

describe('SpecsEntityProvider, attack: spec-location escapes its folder through a symlink', () => {
  it('publishes nothing from outside the folder of the entity file', async () => {
    mockDir.setContent({
      anywhere: {
        '0001-secret': {
          'spec.md':
            '# Feature Specification: Secret\n\n**Status**: Draft\n\n- **FR-001**: System MUST leak\n',
        },
        'SPEC-0009-secret.md':
          '# SPEC-0009: Secret single file\n\n**Status**: Draft\n\nThe secret summary.\n',
      },
      repo: {
        'catalog-info.yaml': '',
        specs: {
          'linked-dir': ctx => ctx.symlink(mockDir.resolve('anywhere')),
          'linked.md': ctx =>
            ctx.symlink(mockDir.resolve('anywhere/SPEC-0009-secret.md')),
          '0002-ok': {
            'spec.md':
              '# Feature Specification: Fine\n\n**Status**: Draft\n\n- **FR-001**: System MUST work\n',
          },
        },
      },
    });
    const logger = mockServices.logger.mock();
    const config = new ConfigReader({ catalog: { providers: { specs: {} } } });
    const provider = new SpecsEntityProvider({
      config,
      logger,
      reader: mockServices.urlReader.mock(),
      integrations: ScmIntegrations.fromConfig(config),
      catalog: catalogServiceMock({
        entities: [
          component('dir', './specs/linked-dir'),
          component('file', './specs/linked.md'),
          component('ok', './specs'),
        ],
      }),
      auth: mockServices.auth(),
    });
    const mutations: Entity[][] = [];
    const connection: EntityProviderConnection = {
      applyMutation: jest.fn(async m => {
        if (m.type === 'full') mutations.push(m.entities.map(e => e.entity));
      }),
      refresh: jest.fn(),
    };
    await provider.connect(connection);
    await provider.refresh();

    const published = mutations.at(-1) ?? [];
    expect(published.map(e => e.metadata.title)).toEqual(['Fine']);
    expect(JSON.stringify(published)).not.toMatch(/[Ss]ecret/);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(/linked-dir is a symbolic link that leads outside/),
    );
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(/linked\.md is a symbolic link that leads outside/),
    );
  });
});
