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

import { CompoundEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import type { SpecDocumentResponse } from '@specstage/plugin-specs-common';
import { SpecsApi } from './SpecsApi';

/**
 * The default {@link SpecsApi} implementation. Requests go through the
 * FetchApi so that they carry the user's token; the backend answers with an
 * ETag and `Cache-Control: no-cache`, so the browser revalidates documents
 * from its own cache.
 *
 * @public
 */
export class SpecsClient implements SpecsApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async getDocument(
    entityRef: CompoundEntityRef,
    options?: { signal?: AbortSignal },
  ): Promise<SpecDocumentResponse> {
    const response = await this.fetchApi.fetch(
      `${await this.entityUrl(entityRef)}/document`,
      { signal: options?.signal },
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as SpecDocumentResponse;
  }

  async getFilesBaseUrl(entityRef: CompoundEntityRef): Promise<string> {
    return `${await this.entityUrl(entityRef)}/files/`;
  }

  private async entityUrl(ref: CompoundEntityRef): Promise<string> {
    const baseUrl = await this.discoveryApi.getBaseUrl('specs');
    return `${baseUrl}/v1/entities/${encodeURIComponent(
      ref.namespace,
    )}/${encodeURIComponent(ref.name)}`;
  }
}
