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
import { Entity } from '@backstage/catalog-model';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { TestPipeline } from '@backstage/plugin-search-backend-node';
import { parseSpec, SpecSearchDocument } from '@specstage/plugin-specs-common';
import { SpecsCollatorFactory } from './SpecsCollatorFactory';

const BASE_URL = 'http://localhost:7007/api/specs';

const SPEC_MD = `# Spec: Tenant rate limits

**Spec ID**: SPEC-0100
**Status**: In progress
**Owner**: group:default/platform-team

## Summary

Cap every tenant at the gateway.

\`\`\`yaml
secretSummaryCode: true
\`\`\`

## User Stories

### US-1: Protect shared backends (Priority: P1)

As an operator, I want tenants capped, so that one client cannot hurt others.

**Acceptance Scenarios**:
1. **Given** a noisy tenant, **When** it exceeds its budget, **Then** requests get \`429\`.

## Requirements

### Functional

- **FR-001**: System MUST identify the tenant from the validated API key.
- **FR-002**: System SHOULD expose per-tenant counters.

\`\`\`ts
const forbiddenRequirementCode = 1;
\`\`\`

## Success Criteria

- **SC-001**: Noisy tenants never degrade other tenants' p99 latency.

## Implementation Phases

### Phase 1: Foundation

- [x] **T001**: Deploy the limiter service.
- [ ] **T002**: Wire the auth filter metadata.
`;

function specEntity(name: string, extra?: Partial<Entity['spec']>): Entity {
  return {
    apiVersion: 'specstage.io/v1alpha1',
    kind: 'Spec',
    metadata: {
      name,
      namespace: 'default',
      title: `Title of ${name}`,
      description: `Description of ${name}`,
    },
    spec: {
      specId: `SPEC-${name}`,
      status: { value: 'in-progress', stale: false },
      owner: 'group:default/platform-team',
      components: ['component:default/ingress-gateway'],
      template: false,
      counts: {
        userStories: 1,
        requirements: 2,
        successCriteria: 1,
        tasks: { done: 1, partial: 0, total: 2 },
        review: { checked: 0, total: 0 },
        openClarifications: 0,
      },
      phases: [],
      review: [],
      diagnostics: { errors: 0, warnings: 0, infos: 0 },
      files: ['spec.md'],
      ...extra,
    },
  };
}

const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'ingress-gateway', namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner: 'platform-team' },
};

function documentResponse(entityRef: string) {
  return {
    entityRef,
    document: parseSpec([{ path: 'spec.md', content: SPEC_MD }]),
    files: [{ path: 'spec.md', role: 'spec', markdown: SPEC_MD }],
  };
}

function jsonResponse(status: number, body: unknown) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

function setup(options: {
  entities: Entity[];
  fetch?: jest.Mock;
  batchSize?: number;
}) {
  const logger = mockServices.logger.mock();
  const catalog = catalogServiceMock({ entities: options.entities });
  const fetch =
    options.fetch ??
    jest.fn(async (url: string) => {
      const match = /\/v1\/entities\/([^/]+)\/([^/]+)\/document$/.exec(url);
      return jsonResponse(
        200,
        documentResponse(`spec:${match![1]}/${decodeURIComponent(match![2])}`),
      );
    });
  const factory = new SpecsCollatorFactory({
    auth: mockServices.auth(),
    discovery: mockServices.discovery.mock({
      getBaseUrl: async (pluginId: string) =>
        `http://localhost:7007/api/${pluginId}`,
    }),
    catalog,
    logger,
    fetch: fetch as unknown as typeof globalThis.fetch,
    batchSize: options.batchSize,
  });
  return { factory, fetch, logger, catalog };
}

async function collate(factory: SpecsCollatorFactory) {
  const { documents } = await TestPipeline.fromCollator(
    await factory.getCollator(),
  ).execute();
  return documents as SpecSearchDocument[];
}

describe('SpecsCollatorFactory', () => {
  it('has type spec and the catalog read permission for visibility', () => {
    const { factory } = setup({ entities: [] });
    expect(factory.type).toBe('spec');
    expect(factory.visibilityPermission).toBe(catalogEntityReadPermission);
  });

  it('indexes only Spec entities, with their document text and a link to the spec page', async () => {
    const { factory, fetch } = setup({
      entities: [specEntity('rate-limits'), component],
    });

    const documents = await collate(factory);

    expect(documents).toHaveLength(1);
    const [doc] = documents;
    expect(doc).toMatchObject({
      title: 'Tenant rate limits',
      location: '/catalog/default/spec/rate-limits',
      summary: 'Cap every tenant at the gateway.',
      specId: 'SPEC-0100',
      status: 'in-progress',
      statusStale: false,
      owner: 'group:default/platform-team',
      components: ['component:default/ingress-gateway'],
      kind: 'Spec',
      namespace: 'default',
      name: 'rate-limits',
      tasksDone: 1,
      tasksPartial: 0,
      tasksTotal: 2,
      authorization: { resourceRef: 'spec:default/rate-limits' },
    });

    // Id, status, owner, components, summary, stories, requirements,
    // criteria and tasks are all searchable.
    for (const phrase of [
      'SPEC-0100',
      'Status: in-progress',
      'Owner: group:default/platform-team',
      'component:default/ingress-gateway',
      'Cap every tenant at the gateway.',
      'US-1: Protect shared backends',
      'requests get 429',
      'FR-001: System MUST identify the tenant from the validated API key.',
      'FR-002: System SHOULD expose per-tenant counters.',
      "SC-001: Noisy tenants never degrade other tenants' p99 latency.",
      'T001: Deploy the limiter service.',
      'T002: Wire the auth filter metadata.',
    ]) {
      expect(doc.text).toContain(phrase);
    }
    // No code blocks.
    expect(doc.text).not.toContain('secretSummaryCode');
    expect(doc.text).not.toContain('forbiddenRequirementCode');
    expect(doc.text).not.toContain('```');

    // The document comes from the specs backend, with a service token.
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe(`${BASE_URL}/v1/entities/default/rate-limits/document`);
    expect(new Headers(init.headers).get('Authorization')).toMatch(
      /^Bearer mock-service-token:/,
    );
    expect(new Headers(init.headers).get('Authorization')).toContain(
      '"target":"specs"',
    );
  });

  it('gives every document the same fields, for engines that take them from the first', async () => {
    const { factory } = setup({
      entities: [
        specEntity('a'),
        {
          apiVersion: 'specstage.io/v1alpha1',
          kind: 'Spec',
          metadata: { name: 'bare' },
          spec: {},
        },
      ],
      fetch: jest.fn(async () => jsonResponse(404, { error: {} })),
    });

    const [a, bare] = await collate(factory);
    expect(Object.keys(bare).sort()).toEqual(Object.keys(a).sort());
    expect(bare).toMatchObject({
      title: 'bare',
      specId: '',
      status: 'unknown',
      owner: '',
      components: [],
      tasksTotal: 0,
      location: '/catalog/default/spec/bare',
    });
  });

  it('indexes a spec whose document cannot be read from its entity fields and goes on', async () => {
    const fetch = jest.fn(async (url: string) => {
      if (url.includes('/broken/')) {
        return jsonResponse(500, {
          error: { name: 'Error', message: 'boom' },
          response: { statusCode: 500 },
        });
      }
      if (url.includes('/offline/')) {
        throw new Error('ECONNREFUSED');
      }
      return jsonResponse(200, documentResponse('spec:default/fine'));
    });
    const { factory, logger } = setup({
      entities: [
        specEntity('broken'),
        specEntity('fine'),
        specEntity('offline'),
      ],
      fetch,
    });

    const documents = await collate(factory);

    expect(documents.map(d => d.name)).toEqual(['broken', 'fine', 'offline']);
    const broken = documents[0];
    expect(broken).toMatchObject({
      title: 'Title of broken',
      specId: 'SPEC-broken',
      status: 'in-progress',
      authorization: { resourceRef: 'spec:default/broken' },
    });
    expect(broken.text).toContain('Description of broken');
    expect(broken.summary).toBe('Description of broken');
    expect(broken.text).not.toContain('FR-001');
    expect(documents[1].text).toContain('FR-001');
    expect(logger.warn).toHaveBeenCalledTimes(3);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('spec:default/broken'),
    );
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('ECONNREFUSED'),
    );
    expect(logger.warn).toHaveBeenLastCalledWith(
      'Collated 3 specs for search, 2 from their entity fields only',
    );
  });

  it('pages through the catalog with its own service credentials', async () => {
    const entities = Array.from({ length: 5 }, (_, i) => specEntity(`s${i}`));
    const { factory, catalog } = setup({ entities, batchSize: 2 });
    const queryEntities = jest.spyOn(catalog, 'queryEntities');

    const documents = await collate(factory);

    expect(documents.map(d => d.name)).toEqual(['s0', 's1', 's2', 's3', 's4']);
    expect(queryEntities).toHaveBeenCalledTimes(3);
    expect(queryEntities.mock.calls[0][0]).toMatchObject({
      filter: { kind: 'Spec' },
      limit: 2,
    });
    expect(queryEntities.mock.calls[1][0]).toMatchObject({
      cursor: expect.any(String),
    });
    for (const call of queryEntities.mock.calls) {
      expect(call[1]).toEqual({
        credentials: expect.objectContaining({
          principal: expect.objectContaining({ type: 'service' }),
        }),
      });
    }
  });

  it('encodes namespaces and names in the location', async () => {
    const entity = specEntity('a.b_c');
    entity.metadata.namespace = 'team-x';
    const { factory } = setup({ entities: [entity] });
    const [doc] = await collate(factory);
    expect(doc.location).toBe('/catalog/team-x/spec/a.b_c');
    expect(doc.authorization.resourceRef).toBe('spec:team-x/a.b_c');
  });
});
