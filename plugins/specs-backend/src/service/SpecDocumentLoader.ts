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

import { CacheService, LoggerService } from '@backstage/backend-plugin-api';
import {
  InputError,
  isError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import {
  parseSpec,
  SpecDiagnostic,
  SpecDocumentFile,
  SpecDocumentResponse,
  SpecSourceFile,
  specLinkedFiles,
} from '@specstage/plugin-specs-common';
import { JsonObject } from '@backstage/types';
import { createHash } from 'node:crypto';
import { SpecSource } from '../lib/readSpecSource';
import { SpecFileReader } from '../lib/SpecFileReader';
import { normalizeSpecPath } from '../lib/specPaths';

/**
 * Bump when the response shape or its derivation changes: it is part of
 * both the cache key and the ETag, so old entries and browser copies are
 * not reused.
 */
// v2: the document's files carry their link destinations (files[].links).
export const DOCUMENT_FORMAT_VERSION = 'v2';

/** How many files of one spec are read at the same time. */
const READ_CONCURRENCY = 8;

function readFailureRule(error: Error): string {
  if (NotFoundError.is(error)) {
    return 'missing-file';
  }
  if (InputError.is(error)) {
    return 'invalid-path';
  }
  if (error.name === 'PayloadTooLargeError') {
    return 'file-too-large';
  }
  return 'unreadable-file';
}

/**
 * A served document, ready to send.
 */
export interface SpecDocumentEntry {
  /** The HTTP ETag (quoted). */
  etag: string;
  /** The serialized {@link SpecDocumentResponse}. */
  body: string;
  /**
   * The paths, relative to the spec root, that the files endpoint may serve
   * for this spec: its own files and the files its markdown references.
   */
  servedPaths: string[];
}

interface CachedEntry {
  entityEtag: string;
  entry: SpecDocumentEntry;
}

type ReadOutcome =
  | { path: string; content: Buffer }
  | { path: string; error: Error };

/**
 * Reads, parses and caches the document of a Spec entity.
 *
 * @remarks
 *
 * The cache is the framework's CacheService rather than an in-process LRU
 * so that replicas share it when a Redis/Valkey/Memcache store is
 * configured. Entries are keyed by entity ref only, with the entity's etag
 * stored inside: an entity that changes overwrites its entry instead of
 * adding one, so the number of entries stays bounded by the number of Spec
 * entities even with the default in-memory store (which never evicts keys
 * that are not read again). The TTL bounds how long an edit that does not
 * change the entity (prose only) takes to show.
 */
export class SpecDocumentLoader {
  readonly #reader: SpecFileReader;
  readonly #cache: CacheService;
  readonly #logger: LoggerService;
  readonly #maxBytes: number;
  readonly #ttlMs: number;
  readonly #inFlight = new Map<string, Promise<SpecDocumentEntry>>();

  constructor(options: {
    reader: SpecFileReader;
    cache: CacheService;
    logger: LoggerService;
    maxBytes: number;
    ttlMs: number;
  }) {
    this.#reader = options.reader;
    this.#cache = options.cache;
    this.#logger = options.logger;
    this.#maxBytes = options.maxBytes;
    this.#ttlMs = options.ttlMs;
  }

  async load(source: SpecSource): Promise<SpecDocumentEntry> {
    const key = `document:${DOCUMENT_FORMAT_VERSION}:${source.entityRef}`;
    const { entityEtag } = source;

    if (entityEtag) {
      const cached = await this.#cacheGet(key);
      if (cached?.entityEtag === entityEtag) {
        return cached.entry;
      }
    }

    // Concurrent requests for the same version of a spec (a page and its
    // images, several viewers) share one read.
    const flightKey = `${key}\0${entityEtag ?? ''}`;
    const pending = this.#inFlight.get(flightKey);
    if (pending) {
      return pending;
    }
    const promise = this.#build(source).then(async ({ entry, cacheable }) => {
      if (entityEtag && cacheable) {
        await this.#cacheSet(key, { entityEtag, entry });
      }
      return entry;
    });
    this.#inFlight.set(flightKey, promise);
    try {
      return await promise;
    } finally {
      this.#inFlight.delete(flightKey);
    }
  }

  async #build(
    source: SpecSource,
  ): Promise<{ entry: SpecDocumentEntry; cacheable: boolean }> {
    const outcomes = await this.#readAll(source);
    const read = outcomes.filter(
      (o): o is { path: string; content: Buffer } => 'content' in o,
    );
    const failed = outcomes.filter(
      (o): o is { path: string; error: Error } => 'error' in o,
    );

    if (source.files.length > 0 && read.length === 0) {
      // Nothing at all could be read: the root is gone or unreachable, and
      // an empty document would look like a spec without content.
      throw new ServiceUnavailableError(
        `The files of ${source.entityRef} cannot be read from its source`,
        failed[0]?.error,
      );
    }

    const sourceFiles: SpecSourceFile[] = read.map(o => ({
      path: o.path,
      content: o.content,
    }));
    const document = parseSpec(sourceFiles, { location: source.location });
    const readDiagnostics: SpecDiagnostic[] = failed.map(o => ({
      severity: 'error',
      rule: readFailureRule(o.error),
      message: o.error.message,
      file: o.path,
    }));
    document.diagnostics = [...readDiagnostics, ...document.diagnostics];

    const roles = new Map(document.files.map(f => [f.path, f.role]));
    const files: SpecDocumentFile[] = read.map(o => ({
      path: o.path,
      role: roles.get(o.path) ?? 'other',
      markdown: o.content.toString('utf8'),
    }));
    const response: SpecDocumentResponse = {
      entityRef: source.entityRef,
      document,
      files,
    };
    const body = JSON.stringify(response);

    // What the parser found linked or embedded inside the root, the same
    // destinations the page's renderer asks for; a path climbing above the
    // root (`../`) is another spec's business, never served from here.
    const servedPaths = new Set(
      specLinkedFiles(document).filter(path => !path.startsWith('../')),
    );
    for (const file of files) {
      servedPaths.add(file.path);
    }

    const etag = `"${createHash('sha256')
      .update(DOCUMENT_FORMAT_VERSION)
      .update('\0')
      .update(source.entityEtag ?? '')
      .update('\0')
      .update(body)
      .digest('base64url')
      .slice(0, 32)}"`;

    // A transient failure must not stick for a whole TTL; missing files,
    // oversized files and bad paths are facts about the source and may.
    const cacheable = failed.every(o => !ServiceUnavailableError.is(o.error));
    return {
      entry: { etag, body, servedPaths: [...servedPaths].sort() },
      cacheable,
    };
  }

  async #readAll(source: SpecSource): Promise<ReadOutcome[]> {
    const outcomes: ReadOutcome[] = new Array(source.files.length);
    let next = 0;
    const worker = async () => {
      while (next < source.files.length) {
        const index = next++;
        outcomes[index] = await this.#readOne(source, source.files[index]);
      }
    };
    await Promise.all(
      Array.from(
        { length: Math.min(READ_CONCURRENCY, source.files.length) },
        worker,
      ),
    );
    return outcomes;
  }

  async #readOne(source: SpecSource, file: string): Promise<ReadOutcome> {
    let path = file;
    try {
      path = normalizeSpecPath(file);
      const content = await this.#reader.read(source.root, path, {
        maxBytes: this.#maxBytes,
      });
      return { path, content };
    } catch (error) {
      if (
        InputError.is(error) ||
        NotFoundError.is(error) ||
        ServiceUnavailableError.is(error) ||
        (isError(error) && error.name === 'PayloadTooLargeError')
      ) {
        return { path, error: error as Error };
      }
      throw error;
    }
  }

  async #cacheGet(key: string): Promise<CachedEntry | undefined> {
    try {
      const value = await this.#cache.get<JsonObject>(key);
      return value as unknown as CachedEntry | undefined;
    } catch (error) {
      // A cache outage makes requests slower, not failing.
      this.#logger.warn(`Failed to read spec document cache: ${error}`);
      return undefined;
    }
  }

  async #cacheSet(key: string, value: CachedEntry): Promise<void> {
    try {
      await this.#cache.set(key, value as unknown as JsonObject, {
        ttl: this.#ttlMs,
      });
    } catch (error) {
      this.#logger.warn(`Failed to write spec document cache: ${error}`);
    }
  }
}
