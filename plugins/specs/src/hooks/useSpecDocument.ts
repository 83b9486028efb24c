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

import { useCallback } from 'react';
import { Entity, getCompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { SpecDocumentResponse, SpecsApi, specsApiRef } from '../api';

/** The document of a Spec entity plus where its files are served. */
export interface LoadedSpecDocument extends SpecDocumentResponse {
  filesBaseUrl: string;
}

// The header, the overview and a tab of the same spec page all need the
// document: one request serves them. Entries are short-lived, so a reload or
// a new visit still shows the current document.
const TTL_MS = 30_000;
const cache = new WeakMap<
  SpecsApi,
  Map<string, { at: number; promise: Promise<LoadedSpecDocument> }>
>();

function load(
  specsApi: SpecsApi,
  ref: { kind: string; namespace: string; name: string },
  fresh: boolean,
): Promise<LoadedSpecDocument> {
  const entries = cache.get(specsApi) ?? new Map();
  cache.set(specsApi, entries);
  const key = `${ref.namespace}/${ref.name}`;
  const hit = entries.get(key);
  if (!fresh && hit && Date.now() - hit.at < TTL_MS) {
    return hit.promise;
  }
  const promise = Promise.all([
    specsApi.getDocument(ref),
    specsApi.getFilesBaseUrl(ref),
  ]).then(([response, filesBaseUrl]) => ({ ...response, filesBaseUrl }));
  entries.set(key, { at: Date.now(), promise });
  // A failed load is not kept: the next render (or retry) asks again.
  promise.catch(() => {
    if (entries.get(key)?.promise === promise) entries.delete(key);
  });
  return promise;
}

/** Loads the full document of a Spec entity from the specs backend. */
export function useSpecDocument(entity: Entity) {
  const specsApi = useApi(specsApiRef);
  const { namespace, name, kind } = getCompoundEntityRef(entity);
  const state = useAsyncRetry(
    () => load(specsApi, { kind, namespace, name }, false),
    [specsApi, kind, namespace, name],
  );
  const { retry } = state;
  const reload = useCallback(() => {
    load(specsApi, { kind, namespace, name }, true).catch(() => undefined);
    retry();
  }, [specsApi, kind, namespace, name, retry]);
  return { ...state, retry: reload };
}
