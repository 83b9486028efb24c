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

import { useMemo } from 'react';
import {
  ANNOTATION_SOURCE_LOCATION,
  ANNOTATION_LOCATION,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  ANNOTATION_SPEC_ROOT,
  joinSpecRoot,
  parseSpecRoot,
  specLinkedFiles,
} from '@specstage/plugin-specs-common';
import useAsync from 'react-use/esm/useAsync';
import { SpecDocumentResponse } from '../api';
import {
  SpecLinkResolution,
  SpecLinkResolver,
  SpecLinkTarget,
  fileAnchor,
  specFileUrl,
} from '../lib/markdown';

const MENTION = /\bSPEC-\d{1,6}\b|\b\d{3,4}-[a-z][a-z0-9]*(?:-[a-z0-9]+)*\b/g;
/** How far above a link target a spec root is looked for. */
const MAX_DEPTH = 8;
/** Bounds the catalog query of a spec with very many links or mentions. */
const MAX_CANDIDATES = 200;

const FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  `metadata.annotations.${ANNOTATION_SPEC_ROOT}`,
  `metadata.annotations.${ANNOTATION_LOCATION}`,
  'spec.specId',
  'spec.files',
  'spec.location',
];

/** What a spec's markdown links to outside its own files, and the spec ids it mentions. */
export interface SpecLinkCandidates {
  /** Absolute locations (`file:/…`, `url:…`) of link targets. */
  targets: string[];
  /** Spec ids and spec-kit directory names mentioned in the text. */
  mentions: string[];
}

function isMarkdown(path: string) {
  return /\.(md|markdown)$/i.test(path);
}

/**
 * The link targets of a spec's markdown that may be other specs' files
 * (markdown files of the tree that are not the spec's own, and any path
 * above the spec root), as absolute locations, and the spec ids its text
 * mentions. The targets are the spec's `specLinkedFiles`, the list the
 * backend serves files from.
 */
export function collectLinkCandidates(
  loaded: Pick<SpecDocumentResponse, 'document' | 'files'>,
  root: string | undefined,
): SpecLinkCandidates {
  const own = new Set(loaded.files.map(f => f.path));
  const targets = new Set<string>();
  const mentions = new Set<string>();
  for (const file of loaded.files) {
    for (const match of file.markdown.matchAll(MENTION)) {
      if (mentions.size < MAX_CANDIDATES) mentions.add(match[0]);
    }
  }
  if (root) {
    for (const path of specLinkedFiles(loaded.document)) {
      if (targets.size >= MAX_CANDIDATES) break;
      const outside = path.startsWith('../');
      if (outside || (isMarkdown(path) && !own.has(path))) {
        const location = joinSpecRoot(root, path);
        if (location) targets.add(location);
      }
    }
  }
  return { targets: [...targets], mentions: [...mentions] };
}

/** The directories a spec that owns `location` could have as its root. */
function ancestors(location: string): string[] {
  const result: string[] = [location];
  let current = location;
  for (let i = 0; i < MAX_DEPTH; i++) {
    const slash = current.lastIndexOf('/');
    if (slash <= current.indexOf('/') + 1) break;
    current = current.slice(0, slash);
    result.push(current);
  }
  return result;
}

function rootOf(entity: Entity): string | undefined {
  return entity.metadata.annotations?.[ANNOTATION_SPEC_ROOT]?.replace(
    /\/+$/,
    '',
  );
}

function filesOf(entity: Entity): string[] {
  const files = (entity.spec as { files?: unknown } | undefined)?.files;
  return Array.isArray(files)
    ? files.filter((f): f is string => typeof f === 'string')
    : [];
}

function specIdOf(entity: Entity): string | undefined {
  return (entity.spec as { specId?: string } | undefined)?.specId;
}

function describe(entity: Entity): string {
  const title = entity.metadata.title ?? entity.metadata.name;
  const id = specIdOf(entity);
  return id ? `${id} — ${title}` : title;
}

/** The https URL of a `url:` root, for links into the repository. */
function scmBase(root: string | undefined): string | undefined {
  const parsed = parseSpecRoot(root);
  return parsed?.type === 'url' ? parsed.url : undefined;
}

/**
 * Resolves where the links of a spec's document go: another spec's file
 * opens that spec's page (at the anchor, if any), an attachment of this spec
 * is fetched with the user's credentials, a file of the repository opens in
 * the SCM, and anything else is shown as a broken link. Spec ids mentioned
 * in the text link to those specs. One catalog query per document.
 */
export function useSpecLinks(
  entity: Entity,
  loaded: Pick<SpecDocumentResponse, 'document' | 'files'> | undefined,
  filesBaseUrl: string | undefined,
): SpecLinkResolver {
  const catalogApi = useApi(catalogApiRef);
  const entityRoute = useRouteRef(entityRouteRef);
  const root = rootOf(entity);
  const selfRef = stringifyEntityRef(entity);
  const source = entity.metadata.annotations?.[ANNOTATION_LOCATION];
  const candidates = useMemo(
    () => (loaded ? collectLinkCandidates(loaded, root) : undefined),
    [loaded, root],
  );

  const lookup = useAsync(async () => {
    if (!candidates) return [];
    const roots = [...new Set(candidates.targets.flatMap(ancestors))].slice(
      0,
      MAX_CANDIDATES,
    );
    const ids = [
      ...new Set(
        candidates.mentions.map(m =>
          m.startsWith('SPEC-') ? m : `SPEC-${/^\d+/.exec(m)![0]}`,
        ),
      ),
    ];
    const filter = [];
    if (roots.length) {
      filter.push({
        kind: 'spec',
        [`metadata.annotations.${ANNOTATION_SPEC_ROOT}`]: roots,
      });
    }
    if (ids.length) filter.push({ kind: 'spec', 'spec.specId': ids });
    if (!filter.length) return [];
    const response = await catalogApi.getEntities({ filter, fields: FIELDS });
    return response.items.filter(e => stringifyEntityRef(e) !== selfRef);
  }, [catalogApi, candidates, selfRef]);

  return useMemo((): SpecLinkResolver => {
    const specs = lookup.value ?? [];
    const pageOf = (spec: Entity) =>
      entityRoute({
        kind: spec.kind.toLocaleLowerCase('en-US'),
        namespace: spec.metadata.namespace ?? 'default',
        name: spec.metadata.name,
      });
    const scm = scmBase(root);

    const resolvePath = (target: SpecLinkTarget): SpecLinkResolution => {
      const location = root ? joinSpecRoot(root, target.path) : undefined;
      const inside = !target.path.startsWith('../');
      const hash = target.fragment ? `#${target.fragment}` : '';
      const candidate =
        location &&
        (isMarkdown(target.path) || !inside) &&
        candidates?.targets.includes(location);
      if (candidate) {
        if (lookup.loading) return { type: 'pending' };
        let best: { spec: Entity; rel: string; length: number } | undefined;
        for (const spec of specs) {
          const specRoot = rootOf(spec);
          if (
            !specRoot ||
            (location !== specRoot && !location.startsWith(`${specRoot}/`))
          ) {
            continue;
          }
          const rel = location.slice(specRoot.length + 1);
          const specFiles = filesOf(spec);
          if (rel && !specFiles.includes(rel)) continue;
          if (!best || specRoot.length > best.length) {
            best = { spec, rel, length: specRoot.length };
          }
        }
        if (best) {
          const main = filesOf(best.spec)[0];
          const section =
            !hash && best.rel && best.rel !== main
              ? `#${fileAnchor(best.rel)}`
              : '';
          return {
            type: 'href',
            href: `${pageOf(best.spec)}${hash || section}`,
            title: describe(best.spec),
          };
        }
      }
      if (scm && (!inside || isMarkdown(target.path))) {
        // A file of the repository that is no spec: the SCM shows it.
        return {
          type: 'href',
          href: new URL(target.path, scm).toString() + hash,
          external: true,
        };
      }
      if (inside && filesBaseUrl) {
        return { type: 'file', href: specFileUrl(filesBaseUrl, target.path) };
      }
      return {
        type: 'broken',
        reason: `${
          target.path
        } is neither a file of this spec nor of a spec in the catalog${
          lookup.error ? ' (the catalog could not be asked)' : ''
        }`,
      };
    };

    const resolveMention = (mention: string) => {
      let matches: Entity[];
      if (mention.startsWith('SPEC-')) {
        matches = specs.filter(s => specIdOf(s) === mention);
      } else {
        const number = /^\d+/.exec(mention)![0];
        matches = specs.filter(
          s =>
            specIdOf(s) === `SPEC-${number}` &&
            ((s.spec as { location?: string })?.location ?? '')
              .split('/')
              .pop() === mention,
        );
      }
      if (matches.length > 1) {
        // Ids repeat across repositories: the one of the same source wins.
        const same = matches.filter(
          s => s.metadata.annotations?.[ANNOTATION_LOCATION] === source,
        );
        if (same.length === 1) matches = same;
      }
      if (matches.length !== 1) return undefined;
      return { href: pageOf(matches[0]), title: describe(matches[0]) };
    };

    return { resolvePath, resolveMention };
  }, [lookup, entityRoute, root, candidates, filesBaseUrl, source]);
}

/** Where the SCM shows a file of the spec (`file.md:53` → its line), if the spec comes from one. */
export function sourceUrlOf(
  entity: Entity,
  file: string,
  line?: number,
): string | undefined {
  const base =
    scmBase(rootOf(entity)) ??
    scmBase(entity.metadata.annotations?.[ANNOTATION_SOURCE_LOCATION]);
  if (!base) return undefined;
  return `${new URL(file, base).toString()}${line ? `#L${line}` : ''}`;
}
