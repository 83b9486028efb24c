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

import fs from 'node:fs';
import path from 'node:path';
import { Route, Routes } from 'react-router-dom';
import { Entity } from '@backstage/catalog-model';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import {
  EntityProvider,
  catalogApiRef,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen } from '@testing-library/react';
import * as publicApi from './index';
import { specEntity } from './__testUtils__/fixtures';
import { createSpecsClient, queryEntitiesOf } from './__testUtils__/providers';
import { specsApiRef } from './api';

// docs/install.md, step 6: the legacy frontend system wiring. CI installs
// the packed packages into a new-frontend-system app (scripts/verify-install.sh);
// this test covers the legacy path with the very names the guide imports.

const guide = fs.readFileSync(
  path.resolve(__dirname, '../../../docs/install.md'),
  'utf8',
);

/** The code of every block the guide marks as legacy wiring. */
function legacyBlocks(): string[] {
  const blocks: string[] = [];
  const re =
    /<!--\s*verify-install:\s*legacy\s*-->\s*\n\s*```\w*\n([\s\S]*?)\n\s*```/g;
  for (let m = re.exec(guide); m; m = re.exec(guide)) {
    blocks.push(m[1]);
  }
  return blocks;
}

/** Names imported from @specstage/plugin-specs by the legacy blocks. */
function importedNames(): string[] {
  const names = new Set<string>();
  for (const block of legacyBlocks()) {
    const re = /import\s*\{([^}]+)\}\s*from\s*'@specstage\/plugin-specs'/g;
    for (let m = re.exec(block); m; m = re.exec(block)) {
      m[1]
        .split(',')
        .map(n => n.trim())
        .filter(Boolean)
        .forEach(n => names.add(n));
    }
  }
  return [...names].sort();
}

const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'identity-broker', namespace: 'default' },
  spec: { type: 'service', owner: 'security-team', lifecycle: 'production' },
};

function apis() {
  const catalogApi = catalogApiMock.mock({
    queryEntities: queryEntitiesOf([specEntity]),
    getEntityFacets: jest.fn().mockResolvedValue({ facets: {} }),
  });
  return [
    [catalogApiRef, catalogApi],
    [specsApiRef, createSpecsClient()],
  ] as const;
}

describe('legacy frontend system wiring (docs/install.md, step 6)', () => {
  it('imports only what the package exports', () => {
    const names = importedNames();
    expect(names).toEqual([
      'EntitySpecsCard',
      'EntitySpecsContent',
      'SpecsPage',
    ]);
    for (const name of names) {
      expect(typeof (publicApi as Record<string, unknown>)[name]).toBe(
        'function',
      );
    }
  });

  it('names only exported components in its prose', () => {
    const section = guide.slice(
      guide.indexOf('## 6. Legacy frontend system'),
      guide.indexOf('## Notes'),
    );
    const mentioned = new Set(section.match(/\bEntitySpec\w+|\bSpecsPage\b/g));
    expect(mentioned.size).toBeGreaterThan(3);
    for (const name of mentioned) {
      expect([
        name,
        typeof (publicApi as Record<string, unknown>)[name],
      ]).toEqual([name, 'function']);
    }
  });

  it('renders the /specs route of App.tsx', async () => {
    const { SpecsPage, specsPlugin } = publicApi;
    await renderInTestApp(
      <TestApiProvider apis={apis()}>
        <Routes>
          <Route path="/specs" element={<SpecsPage />} />
        </Routes>
      </TestApiProvider>,
      {
        routeEntries: ['/specs'],
        mountedRoutes: {
          '/specs': specsPlugin.routes.root,
          '/catalog/:namespace/:kind/:name': entityRouteRef,
        },
      },
    );
    expect(
      await screen.findByRole('heading', { name: 'Specs', level: 1 }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('SPEC-0042', { exact: false }),
    ).toBeInTheDocument();
  });

  it('renders the card and the tab of EntityPage.tsx', async () => {
    const { EntitySpecsCard, EntitySpecsContent } = publicApi;
    await renderInTestApp(
      <TestApiProvider apis={apis()}>
        <EntityProvider entity={component}>
          <EntitySpecsCard />
          <EntitySpecsContent />
        </EntityProvider>
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    expect(
      (
        await screen.findAllByRole('link', {
          name: 'Workload Identity Federation',
        })
      ).length,
    ).toBeGreaterThan(0);
    expect(
      await screen.findByRole('progressbar', {
        name: 'Progress of Phase 1: Broker',
      }),
    ).toBeInTheDocument();
  });
});
