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

import { SpecsClient } from './SpecsClient';
import { SpecDocumentResponse } from './types';

const baseUrl = 'http://localhost:7007/api/specs';
const discoveryApi = { getBaseUrl: jest.fn(async () => baseUrl) };

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    statusText: status === 200 ? 'OK' : 'Not Found',
    headers: { 'Content-Type': 'application/json' },
  });
}

const body = {
  entityRef: 'spec:default/foo',
  document: { title: 'Foo' },
  files: [{ path: 'spec.md', role: 'spec', markdown: '# Foo' }],
} as unknown as SpecDocumentResponse;

describe('SpecsClient', () => {
  it('fetches a document through the given fetchApi', async () => {
    const fetch = jest.fn(async () => jsonResponse(200, body));
    const client = new SpecsClient({ discoveryApi, fetchApi: { fetch } });

    await expect(client.getDocument('spec:team-a/Foo Bar')).resolves.toEqual(
      body,
    );
    expect(discoveryApi.getBaseUrl).toHaveBeenCalledWith('specs');
    expect(fetch).toHaveBeenCalledWith(
      `${baseUrl}/v1/entities/team-a/Foo%20Bar/document`,
      expect.anything(),
    );
  });

  it('accepts compound refs and short string refs', async () => {
    const fetch = jest.fn(async () => jsonResponse(200, body));
    const client = new SpecsClient({ discoveryApi, fetchApi: { fetch } });

    await client.getDocument({ kind: 'Spec', namespace: 'ns', name: 'x' });
    await client.getDocument('y');
    expect(fetch.mock.calls.map(call => (call as unknown[])[0])).toEqual([
      `${baseUrl}/v1/entities/ns/x/document`,
      `${baseUrl}/v1/entities/default/y/document`,
    ]);
  });

  it('rejects refs of other kinds', async () => {
    const fetch = jest.fn();
    const client = new SpecsClient({ discoveryApi, fetchApi: { fetch } });

    await expect(client.getDocument('component:default/x')).rejects.toThrow(
      /Spec entity ref/,
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it('turns error responses into ResponseErrors', async () => {
    const fetch = jest.fn(async () =>
      jsonResponse(404, {
        error: { name: 'NotFoundError', message: 'No spec document' },
        request: { method: 'GET', url: '/x' },
        response: { statusCode: 404 },
      }),
    );
    const client = new SpecsClient({ discoveryApi, fetchApi: { fetch } });

    await expect(client.getDocument('spec:default/foo')).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 404,
      cause: { name: 'NotFoundError', message: 'No spec document' },
    });
  });

  it('builds file URLs with encoded, normalized segments', async () => {
    const client = new SpecsClient({ discoveryApi });

    await expect(
      client.getFileUrl('spec:default/foo', './phases/1 x/../img/a#1.png'),
    ).resolves.toBe(
      `${baseUrl}/v1/entities/default/foo/files/phases/img/a%231.png`,
    );
  });

  it('gives the base URL of the files of a spec', async () => {
    const client = new SpecsClient({ discoveryApi });
    await expect(
      client.getFilesBaseUrl({ kind: 'Spec', namespace: 'my ns', name: 'foo' }),
    ).resolves.toBe(`${baseUrl}/v1/entities/my%20ns/foo/files/`);
  });

  it('refuses file paths that leave the spec root', async () => {
    const client = new SpecsClient({ discoveryApi });

    await expect(
      client.getFileUrl('spec:default/foo', '../secret.png'),
    ).rejects.toThrow(/leaves the spec root/);
    await expect(client.getFileUrl('spec:default/foo', './')).rejects.toThrow(
      /does not name a file/,
    );
  });
});
