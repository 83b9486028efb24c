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
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import {
  isSpecEntity,
  SPECSTAGE_LOCATION_TYPE,
  SpecRoot,
  specRootOf,
} from '@specstage/plugin-specs-common';

/** `managed-by-location` prefix of the entities the specs catalog module manages. */
const SPECSTAGE_LOCATION_PREFIX = `${SPECSTAGE_LOCATION_TYPE}:`;

/**
 * What the backend needs to know about a Spec entity to serve it.
 */
export interface SpecSource {
  /** The canonical (lower-case) entity ref. */
  entityRef: string;
  /** The entity's etag: it changes whenever the entity changes. */
  entityEtag?: string;
  root: SpecRoot;
  /** Posix paths relative to the root, as written by the catalog module. */
  files: string[];
  /** The spec's path relative to its source root, for the parser. */
  location?: string;
  /**
   * The entity's `backstage.io/managed-by-location` (`specstage:<source>`):
   * specs with the same value come from the same source.
   */
  managedBy: string;
}

/**
 * Reads the serving information from a Spec entity.
 *
 * @remarks
 *
 * Only entities that the specs catalog module manages are served. Anyone
 * who can register a location can put any YAML into the catalog, including
 * a Spec whose root names an arbitrary URL or directory, and this backend
 * must never become a proxy for those. The catalog sets the managed-by
 * annotations itself, so a registered file cannot claim to come from
 * `specstage:`. Everything else looks to the caller like a missing spec.
 */
export function readSpecSource(entity: Entity): SpecSource {
  const entityRef = stringifyEntityRef(entity);
  const notFound = () =>
    new NotFoundError(`No spec document for entity '${entityRef}'`);

  const annotations = entity.metadata.annotations ?? {};
  if (
    !isSpecEntity(entity) ||
    !annotations[ANNOTATION_LOCATION]?.startsWith(SPECSTAGE_LOCATION_PREFIX) ||
    !annotations[ANNOTATION_ORIGIN_LOCATION]?.startsWith(
      SPECSTAGE_LOCATION_PREFIX,
    )
  ) {
    throw notFound();
  }
  const root = specRootOf(entity);
  if (!root) {
    throw notFound();
  }
  const rawFiles = entity.spec?.files;
  const files = Array.isArray(rawFiles)
    ? rawFiles.filter((f): f is string => typeof f === 'string')
    : [];
  const location =
    typeof entity.spec?.location === 'string'
      ? entity.spec.location
      : undefined;

  return {
    entityRef,
    entityEtag: entity.metadata.etag,
    root,
    files,
    location,
    managedBy: annotations[ANNOTATION_LOCATION],
  };
}
