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
import { NotFoundError, ServiceUnavailableError } from '@backstage/errors';
import { SpecDocumentResponse } from '@specstage/plugin-specs-common';
import { SpecSource } from '../lib/readSpecSource';
import { SpecFileReader } from '../lib/SpecFileReader';
import {
  DOCUMENT_FORMAT_VERSION,
  SpecDocumentLoader,
} from './SpecDocumentLoader';

const source: SpecSource = {
  entityRef: 'spec:default/foo',
  entityEtag: 'e1',
  root: { type: 'url', url: 'https://example.com/specs/foo/' },
  files: ['spec.md', 'plan.md', '../escape.md'],
  managedBy: 'specstage:url:https://example.com/specs',
};

function setup(read: jest.Mock) {
  const cache = mockServices.cache.mock();
  const store = new Map<string, unknown>();
  cache.get.mockImplementation(async key => store.get(key) as any);
  cache.set.mockImplementation(async (key, value) => {
    store.set(key, value);
  });
  const loader = new SpecDocumentLoader({
    reader: { read } as unknown as SpecFileReader,
    cache,
    logger: mockServices.logger.mock(),
    maxBytes: 100,
    ttlMs: 60_000,
  });
  return { loader, cache, store };
}

describe('SpecDocumentLoader', () => {
  it('reports unreadable files as diagnostics and caches per entity ref', async () => {
    const read = jest.fn(async (_root, path: string) => {
      if (path === 'plan.md') {
        throw new NotFoundError('gone');
      }
      return Buffer.from('# Feature Specification: Foo\n');
    });
    const { loader, store } = setup(read);

    const entry = await loader.load(source);
    const body = JSON.parse(entry.body) as SpecDocumentResponse;
    expect(body.files.map(f => f.path)).toEqual(['spec.md']);
    expect(body.document.diagnostics).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'missing-file', file: 'plan.md' }),
        expect.objectContaining({ rule: 'invalid-path', file: '../escape.md' }),
      ]),
    );
    // The unsafe path never reaches the reader.
    expect(read).toHaveBeenCalledTimes(2);

    await loader.load(source);
    expect(read).toHaveBeenCalledTimes(2);

    // A changed entity replaces its entry instead of adding one.
    await loader.load({ ...source, entityEtag: 'e2' });
    expect(read).toHaveBeenCalledTimes(4);
    expect([...store.keys()]).toEqual([
      `document:${DOCUMENT_FORMAT_VERSION}:spec:default/foo`,
    ]);
  });

  it('does not cache results with transient failures', async () => {
    const read = jest.fn(async (_root, path: string) => {
      if (path === 'plan.md') {
        throw new ServiceUnavailableError('timeout');
      }
      return Buffer.from('# Foo\n');
    });
    const { loader, cache } = setup(read);

    await loader.load({ ...source, files: ['spec.md', 'plan.md'] });
    expect(cache.set).not.toHaveBeenCalled();
  });

  it('fails with 503 when no file can be read', async () => {
    const read = jest.fn(async () => {
      throw new ServiceUnavailableError('down');
    });
    const { loader } = setup(read);

    await expect(loader.load(source)).rejects.toMatchObject({
      name: 'ServiceUnavailableError',
    });
  });

  it('keeps serving when the cache fails', async () => {
    const read = jest.fn(async () => Buffer.from('# Foo\n'));
    const { loader, cache } = setup(read);
    cache.get.mockRejectedValue(new Error('redis down'));
    cache.set.mockRejectedValue(new Error('redis down'));

    await expect(loader.load(source)).resolves.toMatchObject({
      etag: expect.any(String),
    });
  });

  it('shares one build between concurrent requests', async () => {
    const read = jest.fn(async () => Buffer.from('# Foo\n'));
    const { loader } = setup(read);
    const files = ['spec.md'];

    await Promise.all([
      loader.load({ ...source, files }),
      loader.load({ ...source, files }),
    ]);
    expect(read).toHaveBeenCalledTimes(1);
  });
});
