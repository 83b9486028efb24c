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

import { UrlReaderService } from '@backstage/backend-plugin-api';
import {
  isError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import { ScmIntegrationRegistry } from '@backstage/integration';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { PayloadTooLargeError } from './PayloadTooLargeError';
import type { SpecRoot } from '@specstage/plugin-specs-common';
import { normalizeSpecPath } from './specPaths';

const MISSING_FILE_CODES = new Set(['ENOENT', 'ENOTDIR', 'EISDIR', 'ELOOP']);

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return (
    relative !== '' &&
    !relative.startsWith(`..${path.sep}`) &&
    relative !== '..' &&
    !path.isAbsolute(relative)
  );
}

function tooLarge(relativePath: string, maxBytes: number) {
  return new PayloadTooLargeError(
    `Spec file '${relativePath}' is larger than the limit of ${maxBytes} bytes`,
  );
}

async function readStreamWithLimit(
  stream: Readable,
  relativePath: string,
  maxBytes: number,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    size += buffer.length;
    if (size > maxBytes) {
      // Stop downloading instead of buffering a huge file only to drop it.
      stream.destroy();
      throw tooLarge(relativePath, maxBytes);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Reads the files of a spec from its root, confined to that root.
 *
 * @remarks
 *
 * Errors say whose problem a failure is: `InputError` for a path that is
 * not allowed, `NotFoundError` for a file that is not there,
 * `PayloadTooLargeError` for a file over the limit, and
 * `ServiceUnavailableError` when the root itself cannot be reached (a
 * network or SCM failure, missing integration credentials, a directory that
 * is gone). The latter is never forwarded as the SCM's 401/403: those are
 * about the backend's integration credentials, not about the caller.
 */
export class SpecFileReader {
  readonly #urlReader: UrlReaderService;
  readonly #integrations: ScmIntegrationRegistry;

  constructor(options: {
    urlReader: UrlReaderService;
    integrations: ScmIntegrationRegistry;
  }) {
    this.#urlReader = options.urlReader;
    this.#integrations = options.integrations;
  }

  async read(
    root: SpecRoot,
    relativePath: string,
    options: { maxBytes: number },
  ): Promise<Buffer> {
    const normalized = normalizeSpecPath(relativePath);
    if (root.type === 'file') {
      return this.#readFile(root.dir, normalized, options.maxBytes);
    }
    return this.#readUrl(root.url, normalized, options.maxBytes);
  }

  async #readFile(
    rootDir: string,
    relativePath: string,
    maxBytes: number,
  ): Promise<Buffer> {
    let realRoot: string;
    try {
      realRoot = await fs.realpath(rootDir);
    } catch (error) {
      throw new ServiceUnavailableError(
        `The spec directory '${rootDir}' cannot be read`,
        error,
      );
    }
    // The catalog module writes real paths into spec roots. A root that
    // resolves elsewhere was reached through a symbolic link, which may
    // lead anywhere on this machine (`./specs/linked -> /`): refused
    // rather than confined to wherever the link points.
    if (realRoot !== path.resolve(rootDir)) {
      throw new ServiceUnavailableError(
        `The spec directory '${rootDir}' is reached through a symbolic link; it is not served`,
      );
    }

    const target = path.resolve(realRoot, ...relativePath.split('/'));
    let realTarget: string;
    try {
      realTarget = await fs.realpath(target);
    } catch (error) {
      if (isError(error) && MISSING_FILE_CODES.has(String(error.code))) {
        throw new NotFoundError(`Spec file '${relativePath}' not found`);
      }
      throw new ServiceUnavailableError(
        `Spec file '${relativePath}' cannot be read`,
        error,
      );
    }
    // The lexical check in normalizeSpecPath cannot see symlinks; a
    // repository may contain one that points at /etc or a home directory.
    if (!isInside(realRoot, target) || !isInside(realRoot, realTarget)) {
      throw new NotFoundError(`Spec file '${relativePath}' not found`);
    }

    let handle: fs.FileHandle | undefined;
    try {
      handle = await fs.open(realTarget, 'r');
      const stat = await handle.stat();
      if (!stat.isFile()) {
        throw new NotFoundError(`Spec file '${relativePath}' not found`);
      }
      if (stat.size > maxBytes) {
        throw tooLarge(relativePath, maxBytes);
      }
      return await handle.readFile();
    } catch (error) {
      if (
        NotFoundError.is(error) ||
        (isError(error) && error.name === 'PayloadTooLargeError')
      ) {
        throw error;
      }
      if (isError(error) && MISSING_FILE_CODES.has(String(error.code))) {
        throw new NotFoundError(`Spec file '${relativePath}' not found`);
      }
      throw new ServiceUnavailableError(
        `Spec file '${relativePath}' cannot be read`,
        error,
      );
    } finally {
      await handle?.close();
    }
  }

  async #readUrl(
    rootUrl: string,
    relativePath: string,
    maxBytes: number,
  ): Promise<Buffer> {
    // Each segment is encoded so that a file name such as `a%2F..` stays a
    // file name and is not decoded into a traversal by the SCM server.
    const encoded = relativePath
      .split('/')
      .map(segment => encodeURIComponent(segment))
      .join('/');
    const url = this.#integrations.resolveUrl({ url: encoded, base: rootUrl });
    if (new URL(url).origin !== new URL(rootUrl).origin) {
      throw new NotFoundError(`Spec file '${relativePath}' not found`);
    }

    try {
      const response = await this.#urlReader.readUrl(url);
      if (response.stream) {
        return await readStreamWithLimit(
          response.stream(),
          relativePath,
          maxBytes,
        );
      }
      const buffer = await response.buffer();
      if (buffer.length > maxBytes) {
        throw tooLarge(relativePath, maxBytes);
      }
      return buffer;
    } catch (error) {
      if (isError(error) && error.name === 'PayloadTooLargeError') {
        throw error;
      }
      if (NotFoundError.is(error)) {
        throw new NotFoundError(`Spec file '${relativePath}' not found`);
      }
      throw new ServiceUnavailableError(
        `Spec file '${relativePath}' cannot be read from its source`,
        error,
      );
    }
  }
}
