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
import { ConfigReader } from '@backstage/config';
import { NotFoundError } from '@backstage/errors';
import { ScmIntegrations } from '@backstage/integration';
import { Readable } from 'node:stream';
import { SpecFileReader } from './SpecFileReader';

const integrations = ScmIntegrations.fromConfig(new ConfigReader({}));

describe('SpecFileReader', () => {
  describe('file roots', () => {
    const mockDir = createMockDirectory();
    const reader = new SpecFileReader({
      urlReader: mockServices.urlReader.mock(),
      integrations,
    });
    const root = { type: 'file' as const, dir: mockDir.resolve('spec') };
    const maxBytes = 10;

    beforeEach(() => {
      mockDir.setContent({
        'secret.txt': 'secret',
        spec: {
          'spec.md': '# Spec',
          'big.png': Buffer.alloc(11),
          images: { 'a.png': Buffer.from([1, 2, 3]) },
          'escape.txt': ctx => ctx.symlink(mockDir.resolve('secret.txt')),
          'inside.txt': ctx => ctx.symlink(mockDir.resolve('spec/spec.md')),
        },
      });
    });

    it('reads files below the root', async () => {
      await expect(reader.read(root, 'spec.md', { maxBytes })).resolves.toEqual(
        Buffer.from('# Spec'),
      );
      await expect(
        reader.read(root, 'images/a.png', { maxBytes }),
      ).resolves.toEqual(Buffer.from([1, 2, 3]));
      await expect(
        reader.read(root, 'inside.txt', { maxBytes }),
      ).resolves.toEqual(Buffer.from('# Spec'));
    });

    it('rejects traversal before touching the disk', async () => {
      for (const p of ['../secret.txt', mockDir.resolve('secret.txt')]) {
        await expect(reader.read(root, p, { maxBytes })).rejects.toMatchObject({
          name: 'InputError',
        });
      }
    });

    it('does not follow symlinks out of the root', async () => {
      await expect(
        reader.read(root, 'escape.txt', { maxBytes }),
      ).rejects.toMatchObject({ name: 'NotFoundError' });
    });

    it('attack: spec-location escapes its folder through a symlink (a root that is a link)', async () => {
      mockDir.addContent({
        outside: { 'spec.md': '# Outside' },
        linked: ctx => ctx.symlink(mockDir.resolve('outside')),
      });
      const linkedRoot = {
        type: 'file' as const,
        dir: mockDir.resolve('linked'),
      };
      await expect(
        reader.read(linkedRoot, 'spec.md', { maxBytes }),
      ).rejects.toMatchObject({
        name: 'ServiceUnavailableError',
        message: expect.stringMatching(/reached through a symbolic link/),
      });
    });

    it('reports missing files, directories and oversized files', async () => {
      await expect(
        reader.read(root, 'nope.md', { maxBytes }),
      ).rejects.toMatchObject({ name: 'NotFoundError' });
      await expect(
        reader.read(root, 'images', { maxBytes }),
      ).rejects.toMatchObject({ name: 'NotFoundError' });
      await expect(
        reader.read(root, 'big.png', { maxBytes }),
      ).rejects.toMatchObject({
        name: 'PayloadTooLargeError',
        statusCode: 413,
      });
    });

    it('reports a missing root as unavailable', async () => {
      await expect(
        reader.read({ type: 'file', dir: mockDir.resolve('gone') }, 'spec.md', {
          maxBytes,
        }),
      ).rejects.toMatchObject({ name: 'ServiceUnavailableError' });
    });
  });

  describe('url roots', () => {
    const root = {
      type: 'url' as const,
      url: 'https://github.com/o/r/tree/main/docs/specs/foo/',
    };

    it('resolves paths through the integrations, segment by segment encoded', async () => {
      const urlReader = mockServices.urlReader.mock({
        readUrl: async () => ({ buffer: async () => Buffer.from('x') }),
      });
      const reader = new SpecFileReader({ urlReader, integrations });

      await expect(
        reader.read(root, 'images/a b%2F..%2F.png', { maxBytes: 10 }),
      ).resolves.toEqual(Buffer.from('x'));
      expect(urlReader.readUrl).toHaveBeenCalledWith(
        'https://github.com/o/r/tree/main/docs/specs/foo/images/a%20b%252F..%252F.png',
      );
    });

    it('stops streaming at the size limit', async () => {
      const stream = Readable.from([Buffer.alloc(6), Buffer.alloc(6)]);
      const urlReader = mockServices.urlReader.mock({
        readUrl: async () => ({
          buffer: async () => {
            throw new Error('should stream');
          },
          stream: () => stream,
        }),
      });
      const reader = new SpecFileReader({ urlReader, integrations });

      await expect(
        reader.read(root, 'a.png', { maxBytes: 10 }),
      ).rejects.toMatchObject({ name: 'PayloadTooLargeError' });
    });

    it('maps reader failures', async () => {
      const urlReader = mockServices.urlReader.mock();
      const reader = new SpecFileReader({ urlReader, integrations });

      urlReader.readUrl.mockRejectedValueOnce(new NotFoundError('404'));
      await expect(
        reader.read(root, 'a.png', { maxBytes: 10 }),
      ).rejects.toMatchObject({ name: 'NotFoundError' });

      urlReader.readUrl.mockRejectedValueOnce(new Error('ECONNRESET'));
      await expect(
        reader.read(root, 'a.png', { maxBytes: 10 }),
      ).rejects.toMatchObject({ name: 'ServiceUnavailableError' });
    });
  });
});
