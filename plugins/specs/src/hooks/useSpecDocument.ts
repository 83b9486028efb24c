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

import { Entity, getCompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { SpecDocumentResponse, specsApiRef } from '../api';

/** The document of a Spec entity plus where its files are served. */
export interface LoadedSpecDocument extends SpecDocumentResponse {
  filesBaseUrl: string;
}

/** Loads the full document of a Spec entity from the specs backend. */
export function useSpecDocument(entity: Entity) {
  const specsApi = useApi(specsApiRef);
  const { namespace, name, kind } = getCompoundEntityRef(entity);
  return useAsyncRetry(async (): Promise<LoadedSpecDocument> => {
    const ref = { kind, namespace, name };
    const [response, filesBaseUrl] = await Promise.all([
      specsApi.getDocument(ref),
      specsApi.getFilesBaseUrl(ref),
    ]);
    return { ...response, filesBaseUrl };
  }, [specsApi, kind, namespace, name]);
}
