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
  ANNOTATION_SPEC_ROOT,
  SPECSTAGE_LOCATION_TYPE,
} from '@specstage/plugin-specs-common';
import path from 'node:path';

/** `managed-by-location` prefix of the entities the specs catalog module manages. */
const SPECSTAGE_LOCATION_PREFIX = `${SPECSTAGE_LOCATION_TYPE}:`;

/**
 * Where the files of a spec are read from.
 */
export type SpecRoot =
  | { type: 'file'; dir: string }
  | { type: 'url'; url: string };

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

function parseRoot(value: unknown): SpecRoot | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  if (value.startsWith('file:')) {
    const dir = value.slice('file:'.length);
    return path.isAbsolute(dir)
      ? { type: 'file', dir: path.resolve(dir) }
      : undefined;
  }
  if (value.startsWith('url:')) {
    let url: URL;
    try {
      url = new URL(value.slice('url:'.length));
    } catch {
      return undefined;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      return undefined;
    }
    // Files are resolved against the root as against a directory.
    if (!url.pathname.endsWith('/')) {
      url.pathname = `${url.pathname}/`;
    }
    return { type: 'url', url: url.toString() };
  }
  return undefined;
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
    entity.kind.toLocaleLowerCase('en-US') !== 'spec' ||
    !entity.apiVersion.startsWith('specstage.io/') ||
    !annotations[ANNOTATION_LOCATION]?.startsWith(SPECSTAGE_LOCATION_PREFIX) ||
    !annotations[ANNOTATION_ORIGIN_LOCATION]?.startsWith(
      SPECSTAGE_LOCATION_PREFIX,
    )
  ) {
    throw notFound();
  }
  const root = parseRoot(annotations[ANNOTATION_SPEC_ROOT]);
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
