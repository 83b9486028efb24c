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
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { fileOwnerFilter, findFileOwners } from '../lib/specFileOwners';
import { readSpecSource, SpecSource } from '../lib/readSpecSource';

/** What {@link readSpecSource} needs of an entity. */
const OWNER_FIELDS = [
  'kind',
  'apiVersion',
  'metadata.namespace',
  'metadata.name',
  'metadata.annotations',
  'spec.files',
  'spec.location',
];

/**
 * Authorizes a file served through one spec's files route against every
 * other spec that owns it.
 *
 * @remarks
 *
 * The owners are looked up with the plugin's own credentials: looked up
 * with the caller's, a spec the caller may not read would be invisible, and
 * its files would pass as nobody's. The caller must then be able to read
 * each owner, or the file is answered like a missing one.
 */
export class SpecFileAuthorizer {
  readonly #catalog: CatalogService;
  readonly #auth: AuthService;

  constructor(options: { catalog: CatalogService; auth: AuthService }) {
    this.#catalog = options.catalog;
    this.#auth = options.auth;
  }

  async authorize(
    source: SpecSource,
    filePath: string,
    credentials: BackstageCredentials,
  ): Promise<void> {
    if (source.files.includes(filePath)) {
      // The spec's own file: reading the spec was the authorization.
      return;
    }
    const notServed = () =>
      // The same answer as for a file the spec does not reference, so that
      // the response does not tell that a hidden spec is there.
      new NotFoundError(
        `Spec file '${filePath}' is not referenced by ${source.entityRef}`,
      );
    const filter = fileOwnerFilter(source, filePath);
    if (!filter) {
      // Too deep to look its owners up: refused rather than guessed.
      throw notServed();
    }
    const { items } = await this.#catalog.getEntities(
      { filter, fields: OWNER_FIELDS },
      { credentials: await this.#auth.getOwnServiceCredentials() },
    );
    const candidates = items.flatMap(entity => {
      try {
        return [readSpecSource(entity)];
      } catch {
        // Not managed by the specs catalog module: never served, so it
        // cannot own what this spec serves either.
        return [];
      }
    });
    for (const owner of findFileOwners(source, filePath, candidates)) {
      const visible = await this.#catalog.getEntityByRef(owner.entityRef, {
        credentials,
      });
      if (!visible) {
        throw notServed();
      }
    }
  }
}
