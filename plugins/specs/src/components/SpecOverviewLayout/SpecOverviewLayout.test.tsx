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
  MockFetchApi,
  TestApiProvider,
  registerMswTestHooks,
  renderInTestApp,
} from '@backstage/test-utils';
import { discoveryApiRef, fetchApiRef } from '@backstage/core-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { specDocument, specEntity } from '../../__testUtils__/fixtures';
import {
  SPECS_BASE_URL,
  SpecTestProviders,
} from '../../__testUtils__/providers';
import { SpecOverviewLayout } from './SpecOverviewLayout';

jest.mock('mermaid', () => ({
  __esModule: true,
  default: { initialize: jest.fn(), render: jest.fn() },
}));

jest.setTimeout(30_000);

const server = setupServer();

describe('SpecOverviewLayout', () => {
  registerMswTestHooks(server);

  // The new frontend system's spec page shows the document through this
  // layout only: without the cookie its <img> elements got 401 (e2e: the
  // image of SPEC-0043 had naturalWidth 0).
  it('gets the files cookie before the document requests its images', async () => {
    const requested: string[] = [];
    server.use(
      http.get(`${SPECS_BASE_URL}/.backstage/auth/v1/cookie`, () => {
        requested.push('cookie');
        return HttpResponse.json({
          expiresAt: new Date(Date.now() + 3600_000).toISOString(),
        });
      }),
      http.get(
        `${SPECS_BASE_URL}/v1/entities/default/${specEntity.metadata.name}/document`,
        () => {
          requested.push('document');
          return HttpResponse.json(specDocument);
        },
      ),
    );
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [fetchApiRef, new MockFetchApi()],
          [discoveryApiRef, { getBaseUrl: async () => SPECS_BASE_URL }],
        ]}
      >
        <SpecTestProviders entity={specEntity}>
          <SpecOverviewLayout cards={[]} />
        </SpecTestProviders>
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    expect(
      await screen.findByRole('img', { name: 'Overview' }),
    ).toHaveAttribute(
      'src',
      `${SPECS_BASE_URL}/v1/entities/default/${specEntity.metadata.name}/files/img/overview.png`,
    );
    // The document waits for the cookie, so no image goes out without it.
    expect(requested[0]).toBe('cookie');
  });
});
