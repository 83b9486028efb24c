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

import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  createMockDirectory,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  CompoundEntityRef,
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { NotFoundError } from '@backstage/errors';
import { SpecDocumentResponse } from '@specstage/plugin-specs-common';
import { Server } from 'node:http';
import request from 'supertest';
import { specsPlugin } from '../plugin';

const ALICE = 'user:default/alice';
const MAX_BYTES = 1000;

const mockDir = createMockDirectory();

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function specEntity(options: {
  name: string;
  root: string;
  files: string[];
  etag?: string;
  managedBy?: string;
  location?: string;
}): Entity {
  const managedBy = options.managedBy ?? 'specstage:test-source';
  return {
    apiVersion: 'specstage.io/v1alpha1',
    kind: 'Spec',
    metadata: {
      name: options.name,
      namespace: 'default',
      etag: options.etag ?? 'etag-1',
      annotations: {
        'backstage.io/managed-by-location': managedBy,
        'backstage.io/managed-by-origin-location': managedBy,
        'specstage.io/spec-root': options.root,
      },
    },
    spec: { files: options.files, location: options.location ?? options.name },
  };
}

/** The catalog's filter semantics, for the few keys the plugin filters on. */
function matchesFilter(
  entity: Entity,
  filter: Record<string, string | string[]>,
): boolean {
  return Object.entries(filter).every(([key, wanted]) => {
    let value: unknown;
    if (key === 'kind') value = entity.kind;
    else if (key.startsWith('metadata.annotations.')) {
      value =
        entity.metadata.annotations?.[
          key.slice('metadata.annotations.'.length)
        ];
    } else if (key === 'spec.location') value = entity.spec?.location;
    else throw new Error(`unexpected filter key ${key}`);
    const values = Array.isArray(wanted) ? wanted : [wanted];
    return (
      typeof value === 'string' &&
      values.some(v => v.toLocaleLowerCase() === value!.toLocaleLowerCase())
    );
  });
}

describe('specs router', () => {
  let server: Server;
  let entities: Entity[];
  const readUrl = jest.fn();

  // Only alice may read spec:default/secret; the real catalog filters by
  // permission the same way, answering as if the entity did not exist.
  const RESTRICTED = ['secret', 'b43', 'c44', 'remote-b'];
  function canRead(entity: Entity, credentials: BackstageCredentials) {
    if ((credentials.principal as { type?: string }).type === 'service') {
      return true;
    }
    if (!RESTRICTED.includes(entity.metadata.name)) {
      return true;
    }
    const principal = credentials.principal as { userEntityRef?: string };
    return principal.userEntityRef === ALICE;
  }

  beforeEach(async () => {
    mockDir.setContent({
      'secret.txt': 'TOP SECRET',
      specs: {
        foo: {
          'spec.md': [
            '# Feature Specification: Foo',
            '',
            '![architecture](images/arch.svg)',
            '![photo](./images/a.png) ![big](images/big.png)',
            '[notes](notes.html) [plan](plan.md) ![link](link.png)',
          ].join('\n'),
          'plan.md': '# Implementation Plan: Foo\n\n![x](/images/a.png)\n',
          images: {
            'arch.svg':
              '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            'a.png': PNG,
            'big.png': Buffer.alloc(MAX_BYTES + 1),
            'unreferenced.png': PNG,
          },
          'notes.html': '<script>alert(1)</script>',
          'link.png': ctx => ctx.symlink(mockDir.resolve('secret.txt')),
        },
        alias: {
          'spec.md':
            '---\nid: SPEC-0099\nx: &a [*a]\n---\n# Feature Specification: Alias\n',
        },
        shared: {
          'SPEC-0042-a.md': [
            '# SPEC-0042: A',
            '',
            '![x](img/x.png) [notes](notes/readme.md)',
            'See [SPEC-0043](0043-gateway/spec.md) and its',
            '![diagram](0043-gateway/diagram.png), [SPEC-0044](SPEC-0044-c.md),',
            '[its plan](/0043-gateway/plan.md).',
            '',
            'Quoted, not linked: `![b](SPEC-0043-b.md)`',
            '<!-- [b](SPEC-0043-b.md) -->',
            '```markdown',
            '![b](SPEC-0043-b.md) <img src="SPEC-0043-b.md">',
            '```',
            '',
            '<img',
            '  src="img/wide.png"',
            '  alt="A tag formatted over lines">',
          ].join('\n'),
          'SPEC-0043-b.md': '# SPEC-0043: B (confidential)\n',
          'SPEC-0044-c.md': '# SPEC-0044: C (confidential)\n',
          '0043-gateway': {
            'spec.md': '# SPEC-0043: Gateway (confidential)\n',
            'plan.md': '# Plan (confidential)\n',
            'diagram.png': PNG,
          },
          notes: { 'readme.md': '# Notes\n' },
          img: { 'x.png': PNG, 'wide.png': PNG },
        },
      },
    });

    entities = [
      specEntity({
        name: 'foo',
        root: `file:${mockDir.resolve('specs/foo')}`,
        files: ['spec.md', 'plan.md', 'missing.md'],
      }),
      specEntity({
        name: 'secret',
        root: `file:${mockDir.resolve('specs/foo')}`,
        files: ['spec.md'],
      }),
      specEntity({
        name: 'a',
        root: `file:${mockDir.resolve('specs/shared')}`,
        files: ['SPEC-0042-a.md'],
        location: 'SPEC-0042-a.md',
      }),
      specEntity({
        name: 'b43',
        root: `file:${mockDir.resolve('specs/shared/0043-gateway')}`,
        files: ['spec.md', 'plan.md'],
        location: '0043-gateway',
      }),
      specEntity({
        name: 'c44',
        root: `file:${mockDir.resolve('specs/shared')}`,
        files: ['SPEC-0044-c.md'],
        location: 'SPEC-0044-c.md',
      }),
      specEntity({
        name: 'remote-a',
        root: 'url:https://github.com/acme/specs/tree/main/specs/',
        files: ['SPEC-0050.md'],
        location: 'SPEC-0050.md',
        managedBy:
          'specstage:url:https://github.com/acme/specs/tree/main/specs',
      }),
      specEntity({
        name: 'remote-b',
        root: 'url:https://github.com/acme/specs/tree/main/specs/0051-x',
        files: ['spec.md'],
        location: '0051-x',
        managedBy:
          'specstage:url:https://github.com/acme/specs/tree/main/specs',
      }),
      specEntity({
        name: 'rogue',
        root: `file:${mockDir.resolve('specs/foo')}`,
        files: ['spec.md'],
        managedBy: `url:https://example.com/catalog-info.yaml`,
      }),
      specEntity({
        name: 'remote',
        root: 'url:https://github.com/acme/specs/tree/main/specs/remote',
        files: ['spec.md', 'phases/1-setup/plan.md'],
      }),
      specEntity({
        name: 'down',
        root: 'url:https://github.com/acme/specs/tree/main/specs/down/',
        files: ['spec.md'],
      }),
      specEntity({
        name: 'alias',
        root: `file:${mockDir.resolve('specs/alias')}`,
        files: ['spec.md'],
      }),
      specEntity({
        name: 'gone',
        root: `file:${mockDir.resolve('specs/gone')}`,
        files: ['spec.md'],
      }),
    ];

    readUrl.mockReset();
    readUrl.mockImplementation(async (url: string) => {
      const base = 'https://github.com/acme/specs/tree/main/specs/remote/';
      const tree = 'https://github.com/acme/specs/tree/main/specs/';
      const files: Record<string, string> = {
        [`${base}spec.md`]: '# Feature Specification: Remote\n',
        [`${base}phases/1-setup/plan.md`]: '# Phase 1: Setup\n',
        [`${tree}SPEC-0050.md`]:
          '# SPEC-0050\n\n[SPEC-0051](0051-x/spec.md) ![d](0051-x/d.png)\n',
        [`${tree}0051-x/spec.md`]: '# SPEC-0051 (confidential)\n',
        [`${tree}0051-x/d.png`]: PNG.toString('latin1'),
      };
      if (url.includes('/specs/down/')) {
        throw new Error('connect ECONNREFUSED');
      }
      if (!(url in files)) {
        throw new NotFoundError(`${url} not found`);
      }
      return { buffer: async () => Buffer.from(files[url]) };
    });

    const catalog = catalogServiceMock.mock({
      getEntityByRef: async (ref: string | CompoundEntityRef, options) => {
        const { credentials } = options as {
          credentials: BackstageCredentials;
        };
        const wanted = stringifyEntityRef(
          typeof ref === 'string' ? parseEntityRef(ref) : ref,
        );
        const entity = entities.find(e => stringifyEntityRef(e) === wanted);
        return entity && canRead(entity, credentials) ? entity : undefined;
      },
      getEntities: async (req, options) => {
        const { credentials } = options as {
          credentials: BackstageCredentials;
        };
        const filters = [req?.filter ?? []].flat() as Record<
          string,
          string | string[]
        >[];
        return {
          items: entities.filter(
            e =>
              canRead(e, credentials) &&
              filters.some(filter => matchesFilter(e, filter)),
          ),
        };
      },
    });

    const backend = await startTestBackend({
      features: [
        specsPlugin,
        catalog.factory,
        mockServices.urlReader.mock({ readUrl }).factory,
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
        mockServices.rootConfig.factory({
          data: { specs: { files: { maxBytes: MAX_BYTES } } },
        }),
      ],
    });
    server = backend.server;
  });

  const asUser = (userRef?: string) => ({
    Authorization: mockCredentials.user.header(userRef),
  });
  const documentUrl = (name: string) =>
    `/api/specs/v1/entities/default/${name}/document`;
  const fileUrl = (name: string, path: string) =>
    `/api/specs/v1/entities/default/${name}/files/${path}`;

  describe('GET /v1/entities/:namespace/:name/document', () => {
    it('serves the parsed document and the markdown of each file', async () => {
      const res = await request(server).get(documentUrl('foo')).set(asUser());

      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.headers['cache-control']).toBe('private, no-cache');
      expect(res.headers.etag).toMatch(/^"[\w-]+"$/);

      const body = res.body as SpecDocumentResponse;
      expect(body.entityRef).toBe('spec:default/foo');
      expect(body.files.map(f => [f.path, f.role])).toEqual([
        ['spec.md', 'spec'],
        ['plan.md', 'plan'],
      ]);
      expect(body.files[0].markdown).toContain('# Feature Specification: Foo');
      expect(body.files[1].markdown).toContain('# Implementation Plan: Foo');
      expect(body.document.files.map(f => f.path)).toEqual(
        expect.arrayContaining(['spec.md', 'plan.md']),
      );
      // A file that cannot be read is a diagnostic, not a failed request.
      expect(body.document.diagnostics).toContainEqual(
        expect.objectContaining({
          severity: 'error',
          rule: 'missing-file',
          file: 'missing.md',
        }),
      );
    });

    it('answers 404 when the caller may not read the entity', async () => {
      const denied = await request(server)
        .get(documentUrl('secret'))
        .set(asUser());
      expect(denied.status).toBe(404);
      expect(denied.body.error.name).toBe('NotFoundError');
      expect(JSON.stringify(denied.body)).not.toContain('Feature');

      const allowed = await request(server)
        .get(documentUrl('secret'))
        .set(asUser(ALICE));
      expect(allowed.status).toBe(200);
    });

    it('requires credentials and does not accept the cookie', async () => {
      expect((await request(server).get(documentUrl('foo'))).status).toBe(401);
      const res = await request(server)
        .get(documentUrl('foo'))
        .set('Cookie', mockCredentials.limitedUser.cookie(ALICE));
      expect(res.status).toBe(401);
    });

    it('answers 404 for specs not managed by specstage and unknown specs', async () => {
      for (const name of ['rogue', 'nope']) {
        const res = await request(server).get(documentUrl(name)).set(asUser());
        expect(res.status).toBe(404);
        expect(res.body.error.name).toBe('NotFoundError');
      }
    });

    it('honours If-None-Match and changes the ETag with the entity', async () => {
      const first = await request(server).get(documentUrl('foo')).set(asUser());
      const etag = first.headers.etag;

      const notModified = await request(server)
        .get(documentUrl('foo'))
        .set(asUser())
        .set('If-None-Match', `"other", W/${etag}`);
      expect(notModified.status).toBe(304);
      expect(notModified.headers.etag).toBe(etag);
      expect(notModified.text).toBe('');

      entities[0] = {
        ...entities[0],
        metadata: { ...entities[0].metadata, etag: 'etag-2' },
      };
      const changed = await request(server)
        .get(documentUrl('foo'))
        .set(asUser())
        .set('If-None-Match', etag);
      expect(changed.status).toBe(200);
      expect(changed.headers.etag).not.toBe(etag);
    });

    it('does not answer 304 to a caller who lost access', async () => {
      const first = await request(server)
        .get(documentUrl('secret'))
        .set(asUser(ALICE));
      const res = await request(server)
        .get(documentUrl('secret'))
        .set(asUser())
        .set('If-None-Match', first.headers.etag);
      expect(res.status).toBe(404);
    });

    it('reads url roots through the UrlReaderService and caches the result', async () => {
      const res = await request(server)
        .get(documentUrl('remote'))
        .set(asUser());

      expect(res.status).toBe(200);
      expect(readUrl.mock.calls.map(c => c[0]).sort()).toEqual([
        'https://github.com/acme/specs/tree/main/specs/remote/phases/1-setup/plan.md',
        'https://github.com/acme/specs/tree/main/specs/remote/spec.md',
      ]);
      expect((res.body as SpecDocumentResponse).files.map(f => f.path)).toEqual(
        ['spec.md', 'phases/1-setup/plan.md'],
      );

      const again = await request(server)
        .get(documentUrl('remote'))
        .set(asUser(ALICE));
      expect(again.status).toBe(200);
      expect(again.headers.etag).toBe(res.headers.etag);
      expect(readUrl).toHaveBeenCalledTimes(2);
    });

    it('attack: self-referencing YAML alias (x: &a [*a]) still serves the document', async () => {
      const res = await request(server).get(documentUrl('alias')).set(asUser());
      expect(res.status).toBe(200);
      const body = res.body as SpecDocumentResponse;
      expect(body.document.title).toBe('Alias');
      expect(body.document.frontMatter).toBeUndefined();
      expect(body.document.diagnostics).toContainEqual(
        expect.objectContaining({
          rule: 'invalid-front-matter',
          file: 'spec.md',
          line: 3,
        }),
      );
    });

    it('answers 503 when the source of a spec cannot be reached', async () => {
      for (const name of ['down', 'gone']) {
        const res = await request(server).get(documentUrl(name)).set(asUser());
        expect(res.status).toBe(503);
        expect(res.body.error.name).toBe('ServiceUnavailableError');
      }
    });
  });

  describe('GET /v1/entities/:namespace/:name/files/*', () => {
    it('serves referenced images with safe headers', async () => {
      const res = await request(server)
        .get(fileUrl('foo', 'images/a.png'))
        .set(asUser());

      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('image/png');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['cache-control']).toBe('private, max-age=300');
      expect(res.headers.etag).toMatch(/^"[\w-]+"$/);
      expect(Buffer.from(res.body)).toEqual(PNG);

      const again = await request(server)
        .get(fileUrl('foo', 'images/a.png'))
        .set(asUser())
        .set('If-None-Match', res.headers.etag);
      expect(again.status).toBe(304);
    });

    it('sandboxes SVG and serves markdown as plain text', async () => {
      const svg = await request(server)
        .get(fileUrl('foo', 'images/arch.svg'))
        .set(asUser());
      expect(svg.status).toBe(200);
      expect(svg.headers['content-type']).toBe('image/svg+xml');
      expect(svg.headers['content-security-policy']).toBe(
        "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      );

      const md = await request(server)
        .get(fileUrl('foo', 'plan.md'))
        .set(asUser());
      expect(md.status).toBe(200);
      expect(md.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(md.text).toContain('# Implementation Plan: Foo');
    });

    it('refuses types that are not on the allow-list', async () => {
      const res = await request(server)
        .get(fileUrl('foo', 'notes.html'))
        .set(asUser());
      expect(res.status).toBe(400);
      expect(res.text).not.toContain('<script>');
    });

    it('answers 413 for files over the size limit', async () => {
      const res = await request(server)
        .get(fileUrl('foo', 'images/big.png'))
        .set(asUser());
      expect(res.status).toBe(413);
      expect(res.body.error.name).toBe('PayloadTooLargeError');
    });

    it.each([
      ['..%2F..%2F..%2Fsecret.txt', 400],
      ['..%2f..%2f..%2fsecret.txt', 400],
      ['../../../secret.txt', 400],
      ['images/..%2F..%2F..%2F..%2Fsecret.txt', 400],
      ['%2e%2e/%2e%2e/%2e%2e/secret.txt', 400],
      ['..%5C..%5C..%5Csecret.txt', 400],
      ['%2Fetc%2Fpasswd', 400],
      ['C:%2Fsecret.txt', 400],
      ['https:%2F%2Fexample.com%2Fa.png', 400],
      // referenced by the spec, but a symlink that points out of the root
      ['link.png', 404],
    ])('rejects the traversal %s', async (path, status) => {
      const res = await request(server).get(fileUrl('foo', path)).set(asUser());
      expect(res.status).toBe(status);
      expect(res.text).not.toContain('TOP SECRET');
    });

    it('rejects the absolute path of a real file', async () => {
      const res = await request(server)
        .get(fileUrl('foo', encodeURIComponent(mockDir.resolve('secret.txt'))))
        .set(asUser());
      expect(res.status).toBe(400);
      expect(res.text).not.toContain('TOP SECRET');
    });

    it('serves only files the spec references', async () => {
      const referenced = await request(server)
        .get(fileUrl('a', 'img/x.png'))
        .set(asUser());
      expect(referenced.status).toBe(200);

      for (const path of ['SPEC-0043-b.md', 'images/unreferenced.png']) {
        const name = path.startsWith('SPEC') ? 'a' : 'foo';
        const res = await request(server)
          .get(fileUrl(name, path))
          .set(asUser());
        expect(res.status).toBe(404);
        expect(res.text).not.toContain('confidential');
      }
    });

    it('attack: a file named only in inline code, a comment or a fence is not served', async () => {
      // The served list comes from the parser's link destinations, which
      // skip what the page does not render as a link.
      const res = await request(server)
        .get(fileUrl('a', 'SPEC-0043-b.md'))
        .set(asUser());
      expect(res.status).toBe(404);
      expect(res.text).not.toContain('confidential');
      // A raw HTML tag broken over lines still loads its image.
      const wide = await request(server)
        .get(fileUrl('a', 'img/wide.png'))
        .set(asUser());
      expect(wide.status).toBe(200);
    });

    it('applies the same permission rule as documents', async () => {
      const denied = await request(server)
        .get(fileUrl('secret', 'spec.md'))
        .set(asUser());
      expect(denied.status).toBe(404);
      const rogue = await request(server)
        .get(fileUrl('rogue', 'spec.md'))
        .set(asUser());
      expect(rogue.status).toBe(404);
    });

    describe("attack: a denied spec read through another spec's files route", () => {
      // SPEC-0042 (readable) is a single file whose root is the folder it
      // shares with SPEC-0043 (a spec directory) and SPEC-0044 (another
      // single file), which the caller may not read; SPEC-0042 links them.
      it.each([
        '0043-gateway/spec.md',
        '0043-gateway/plan.md',
        '0043-gateway/diagram.png',
        'SPEC-0044-c.md',
      ])(
        'does not serve %s to a caller who may not read its spec',
        async path => {
          const res = await request(server)
            .get(fileUrl('a', path))
            .set(asUser());
          expect(res.status).toBe(404);
          expect(res.body.error.message).toBe(
            `Spec file '${path}' is not referenced by spec:default/a`,
          );
          expect(res.text).not.toContain('confidential');

          const cookie = await request(server)
            .get(fileUrl('a', path))
            .set('Cookie', mockCredentials.limitedUser.cookie());
          expect(cookie.status).toBe(404);

          const allowed = await request(server)
            .get(fileUrl('a', path))
            .set(asUser(ALICE));
          expect(allowed.status).toBe(200);
        },
      );

      it('still serves referenced files that no other spec owns', async () => {
        for (const path of ['img/x.png', 'notes/readme.md']) {
          const res = await request(server)
            .get(fileUrl('a', path))
            .set(asUser());
          expect(res.status).toBe(200);
        }
      });

      it('does not serve another spec of the same url source', async () => {
        for (const path of ['0051-x/spec.md', '0051-x/d.png']) {
          const denied = await request(server)
            .get(fileUrl('remote-a', path))
            .set(asUser());
          expect(denied.status).toBe(404);
          expect(denied.text).not.toContain('confidential');
          const allowed = await request(server)
            .get(fileUrl('remote-a', path))
            .set(asUser(ALICE));
          expect(allowed.status).toBe(200);
        }
      });
    });

    it('accepts the user cookie so that img elements work', async () => {
      const res = await request(server)
        .get(fileUrl('secret', 'spec.md'))
        .set('Cookie', mockCredentials.limitedUser.cookie(ALICE));
      expect(res.status).toBe(200);
      expect(
        (await request(server).get(fileUrl('foo', 'images/a.png'))).status,
      ).toBe(401);
    });
  });
});
