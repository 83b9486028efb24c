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

import pLimit from 'p-limit';
import { Readable } from 'node:stream';
import {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { DocumentCollatorFactory } from '@backstage/plugin-search-common';
import {
  SPEC_ENTITY_KIND,
  SPEC_SEARCH_TYPE,
  SpecSearchDocument,
  SpecDocument,
  SpecEntitySpec,
  SpecsClient,
} from '@specstage/plugin-specs-common';
import { plainText, specSearchText } from './specSearchText';

/**
 * Options of {@link SpecsCollatorFactory}.
 *
 * @public
 */
export interface SpecsCollatorFactoryOptions {
  auth: AuthService;
  discovery: DiscoveryService;
  catalog: CatalogService;
  logger: LoggerService;
  /** Spec entities read from the catalog per page. Default 100. */
  batchSize?: number;
  /** Spec documents fetched from the specs backend at a time. Default 5. */
  concurrency?: number;
  /** The fetch used to call the specs backend; defaults to the global one. */
  fetch?: typeof fetch;
}

/**
 * Collates the Spec entities of the catalog into search documents of type
 * `spec`, with the text of their parsed documents (read from the specs
 * backend, which parses them with specs-common).
 *
 * @remarks
 * Documents carry the entity ref as their authorization resource and the
 * factory declares `catalog.entity.read` as visibility permission, so the
 * search backend filters results the way it does for catalog documents.
 *
 * @public
 */
export class SpecsCollatorFactory implements DocumentCollatorFactory {
  readonly type = SPEC_SEARCH_TYPE;
  readonly visibilityPermission = catalogEntityReadPermission;

  readonly #auth: AuthService;
  readonly #catalog: CatalogService;
  readonly #logger: LoggerService;
  readonly #batchSize: number;
  readonly #concurrency: number;
  readonly #client: SpecsClient;

  constructor(options: SpecsCollatorFactoryOptions) {
    this.#auth = options.auth;
    this.#catalog = options.catalog;
    this.#logger = options.logger;
    this.#batchSize = Math.max(1, options.batchSize ?? 100);
    this.#concurrency = Math.max(1, options.concurrency ?? 5);
    const fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
    const auth = options.auth;
    this.#client = new SpecsClient({
      discoveryApi: options.discovery,
      fetchApi: {
        // Every request carries a fresh service token for the specs backend.
        fetch: async (input, init) => {
          const { token } = await auth.getPluginRequestToken({
            onBehalfOf: await auth.getOwnServiceCredentials(),
            targetPluginId: 'specs',
          });
          const headers = new Headers(init?.headers);
          headers.set('Authorization', `Bearer ${token}`);
          return fetchImpl(input, { ...init, headers });
        },
      },
    });
  }

  async getCollator(): Promise<Readable> {
    return Readable.from(this.#execute());
  }

  async *#execute(): AsyncGenerator<SpecSearchDocument> {
    let cursor: string | undefined = undefined;
    let count = 0;
    let degraded = 0;
    do {
      const response = await this.#catalog.queryEntities(
        cursor
          ? { cursor, limit: this.#batchSize }
          : {
              filter: { kind: SPEC_ENTITY_KIND },
              limit: this.#batchSize,
              orderFields: { field: 'metadata.name', order: 'asc' },
              totalItems: 'exclude',
            },
        { credentials: await this.#auth.getOwnServiceCredentials() },
      );
      cursor = response.pageInfo.nextCursor;
      const limit = pLimit(this.#concurrency);
      const documents = await Promise.all(
        response.items.map(entity => limit(() => this.#toDocument(entity))),
      );
      for (const { document, fromEntityOnly } of documents) {
        count++;
        if (fromEntityOnly) {
          degraded++;
        }
        yield document;
      }
    } while (cursor);
    const message = `Collated ${count} specs for search`;
    if (degraded) {
      this.#logger.warn(
        `${message}, ${degraded} from their entity fields only`,
      );
    } else {
      this.#logger.debug(message);
    }
  }

  async #toDocument(
    entity: Entity,
  ): Promise<{ document: SpecSearchDocument; fromEntityOnly: boolean }> {
    const entityRef = stringifyEntityRef(entity);
    let parsed: SpecDocument | undefined;
    try {
      parsed = (await this.#client.getDocument(entityRef)).document;
    } catch (error) {
      this.#logger.warn(
        `Indexing ${entityRef} from its entity fields only: could not read its document, ${error}`,
      );
    }
    return {
      document: toSearchDocument(entity, parsed),
      fromEntityOnly: !parsed,
    };
  }
}

function asStringArray(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : [];
}

/**
 * Builds the search document of a Spec entity; with the parsed document when
 * it could be read, from the entity fields alone otherwise.
 */
export function toSearchDocument(
  entity: Entity,
  parsed?: SpecDocument,
): SpecSearchDocument {
  const spec = (entity.spec ?? {}) as Partial<SpecEntitySpec>;
  const namespace = entity.metadata.namespace ?? 'default';
  const name = entity.metadata.name;
  const title = parsed?.title || entity.metadata.title || name;
  const specId = parsed?.id ?? spec.specId ?? '';
  const status = spec.status?.value ?? parsed?.status.value ?? 'unknown';
  const owner = spec.owner ?? parsed?.owner ?? '';
  const components = parsed?.components.length
    ? parsed.components
    : asStringArray(spec.components);
  const tasks = spec.counts?.tasks ?? { done: 0, partial: 0, total: 0 };
  const summary = plainText(parsed?.summary || entity.metadata.description);

  const text = [
    [specId, title].filter(Boolean).join(' '),
    [`Status: ${status}`, owner && `Owner: ${owner}`]
      .filter(Boolean)
      .join('. '),
    components.length ? `Components: ${components.join(', ')}` : '',
    parsed ? specSearchText(parsed) : summary,
  ]
    .filter(Boolean)
    .join('\n');

  return {
    title,
    text,
    location: `/catalog/${encodeURIComponent(
      namespace,
    )}/spec/${encodeURIComponent(name)}`,
    summary,
    specId,
    status,
    statusStale: Boolean(spec.status?.stale ?? parsed?.status.stale),
    owner,
    components,
    kind: 'Spec',
    namespace,
    name,
    tasksDone: tasks.done,
    tasksPartial: tasks.partial,
    tasksTotal: tasks.total,
    authorization: { resourceRef: stringifyEntityRef(entity) },
  };
}
