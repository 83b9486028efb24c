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

import { MockFetchApi, registerMswTestHooks } from '@backstage/test-utils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { SpecsClient } from './SpecsClient';

const server = setupServer();
const BASE = 'http://localhost:7007/api/specs';

describe('SpecsClient', () => {
  registerMswTestHooks(server);

  const client = new SpecsClient({
    discoveryApi: { getBaseUrl: async () => BASE },
    fetchApi: new MockFetchApi(),
  });
  const ref = { kind: 'spec', namespace: 'default', name: 'spec-0042 x' };

  it('fetches the document of an entity', async () => {
    server.use(
      http.get(`${BASE}/v1/entities/default/spec-0042%20x/document`, () =>
        HttpResponse.json({ entityRef: 'spec:default/spec-0042 x', files: [] }),
      ),
    );
    await expect(client.getDocument(ref)).resolves.toMatchObject({
      entityRef: 'spec:default/spec-0042 x',
    });
  });

  it('turns error responses into ResponseErrors', async () => {
    server.use(
      http.get(`${BASE}/v1/entities/default/missing/document`, () =>
        HttpResponse.json(
          {
            error: { name: 'NotFoundError', message: 'No such spec' },
            request: { method: 'GET', url: '/x' },
            response: { statusCode: 404 },
          },
          { status: 404 },
        ),
      ),
    );
    await expect(
      client.getDocument({ ...ref, name: 'missing' }),
    ).rejects.toMatchObject({ name: 'ResponseError', statusCode: 404 });
  });

  it('knows where files are served', async () => {
    await expect(client.getFilesBaseUrl(ref)).resolves.toBe(
      `${BASE}/v1/entities/default/spec-0042%20x/files/`,
    );
  });
});
