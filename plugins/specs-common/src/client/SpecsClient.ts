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

import { CompoundEntityRef, parseEntityRef } from '@backstage/catalog-model';
import { InputError, ResponseError } from '@backstage/errors';
import {
  SpecAttentionResponse,
  SpecHistoryResponse,
  SpecPortfolioResponse,
  SpecPortfolioScope,
} from '../portfolio/types';
import { SpecDocumentResponse } from './types';

/**
 * The subset of the frontend's DiscoveryApi (or the backend's
 * DiscoveryService) that the client needs.
 *
 * @public
 */
export interface SpecsClientDiscovery {
  getBaseUrl(pluginId: string): Promise<string>;
}

/**
 * The subset of the frontend's FetchApi that the client needs.
 *
 * @public
 */
export interface SpecsClientFetch {
  fetch: typeof fetch;
}

/**
 * Options for {@link SpecsClient}.
 *
 * @public
 */
export interface SpecsClientOptions {
  discoveryApi: SpecsClientDiscovery;
  /**
   * Used for every request; pass the frontend's FetchApi so that requests
   * carry the user's token. Defaults to the global `fetch`.
   */
  fetchApi?: SpecsClientFetch;
}

function toSpecRef(entityRef: string | CompoundEntityRef): CompoundEntityRef {
  const ref = parseEntityRef(entityRef, {
    defaultKind: 'spec',
    defaultNamespace: 'default',
  });
  if (ref.kind.toLocaleLowerCase('en-US') !== 'spec') {
    throw new InputError(
      `Expected a Spec entity ref, got kind '${ref.kind}' in '${
        typeof entityRef === 'string' ? entityRef : ref.name
      }'`,
    );
  }
  return ref;
}

function encodeRelativePath(relativePath: string): string {
  const parts: string[] = [];
  for (const segment of relativePath.split('/')) {
    if (segment === '' || segment === '.') {
      continue;
    }
    if (segment === '..') {
      // The backend refuses to leave the spec root; failing here gives a
      // clearer error than the 400 would.
      if (parts.length === 0) {
        throw new InputError(`Path '${relativePath}' leaves the spec root`);
      }
      parts.pop();
      continue;
    }
    parts.push(encodeURIComponent(segment));
  }
  if (parts.length === 0) {
    throw new InputError(`Path '${relativePath}' does not name a file`);
  }
  return parts.join('/');
}

/**
 * A typed client for the specs backend (`/api/specs`). Works in the browser
 * and in Node.js.
 *
 * @public
 */
export class SpecsClient {
  readonly #discoveryApi: SpecsClientDiscovery;
  readonly #fetch: typeof fetch;

  constructor(options: SpecsClientOptions) {
    this.#discoveryApi = options.discoveryApi;
    const fetchApi = options.fetchApi;
    this.#fetch = fetchApi
      ? (input, init) => fetchApi.fetch(input, init)
      : (input, init) => fetch(input, init);
  }

  /**
   * Fetches the parsed document and the markdown of every file of a spec.
   *
   * @remarks
   *
   * Fails with a `ResponseError` whose status is 404 both when the spec does
   * not exist and when the caller may not read it. The server sends an ETag
   * with `Cache-Control: private, no-cache`, so browsers revalidate from
   * their HTTP cache without help from the client.
   */
  async getDocument(
    entityRef: string | CompoundEntityRef,
    options?: { signal?: AbortSignal },
  ): Promise<SpecDocumentResponse> {
    const url = `${await this.#entityUrl(entityRef)}/document`;
    const response = await this.#fetch(url, { signal: options?.signal });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as SpecDocumentResponse;
  }

  /**
   * The URL of a file that the spec references relatively (an image, an
   * attachment), given as a posix path relative to the spec root.
   *
   * @remarks
   *
   * The endpoint accepts the Backstage user cookie, so the URL can be used
   * directly in an `img` element when the app refreshes that cookie; or
   * fetch it with the FetchApi.
   */
  async getFileUrl(
    entityRef: string | CompoundEntityRef,
    relativePath: string,
  ): Promise<string> {
    const path = encodeRelativePath(relativePath);
    return `${await this.#entityUrl(entityRef)}/files/${path}`;
  }

  /**
   * The URL under which the files of a spec are served: append a posix path
   * relative to the spec root, each segment URL-encoded. Ends with a slash.
   * Lets a renderer rewrite many relative links without a call per link.
   */
  async getFilesBaseUrl(entityRef: string | CompoundEntityRef): Promise<string> {
    return `${await this.#entityUrl(entityRef)}/files/`;
  }

  /**
   * The portfolio of the specs the caller may read: counts by status, a
   * burn-up of the last `weeks` weeks, rollups by owner and system and the
   * needs-attention list (at most `limit` entries).
   */
  async getPortfolio(
    options: {
      scope?: SpecPortfolioScope;
      weeks?: number;
      limit?: number;
      signal?: AbortSignal;
    } = {},
  ): Promise<SpecPortfolioResponse> {
    const query = scopeQuery(options.scope);
    if (options.weeks !== undefined) query.set('weeks', String(options.weeks));
    if (options.limit !== undefined) query.set('limit', String(options.limit));
    return this.#getJson(`/v1/portfolio`, query, options.signal);
  }

  /** The specs of a scope that need attention, ranked. */
  async getAttention(
    options: {
      scope?: SpecPortfolioScope;
      limit?: number;
      signal?: AbortSignal;
    } = {},
  ): Promise<SpecAttentionResponse> {
    const query = scopeQuery(options.scope);
    if (options.limit !== undefined) query.set('limit', String(options.limit));
    return this.#getJson(`/v1/attention`, query, options.signal);
  }

  /** The daily snapshots of one spec over the last `days` days. */
  async getHistory(
    entityRef: string | CompoundEntityRef,
    options: { days?: number; signal?: AbortSignal } = {},
  ): Promise<SpecHistoryResponse> {
    const query = new URLSearchParams();
    if (options.days !== undefined) query.set('days', String(options.days));
    const url = `${await this.#entityUrl(entityRef)}/history`;
    return this.#fetchJson(url, query, options.signal);
  }

  async #getJson<T>(
    path: string,
    query: URLSearchParams,
    signal?: AbortSignal,
  ): Promise<T> {
    const baseUrl = await this.#discoveryApi.getBaseUrl('specs');
    return this.#fetchJson(`${baseUrl}${path}`, query, signal);
  }

  async #fetchJson<T>(
    url: string,
    query: URLSearchParams,
    signal?: AbortSignal,
  ): Promise<T> {
    const search = query.toString();
    const response = await this.#fetch(search ? `${url}?${search}` : url, {
      signal,
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }

  async #entityUrl(entityRef: string | CompoundEntityRef): Promise<string> {
    const ref = toSpecRef(entityRef);
    const baseUrl = await this.#discoveryApi.getBaseUrl('specs');
    return `${baseUrl}/v1/entities/${encodeURIComponent(
      ref.namespace,
    )}/${encodeURIComponent(ref.name)}`;
  }
}

function scopeQuery(scope: SpecPortfolioScope = {}): URLSearchParams {
  const query = new URLSearchParams();
  for (const owner of scope.owner ?? []) query.append('owner', owner);
  if (scope.system) query.set('system', scope.system);
  if (scope.component) query.set('component', scope.component);
  if (scope.spec) query.set('spec', scope.spec);
  return query;
}
