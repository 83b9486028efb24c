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
import { Config } from '@backstage/config';
import {
  ANNOTATION_LOCATION,
  Entity,
  parseLocationRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { ScmIntegrationRegistry } from '@backstage/integration';
import {
  ANNOTATION_SPEC_LOCATION,
  formatSpecRoot,
} from '@specstage/plugin-specs-common';
import fs from 'node:fs';
import path from 'node:path';
import { readSpecsProviderConfig } from './providerConfig';
import { SpecSource } from './types';

const isUrl = (target: string) => /^https?:\/\//i.test(target);

/** Reads `catalog.providers.specs.sources` from config. */
export function readConfiguredSources(config: Config): SpecSource[] {
  return readSpecsProviderConfig(config).sources.map(c => {
    const target = c.getString('target');
    const resolved = isUrl(target) ? target : path.resolve(target);
    const type = isUrl(target) ? 'url' : 'file';
    return {
      key:
        type === 'url'
          ? formatSpecRoot({ type: 'url', url: resolved })
          : formatSpecRoot({ type: 'file', dir: resolved }),
      type,
      target: resolved,
      ...(type === 'file' ? { confineTo: resolved } : {}),
      owner: c.getOptionalString('owner'),
      components: c.getOptionalStringArray('components') ?? [],
    };
  });
}

/** True when `target` is `dir` or inside it (both absolute, normalized). */
export function isInsideOrEqual(dir: string, target: string): boolean {
  const relative = path.relative(dir, target);
  return (
    relative === '' ||
    (relative !== '..' &&
      !relative.startsWith(`..${path.sep}`) &&
      !path.isAbsolute(relative))
  );
}

/**
 * The real path of `target`, or undefined when it does not exist (yet): a
 * missing directory is a source that cannot be read, which keeps its specs,
 * not one that points elsewhere.
 */
function realpathIfExists(target: string): string | undefined {
  try {
    // Synchronous: a few system calls per annotated entity and refresh,
    // where the caller resolves sources one by one without awaiting.
    return fs.realpathSync(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      return undefined;
    }
    throw error;
  }
}

/**
 * The source an entity points at with `specstage.io/spec-location`. A relative
 * value is resolved against the entity's own location (`managed-by-location`).
 * For entities read from local files the result must stay inside the
 * directory of that file, also once symbolic links are resolved, so that an
 * annotation cannot make the backend read arbitrary local paths.
 */
export function sourceFromAnnotation(
  entity: Entity,
  integrations: ScmIntegrationRegistry,
): SpecSource {
  const value = entity.metadata.annotations?.[ANNOTATION_SPEC_LOCATION]?.trim();
  const entityRef = stringifyEntityRef(entity);
  if (!value) {
    throw new InputError(`${entityRef} has no ${ANNOTATION_SPEC_LOCATION}`);
  }
  const owner =
    typeof entity.spec?.owner === 'string' ? entity.spec.owner : undefined;
  const base = entity.metadata.annotations?.[ANNOTATION_LOCATION];

  if (isUrl(value)) {
    return {
      key: formatSpecRoot({ type: 'url', url: value }),
      type: 'url',
      target: value,
      owner,
      components: [entityRef],
    };
  }
  if (!base) {
    throw new InputError(
      `${entityRef}: a relative ${ANNOTATION_SPEC_LOCATION} needs the entity's ${ANNOTATION_LOCATION}`,
    );
  }
  const location = parseLocationRef(base);
  if (location.type === 'url') {
    const target = integrations.resolveUrl({
      url: value,
      base: location.target,
    });
    return {
      key: formatSpecRoot({ type: 'url', url: target }),
      type: 'url',
      target,
      owner,
      components: [entityRef],
    };
  }
  if (location.type === 'file') {
    if (path.isAbsolute(value)) {
      throw new InputError(
        `${entityRef}: ${ANNOTATION_SPEC_LOCATION} must be relative to the entity file, got ${value}`,
      );
    }
    const dir = path.dirname(location.target);
    const target = path.resolve(dir, value);
    if (!isInsideOrEqual(dir, target)) {
      throw new InputError(
        `${entityRef}: ${ANNOTATION_SPEC_LOCATION} ${value} points outside ${dir}`,
      );
    }
    // The check above is lexical: `./specs/linked` may be a symbolic link
    // to anywhere on the backend's disk. Compare real paths too.
    const realDir = realpathIfExists(dir);
    const realTarget = realpathIfExists(target);
    if (realDir && realTarget && !isInsideOrEqual(realDir, realTarget)) {
      throw new InputError(
        `${entityRef}: ${ANNOTATION_SPEC_LOCATION} ${value} is a symbolic link that leads outside ${dir}`,
      );
    }
    return {
      key: formatSpecRoot({ type: 'file', dir: target }),
      type: 'file',
      target,
      confineTo: dir,
      owner,
      components: [entityRef],
    };
  }
  throw new InputError(
    `${entityRef}: cannot resolve ${ANNOTATION_SPEC_LOCATION} against a ${location.type} location`,
  );
}
