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

import { parseEntityRef } from '@backstage/catalog-model';
import { DecoratorBase } from '@backstage/plugin-search-backend-node';
import {
  DocumentDecoratorFactory,
  IndexableDocument,
} from '@backstage/plugin-search-common';
import { SPEC_ENTITY_KIND } from '@specstage/plugin-specs-common';
import type { Transform } from 'stream';

/** The document type of the catalog collator. */
const CATALOG_TYPE = 'software-catalog';

/** True for a catalog search document that stands for a Spec entity. */
export function isSpecCatalogDocument(document: IndexableDocument): boolean {
  const kind = (document as { kind?: unknown }).kind;
  if (typeof kind === 'string') {
    return kind.toLocaleLowerCase('en-US') === SPEC_ENTITY_KIND.toLowerCase();
  }
  // A custom entity transformer may leave `kind` out; the collator always
  // sets the entity ref as the authorization resource.
  const ref = document.authorization?.resourceRef;
  if (!ref) return false;
  try {
    return parseEntityRef(ref).kind.toLocaleLowerCase('en-US') === 'spec';
  } catch {
    return false;
  }
}

class SpecsCatalogDocumentFilter extends DecoratorBase {
  async initialize() {}

  async decorate(
    document: IndexableDocument,
  ): Promise<IndexableDocument | undefined> {
    return isSpecCatalogDocument(document) ? undefined : document;
  }

  async finalize() {}
}

/**
 * Keeps Spec entities out of the catalog collator's documents: the spec
 * collator indexes them with their documents' text, and a second, poorer
 * result for the same spec (title and summary only) would only push the
 * right one down.
 *
 * @public
 */
export class SpecsCatalogDocumentFilterFactory
  implements DocumentDecoratorFactory
{
  readonly types = [CATALOG_TYPE];

  async getDecorator(): Promise<Transform> {
    return new SpecsCatalogDocumentFilter();
  }
}
