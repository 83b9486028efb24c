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

import { Entity } from '@backstage/catalog-model';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import {
  ExtensionDefinition,
  coreExtensionData,
} from '@backstage/frontend-plugin-api';
import {
  EntityProvider,
  catalogApiRef,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import specsPlugin from './alpha';
import { specsApiRef } from './api';
import { specDocument, specEntity } from './__testUtils__/fixtures';
import {
  SPECS_BASE_URL,
  createSpecsClient,
  queryEntitiesOf,
} from './__testUtils__/providers';

jest.mock('mermaid', () => ({
  __esModule: true,
  default: { initialize: jest.fn(), render: jest.fn() },
}));

const server = setupServer();

// Sub-pages attach relative to their plugin's page, so they are tested as
// the plugin resolves them.
const browseSubPage = specsPlugin.getExtension('sub-page:specs/browse');
// The plugin's extensions are private to it: tested by their ids.
const specsPage = specsPlugin.getExtension('page:specs');
const specsEntityCard = specsPlugin.getExtension('entity-card:specs/specs');
const specHeaderEntityCard = specsPlugin.getExtension(
  'entity-card:specs/spec-header',
);
const specPhasesEntityContent = specsPlugin.getExtension(
  'entity-content:specs/spec-phases',
);
const portfolioSubPage = specsPlugin.getExtension('sub-page:specs/portfolio');

describe('specs plugin (new frontend system)', () => {
  registerMswTestHooks(server);

  it('provides the page, cards, contents and API', () => {
    expect(specsPlugin.pluginId).toBe('specs');
    // The filter predicates are compiled into functions by the blueprint.
    const filterOf = (ext: ExtensionDefinition<any>) =>
      createExtensionTester(ext).get(
        EntityCardBlueprint.dataRefs.filterFunction,
      ) as unknown as ((entity: Entity) => boolean) | undefined;
    expect(filterOf(specsEntityCard)?.({ kind: 'Component' } as any)).toBe(
      true,
    );
    expect(filterOf(specsEntityCard)?.({ kind: 'Spec' } as any)).toBe(false);
    expect(filterOf(specHeaderEntityCard)?.({ kind: 'Spec' } as any)).toBe(
      true,
    );
    expect(
      createExtensionTester(specsPage).get(coreExtensionData.routePath),
    ).toBe('/specs');
    // The page's tabs, browse first.
    expect(
      createExtensionTester(browseSubPage).get(coreExtensionData.routePath),
    ).toBe('browse');
    expect(
      createExtensionTester(portfolioSubPage).get(coreExtensionData.routePath),
    ).toBe('portfolio');
    expect(
      specsPlugin.getExtension('home-page-widget:specs/my-team-specs'),
    ).toBeDefined();
  });

  it('renders the browse page', async () => {
    const catalogApi = catalogApiMock.mock({
      queryEntities: queryEntitiesOf([specEntity]),
      getEntityFacets: jest.fn().mockResolvedValue({ facets: {} }),
    });
    renderInTestApp(createExtensionTester(browseSubPage).reactElement(), {
      apis: [[catalogApiRef, catalogApi]],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      mountPath: '/specs',
      initialRouteEntries: ['/specs'],
    });
    expect(
      await screen.findByText('Workload Identity Federation', undefined, {
        timeout: 20_000,
      }),
    ).toBeInTheDocument();
  });

  it('renders the Phases tab of a spec', async () => {
    server.use(
      http.get(
        `${SPECS_BASE_URL}/v1/entities/default/${specEntity.metadata.name}/document`,
        () => HttpResponse.json(specDocument),
      ),
      http.get(
        `${SPECS_BASE_URL}/v1/entities/default/${specEntity.metadata.name}/history`,
        () =>
          HttpResponse.json({
            entityRef: 'spec:default/x',
            today: '2026-12-01',
            snapshots: [],
          }),
      ),
    );
    renderInTestApp(
      <EntityProvider entity={specEntity}>
        {createExtensionTester(specPhasesEntityContent).reactElement()}
      </EntityProvider>,
      {
        apis: [[specsApiRef, createSpecsClient()]],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );
    expect(
      // The tab loads lazily with the charts of its burn-up card.
      await screen.findByRole(
        'table',
        { name: 'Tasks of Phase 1: Broker' },
        { timeout: 20_000 },
      ),
    ).toBeInTheDocument();
  });
});
