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
  ANNOTATION_EDIT_URL,
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  ANNOTATION_SOURCE_LOCATION,
  ANNOTATION_VIEW_URL,
  Entity,
  EntityLink,
  KubernetesValidatorFunctions,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { ScmIntegrationRegistry } from '@backstage/integration';
import {
  ANNOTATION_SPEC_LEGACY_NAME,
  ANNOTATION_SPEC_ROOT,
  joinSpecRoot,
  parseSpecRoot,
  specRootLocation,
  SPEC_ENTITY_API_VERSION,
  SPEC_ENTITY_KIND,
  SPECSTAGE_LOCATION_TYPE,
  SpecDocument,
  toSpecEntitySpec,
} from '@specstage/plugin-specs-common';
import {
  legacySpecEntityName,
  specEntityName,
  specIdentity,
} from '@specstage/plugin-specs-node';
import { SpecSource } from './types';

export interface SpecEntityInput {
  source: SpecSource;
  /** The source root, `file:/abs` or `url:https://…/`. */
  sourceRoot: string;
  /** The spec's path relative to the source root (a directory or a file). */
  specPath: string;
  layout: 'file' | 'directory';
  doc: SpecDocument;
}

/** Source roots are always root strings, spec paths never climb. */
const joinRoot = (root: string, rel: string) => joinSpecRoot(root, rel)!;

/**
 * An entity ref for a value the spec names, or undefined when the value is
 * not one: "Components Affected" tables mix entity refs with free text such
 * as "Broker agent DaemonSet", which must not become links to entities that
 * cannot exist.
 */
function toRef(value: string, defaultKind: string): string | undefined {
  try {
    const ref = parseEntityRef(value.trim().replace(/^`|`$/g, ''), {
      defaultKind,
      defaultNamespace: 'default',
    });
    if (
      !KubernetesValidatorFunctions.isValidObjectName(ref.name) ||
      !KubernetesValidatorFunctions.isValidNamespace(ref.namespace) ||
      !/^[a-zA-Z][a-zA-Z0-9]*$/.test(ref.kind)
    ) {
      return undefined;
    }
    return stringifyEntityRef(ref);
  } catch {
    return undefined;
  }
}

function toTag(value: string): string | undefined {
  const tag = value
    .toLowerCase()
    .replace(/[^a-z0-9:+#]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return tag || undefined;
}

const isHttpUrl = (v: string | undefined): v is string =>
  !!v && /^https?:\/\//i.test(v);

/** Builds the Spec entity for a parsed spec. */
export function specToEntity(
  input: SpecEntityInput,
  integrations: ScmIntegrationRegistry,
): Entity {
  const { source, sourceRoot, specPath, layout, doc } = input;
  const identity = specIdentity(sourceRoot, specPath);
  // Files are relative to the spec directory, or to the folder of a
  // single-file spec.
  const specDir =
    layout === 'directory'
      ? identity
      : joinRoot(sourceRoot, specPath.split('/').slice(0, -1).join('/'));
  const mainFile =
    layout === 'directory'
      ? joinRoot(
          specDir,
          doc.files.find(f => f.role === 'spec')?.path ?? 'spec.md',
        )
      : identity;

  const components = new Set<string>(source.components);
  for (const c of doc.components) {
    const ref = toRef(c, 'component');
    if (ref) components.add(ref);
  }
  const owner =
    (doc.owner && toRef(doc.owner, 'group')) ??
    (source.owner && toRef(source.owner, 'group'));

  const annotations: Record<string, string> = {
    [ANNOTATION_LOCATION]: `${SPECSTAGE_LOCATION_TYPE}:${source.key}`,
    [ANNOTATION_ORIGIN_LOCATION]: `${SPECSTAGE_LOCATION_TYPE}:${source.key}`,
    [ANNOTATION_SPEC_ROOT]: specDir,
    [ANNOTATION_SPEC_LEGACY_NAME]: legacySpecEntityName(identity),
  };
  const links: EntityLink[] = [];
  const mainRoot = parseSpecRoot(mainFile);
  if (mainRoot?.type === 'url') {
    // The file's own URL: parseSpecRoot would read it as a directory.
    const viewUrl = specRootLocation(mainFile)!;
    annotations[ANNOTATION_SOURCE_LOCATION] = specDir.endsWith('/')
      ? specDir
      : `${specDir}/`;
    annotations[ANNOTATION_VIEW_URL] = viewUrl;
    annotations[ANNOTATION_EDIT_URL] = integrations.resolveEditUrl(viewUrl);
    links.push({ url: viewUrl, title: 'Source', icon: 'docs' });
  }
  if (isHttpUrl(doc.links.issue)) {
    links.push({ url: doc.links.issue, title: 'Issue', icon: 'github' });
  }
  doc.links.prs.filter(isHttpUrl).forEach((url, i) => {
    links.push({ url, title: `Pull request ${i + 1}`, icon: 'github' });
  });

  const tags = new Set<string>();
  for (const t of [doc.type, doc.status.value, ...doc.tags]) {
    const tag = t ? toTag(t) : undefined;
    if (tag) tags.add(tag);
  }

  const entity: Entity = {
    apiVersion: SPEC_ENTITY_API_VERSION,
    kind: SPEC_ENTITY_KIND,
    metadata: {
      // The provider adds a hash when two specs come out with the same name.
      name: specEntityName(identity, { specId: doc.id }),
      title: doc.title ? doc.title.slice(0, 200) : undefined,
      description: doc.summary ? doc.summary.slice(0, 1000) : undefined,
      annotations,
      tags: [...tags],
      links,
    },
    spec: {
      ...toSpecEntitySpec(doc),
      owner,
      components: [...components].sort(),
      location: specPath || undefined,
    },
  };
  // An empty list would still show the catalog's Links card, with its
  // "how to add links" placeholder.
  if (!links.length) delete entity.metadata.links;
  if (!entity.metadata.title) delete entity.metadata.title;
  if (!entity.metadata.description) delete entity.metadata.description;
  if (!owner) delete entity.spec!.owner;
  if (!specPath) delete entity.spec!.location;
  return entity;
}
