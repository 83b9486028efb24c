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

import { screen } from '@testing-library/react';
import {
  MockFetchApi,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { discoveryApiRef, fetchApiRef } from '@backstage/core-plugin-api';
import { SpecFilesCookieProvider } from './SpecFilesCookieProvider';

const BASE_URL = 'http://localhost:7007/api/specs';

function setup(response: () => Promise<Response>) {
  const fetch = jest.fn(
    async (_input: RequestInfo | URL, _init?: RequestInit) => response(),
  );
  const fetchApi = new MockFetchApi({ baseImplementation: fetch });
  return {
    fetch,
    render: () =>
      renderInTestApp(
        <TestApiProvider
          apis={[
            [fetchApiRef, fetchApi],
            [discoveryApiRef, { getBaseUrl: async () => BASE_URL }],
          ]}
        >
          <SpecFilesCookieProvider>
            <img alt="diagram" src={`${BASE_URL}/v1/x.svg`} />
          </SpecFilesCookieProvider>
        </TestApiProvider>,
      ),
  };
}

describe('SpecFilesCookieProvider', () => {
  it('asks the specs backend for the user cookie before rendering images', async () => {
    const expiresAt = new Date(Date.now() + 3600_000).toISOString();
    const { fetch, render } = setup(async () => Response.json({ expiresAt }));
    await render();

    expect(await screen.findByAltText('diagram')).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledWith(
      `${BASE_URL}/.backstage/auth/v1/cookie`,
      expect.objectContaining({ credentials: 'include' }),
    );
  });

  it('renders its children when no cookie can be had', async () => {
    const { render } = setup(async () => new Response('nope', { status: 500 }));
    await render();
    expect(await screen.findByAltText('diagram')).toBeInTheDocument();
  });
});
