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
  BackstageCredentials,
  HttpAuthService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import express from 'express';
import Router from 'express-promise-router';
import { createHash } from 'node:crypto';
import {
  ALLOWED_FILE_EXTENSIONS,
  getSpecFileContentType,
} from '../lib/contentTypes';
import { readSpecSource, SpecSource } from '../lib/readSpecSource';
import { SpecFileReader } from '../lib/SpecFileReader';
import { normalizeSpecPath } from '../lib/specPaths';
import { SpecDocumentLoader } from './SpecDocumentLoader';
import { SpecFileAuthorizer } from './SpecFileAuthorizer';

/**
 * Options for {@link createRouter}.
 */
export interface RouterOptions {
  logger: LoggerService;
  httpAuth: HttpAuthService;
  catalog: CatalogService;
  reader: SpecFileReader;
  loader: SpecDocumentLoader;
  /** Authorizes files that other specs own; see {@link SpecFileAuthorizer}. */
  fileAuthorizer: SpecFileAuthorizer;
  /** The size limit of a single file, in bytes. */
  maxFileBytes: number;
}

/** The path of the files route, also used for its cookie auth policy. */
export const FILES_ROUTE_PREFIX = '/v1/entities/:namespace/:name/files';

// Documents are revalidated on every use so that a revoked permission or a
// changed spec shows at once; the 304 keeps that cheap. Files (images,
// mostly) may be reused for a few minutes: a page can embed dozens of them
// and each revalidation costs a catalog lookup and a read from the source.
const DOCUMENT_CACHE_CONTROL = 'private, no-cache';
const FILE_CACHE_CONTROL = 'private, max-age=300';

// Applied to every file, not only SVG: nothing served here needs to run
// script, load resources or be framed as a document of the portal.
const FILE_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

function matchesIfNoneMatch(req: express.Request, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header) {
    return false;
  }
  // If-None-Match uses the weak comparison: W/"x" matches "x".
  const opaque = etag.replace(/^W\//, '');
  return header
    .split(',')
    .map(tag => tag.trim())
    .some(tag => tag === '*' || tag.replace(/^W\//, '') === opaque);
}

function contentDispositionFileName(filePath: string): string {
  const name = filePath.slice(filePath.lastIndexOf('/') + 1);
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * Creates the router of the specs backend.
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, catalog, reader, loader, fileAuthorizer, maxFileBytes } =
    options;
  const router = Router();

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  // Reads the entity with the caller's own credentials, so that the
  // catalog's permission rules decide: an entity the caller may not see is
  // indistinguishable from one that does not exist.
  async function getSpecSource(
    req: express.Request<{ namespace: string; name: string }>,
    { allowLimitedAccess }: { allowLimitedAccess: boolean },
  ): Promise<{ source: SpecSource; credentials: BackstageCredentials }> {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
      allowLimitedAccess,
    });
    const { namespace, name } = req.params;
    const entity = await catalog.getEntityByRef(
      { kind: 'spec', namespace, name },
      { credentials },
    );
    if (!entity) {
      throw new NotFoundError(
        `No spec document for entity 'spec:${namespace}/${name}'`,
      );
    }
    return { source: readSpecSource(entity), credentials };
  }

  router.get('/v1/entities/:namespace/:name/document', async (req, res) => {
    const { source } = await getSpecSource(req, { allowLimitedAccess: false });
    const entry = await loader.load(source);

    res.setHeader('ETag', entry.etag);
    res.setHeader('Cache-Control', DOCUMENT_CACHE_CONTROL);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (matchesIfNoneMatch(req, entry.etag)) {
      res.status(304).end();
      return;
    }
    res.type('application/json').send(entry.body);
  });

  router.get(`${FILES_ROUTE_PREFIX}/*`, async (req, res) => {
    // Express has already decoded the wildcard, so encoded traversals such
    // as `..%2F` are plain `../` here and rejected with the rest.
    const wildcard = (req.params as unknown as { 0?: string })[0];
    const filePath = normalizeSpecPath(wildcard ?? '');
    const type = getSpecFileContentType(filePath);
    if (!type) {
      throw new InputError(
        `Files of this type are not served; allowed extensions are ${ALLOWED_FILE_EXTENSIONS.join(
          ', ',
        )}`,
      );
    }

    const { source, credentials } = await getSpecSource(req, {
      allowLimitedAccess: true,
    });
    const entry = await loader.load(source);
    if (!entry.servedPaths.includes(filePath)) {
      // A single-file spec's root is a directory it may share with specs
      // the caller cannot read; only what this spec references is served.
      throw new NotFoundError(
        `Spec file '${filePath}' is not referenced by ${source.entityRef}`,
      );
    }
    // A referenced file may belong to another spec (its markdown, or a file
    // in its directory): the caller must be allowed to read that spec too.
    await fileAuthorizer.authorize(source, filePath, credentials);

    const content = await reader.read(source.root, filePath, {
      maxBytes: maxFileBytes,
    });
    const etag = `"${createHash('sha256')
      .update(source.entityEtag ?? '')
      .update('\0')
      .update(filePath)
      .update('\0')
      .update(content)
      .digest('base64url')
      .slice(0, 32)}"`;

    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', FILE_CACHE_CONTROL);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', FILE_CSP);
    res.setHeader('Cross-Origin-Resource-Policy', 'same-site');
    if (type.attachment) {
      res.setHeader(
        'Content-Disposition',
        `attachment; ${contentDispositionFileName(filePath)}`,
      );
    }
    if (matchesIfNoneMatch(req, etag)) {
      res.status(304).end();
      return;
    }
    res.setHeader('Content-Type', type.contentType);
    res.setHeader('Content-Length', String(content.length));
    res.end(content);
  });

  return router;
}
