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
  coreServices,
  createServiceFactory,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import { Entity } from '@backstage/catalog-model';
import { NotFoundError, NotModifiedError } from '@backstage/errors';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { eventsServiceFactory } from '@backstage/plugin-events-node';
import eventsPlugin from '@backstage/plugin-events-backend';
import eventsModuleBitbucketCloud from '@backstage/plugin-events-backend-module-bitbucket-cloud';
import eventsModuleBitbucketServer from '@backstage/plugin-events-backend-module-bitbucket-server';
import { createHmac } from 'node:crypto';
import path from 'node:path';
import request from 'supertest';
import {
  bitbucketCloudPush,
  bitbucketServerRefsChanged,
  githubPush,
  gitlabPush,
} from './provider/__fixtures__/pushPayloads';
import { catalogModuleSpecs } from './module';

jest.setTimeout(120_000);

// The GitHub and GitLab packages export a feature loader that imports its
// modules dynamically, which Jest's module system cannot run; load the same
// two modules (webhook validation, topic router) that the loader would.
function loaderModules(pkg: string, files: string[]) {
  const dist = path.join(
    path.dirname(require.resolve(`${pkg}/package.json`)),
    'dist/service',
  );
  return files.map(f => require(path.join(dist, f)).default);
}
const eventsModulesGithub = loaderModules(
  '@backstage/plugin-events-backend-module-github',
  ['eventsModuleGithubEventRouter.cjs.js', 'eventsModuleGithubWebhook.cjs.js'],
);
const eventsModulesGitlab = loaderModules(
  '@backstage/plugin-events-backend-module-gitlab',
  ['eventsModuleGitlabEventRouter.cjs.js', 'eventsModuleGitlabWebhook.cjs.js'],
);

// Push webhooks through the real events backend (HTTP ingress, the SCM
// modules' signature and token checks, their topic routers) into the spec
// provider, against a fake remote behind the URL reader. The schedule is an
// hour: every update seen here comes from an event.

const GITHUB = 'https://github.com/acme/specs/tree/main/specs';
const GITLAB = 'https://gitlab.com/acme/specs/-/tree/main/specs';
const BITBUCKET_CLOUD = 'https://bitbucket.org/acme/specs/src/main/specs';
const BITBUCKET_SERVER =
  'https://bitbucket.example.com/projects/PRJ/repos/specs/browse/specs?at=refs%2Fheads%2Fmain';
const GITHUB_SECRET = 'github-webhook-secret';
const GITLAB_TOKEN = 'gitlab-webhook-token';

const spec = (id: string, title: string) =>
  `# ${title}\n\n**Spec ID**: ${id}\n**Status**: Draft\n\n## Tasks\n\n- [ ] T001: do it\n`;

/** Repositories behind the URL reader; each change makes a new ETag. */
class FakeRemote {
  private readonly trees = new Map<
    string,
    { version: number; files: Map<string, string> }
  >();
  readonly reads: string[] = [];

  set(target: string, file: string, content: string | undefined) {
    const tree = this.trees.get(target) ?? { version: 0, files: new Map() };
    if (content === undefined) tree.files.delete(file);
    else tree.files.set(file, content);
    tree.version += 1;
    this.trees.set(target, tree);
  }

  readonly reader: UrlReaderService = {
    readUrl: async url => {
      throw new NotFoundError(url);
    },
    search: async url => {
      throw new NotFoundError(url);
    },
    readTree: async (url, options) => {
      this.reads.push(url);
      const tree = this.trees.get(url);
      if (!tree) throw new NotFoundError(url);
      const etag = `v${tree.version}`;
      if (options?.etag === etag) throw new NotModifiedError();
      const files = [...tree.files].filter(
        ([p]) => !options?.filter || options.filter(p),
      );
      return {
        etag,
        files: async () =>
          files.map(([file, content]) => ({
            path: file,
            content: async () => Buffer.from(content),
          })),
        archive: async () => {
          throw new Error('not used');
        },
        dir: async () => {
          throw new Error('not used');
        },
      };
    },
  };
}

describe('catalogModuleSpecs with push events', () => {
  const remote = new FakeRemote();
  let server: any;
  let stop: () => Promise<void>;

  const getSpecs = async (): Promise<Entity[]> => {
    const res = await request(server)
      .get('/api/catalog/entities?filter=kind=spec')
      .set('authorization', mockCredentials.user.header());
    return res.body;
  };
  const titleOf = async (id: string, source: string) =>
    (await getSpecs()).find(
      e =>
        (e.spec as any).specId === id &&
        e.metadata.annotations?.['backstage.io/managed-by-location'] ===
          `specstage:url:${source}`,
    )?.metadata.title;

  async function until<T>(fn: () => Promise<T | undefined | false>) {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const v = await fn();
      if (v) return v;
      if (Date.now() > deadline) throw new Error(`Timed out: ${fn}`);
      await new Promise(r => setTimeout(r, 200));
    }
  }

  const post = (topic: string, payload: unknown, headers = {}) => {
    const body = JSON.stringify(payload);
    return request(server)
      .post(`/api/events/http/${topic}`)
      .set('content-type', 'application/json')
      .set(headers)
      .send(body);
  };
  const signed = (payload: unknown, secret = GITHUB_SECRET) => ({
    'x-github-event': 'push',
    'x-github-delivery': '72d3162e-cc78-11e3-81ab-4c9367dc0958',
    'x-hub-signature-256': `sha256=${createHmac('sha256', secret)
      .update(JSON.stringify(payload))
      .digest('hex')}`,
  });

  beforeAll(async () => {
    remote.set(GITHUB, '001-gh/spec.md', spec('SPEC-001', 'GitHub one'));
    remote.set(GITHUB, '002-gh/spec.md', spec('SPEC-002', 'GitHub two'));
    remote.set(GITLAB, '001-gl/spec.md', spec('SPEC-001', 'GitLab one'));
    remote.set(BITBUCKET_CLOUD, '001-bc.md', spec('SPEC-001', 'Cloud one'));
    remote.set(BITBUCKET_SERVER, '001-bs.md', spec('SPEC-001', 'Server one'));

    const backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleSpecs,
        eventsPlugin,
        ...eventsModulesGithub,
        ...eventsModulesGitlab,
        eventsModuleBitbucketCloud,
        eventsModuleBitbucketServer,
        schedulerServiceFactory,
        // The real events service (the test default is one mock per plugin):
        // the ingress, the routers and the provider share its bus.
        eventsServiceFactory,
        createServiceFactory({
          service: coreServices.urlReader,
          deps: {},
          factory: () => remote.reader,
        }),
        mockServices.rootLogger.factory({ level: 'warn' }),
        mockServices.rootConfig.factory({
          data: {
            integrations: {
              bitbucketServer: [{ host: 'bitbucket.example.com' }],
            },
            catalog: {
              processingInterval: { seconds: 1 },
              rules: [{ allow: ['Spec'] }],
              providers: {
                specs: {
                  annotationDiscovery: false,
                  sources: [
                    { target: GITHUB },
                    { target: GITLAB },
                    { target: BITBUCKET_CLOUD },
                    { target: BITBUCKET_SERVER },
                  ],
                  schedule: {
                    frequency: { hours: 1 },
                    timeout: { minutes: 1 },
                    initialDelay: { seconds: 0 },
                  },
                },
              },
            },
            events: {
              // One backend: local delivery only (the bus's long poll would
              // hold the shutdown for a minute).
              useEventBus: 'never',
              // GitHub and GitLab get their ingress from their modules
              // (with the signature/token check); Bitbucket sends none.
              http: { topics: ['bitbucketCloud', 'bitbucketServer'] },
              modules: {
                github: { webhookSecret: GITHUB_SECRET },
                gitlab: { webhookSecret: GITLAB_TOKEN },
              },
            },
          },
        }),
      ],
    });
    server = backend.server;
    stop = () => backend.stop();
    await until(async () => (await getSpecs()).length === 5);
  });

  afterAll(async () => {
    await stop?.();
  });

  it('refreshes only the pushed GitHub source on a signed push', async () => {
    remote.set(GITHUB, '001-gh/spec.md', spec('SPEC-001', 'GitHub one v2'));
    remote.reads.length = 0;
    const payload = githubPush({
      repo: 'acme/specs',
      modified: ['specs/001-gh/spec.md'],
    });
    const res = await post('github', payload, signed(payload));
    expect(res.status).toBe(202);
    await until(
      async () => (await titleOf('SPEC-001', GITHUB)) === 'GitHub one v2',
    );
    expect(remote.reads).toEqual([GITHUB]);
    // The other sources' entities are untouched.
    expect(await titleOf('SPEC-001', GITLAB)).toBe('GitLab one');
    expect((await getSpecs()).length).toBe(5);
  });

  it('rejects a GitHub push with a bad signature, and reads nothing', async () => {
    remote.set(GITHUB, '001-gh/spec.md', spec('SPEC-001', 'GitHub forged'));
    remote.reads.length = 0;
    const payload = githubPush({
      repo: 'acme/specs',
      modified: ['specs/001-gh/spec.md'],
    });
    const res = await post('github', payload, signed(payload, 'wrong'));
    expect(res.status).toBe(403);
    expect(remote.reads).toEqual([]);
    expect(await titleOf('SPEC-001', GITHUB)).toBe('GitHub one v2');
    remote.set(GITHUB, '001-gh/spec.md', spec('SPEC-001', 'GitHub one v2'));
  });

  it('ignores unrelated pushes without reading any source', async () => {
    remote.reads.length = 0;
    const other = githubPush({ repo: 'acme/other', modified: ['specs/x.md'] });
    const code = githubPush({ repo: 'acme/specs', modified: ['src/main.ts'] });
    const branch = githubPush({
      repo: 'acme/specs',
      branch: 'feature',
      modified: ['specs/001-gh/spec.md'],
    });
    for (const payload of [other, code, branch]) {
      expect((await post('github', payload, signed(payload))).status).toBe(202);
    }
    // Then a push that matters, which deletes a spec: once it is applied,
    // the unrelated pushes before it have long been handled.
    remote.set(GITHUB, '002-gh/spec.md', undefined);
    const payload = githubPush({
      repo: 'acme/specs',
      removed: ['specs/002-gh/spec.md'],
    });
    await post('github', payload, signed(payload));
    await until(async () => (await getSpecs()).length === 4);
    expect(remote.reads).toEqual([GITHUB]);
  });

  it('refreshes a GitLab source on a push with the right token', async () => {
    remote.set(GITLAB, '001-gl/spec.md', spec('SPEC-001', 'GitLab one v2'));
    remote.reads.length = 0;
    const payload = gitlabPush({
      project: 'acme/specs',
      modified: ['specs/001-gl/spec.md'],
    });
    const bad = await post('gitlab', payload, {
      'x-gitlab-event': 'Push Hook',
      'x-gitlab-token': 'wrong',
    });
    expect(bad.status).toBe(403);
    const res = await post('gitlab', payload, {
      'x-gitlab-event': 'Push Hook',
      'x-gitlab-token': GITLAB_TOKEN,
    });
    expect(res.status).toBe(202);
    await until(
      async () => (await titleOf('SPEC-001', GITLAB)) === 'GitLab one v2',
    );
    expect(remote.reads).toEqual([GITLAB]);
  });

  it('refreshes Bitbucket Cloud and Server sources on their pushes', async () => {
    remote.set(BITBUCKET_CLOUD, '001-bc.md', spec('SPEC-001', 'Cloud one v2'));
    remote.set(
      BITBUCKET_SERVER,
      '001-bs.md',
      spec('SPEC-001', 'Server one v2'),
    );
    remote.reads.length = 0;
    expect(
      (
        await post(
          'bitbucketCloud',
          bitbucketCloudPush({ repo: 'acme/specs' }),
          {
            'x-event-key': 'repo:push',
            'x-request-uuid': 'b3f1c2a4-0000-4000-8000-000000000001',
          },
        )
      ).status,
    ).toBe(202);
    await until(
      async () =>
        (await titleOf('SPEC-001', BITBUCKET_CLOUD)) === 'Cloud one v2',
    );
    expect(
      (
        await post(
          'bitbucketServer',
          bitbucketServerRefsChanged({
            host: 'bitbucket.example.com',
            project: 'PRJ',
            repo: 'specs',
          }),
          { 'x-event-key': 'repo:refs_changed', 'x-request-id': 'r-1' },
        )
      ).status,
    ).toBe(202);
    await until(
      async () =>
        (await titleOf('SPEC-001', BITBUCKET_SERVER)) === 'Server one v2',
    );
    expect(remote.reads).toEqual([BITBUCKET_CLOUD, BITBUCKET_SERVER]);
    expect(await titleOf('SPEC-001', GITHUB)).toBe('GitHub one v2');
  });
});
