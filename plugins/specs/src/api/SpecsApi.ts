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

import { createApiRef } from '@backstage/core-plugin-api';
import { CompoundEntityRef } from '@backstage/catalog-model';
import type {
  SpecAttentionResponse,
  SpecDocumentFile,
  SpecDocumentResponse,
  SpecHistoryResponse,
  SpecPortfolioResponse,
  SpecPortfolioScope,
} from '@specstage/plugin-specs-common';

export type { SpecDocumentFile, SpecDocumentResponse };

/**
 * Access to the specs backend (`/api/specs`).
 *
 * @public
 */
export interface SpecsApi {
  /**
   * Fetches the parsed document and the markdown files of a Spec entity.
   * Fails with a `ResponseError` (404 when missing or not permitted).
   */
  getDocument(
    entityRef: CompoundEntityRef,
    options?: { signal?: AbortSignal },
  ): Promise<SpecDocumentResponse>;

  /**
   * The URL under which the files of a spec (images, attachments) are
   * served; append a posix path relative to the spec root, each segment
   * URL-encoded. Ends with a slash.
   */
  getFilesBaseUrl(entityRef: CompoundEntityRef): Promise<string>;

  /**
   * The portfolio of the specs the user may read in a scope: counts by
   * status, a burn-up over the last `weeks` weeks, rollups by owner and
   * system, and the needs-attention list.
   */
  getPortfolio(options?: {
    scope?: SpecPortfolioScope;
    weeks?: number;
    limit?: number;
    signal?: AbortSignal;
  }): Promise<SpecPortfolioResponse>;

  /** The specs of a scope that need attention, ranked, with reasons. */
  getAttention(options?: {
    scope?: SpecPortfolioScope;
    limit?: number;
    signal?: AbortSignal;
  }): Promise<SpecAttentionResponse>;

  /** The daily snapshots of one spec (404 when missing or not permitted). */
  getHistory(
    entityRef: CompoundEntityRef,
    options?: { days?: number; signal?: AbortSignal },
  ): Promise<SpecHistoryResponse>;
}

/**
 * The {@link SpecsApi} reference.
 *
 * @public
 */
export const specsApiRef = createApiRef<SpecsApi>({
  id: 'plugin.specs.service',
});
