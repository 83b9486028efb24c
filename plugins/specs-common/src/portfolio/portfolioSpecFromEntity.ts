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
  ANNOTATION_VIEW_URL,
  parseEntityRef,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { RELATION_SPECIFIES } from '../constants';
import { SpecEntity } from '../entity/SpecEntity';
import { PortfolioSpec } from './rollupSpecs';

const kindOf = (ref: string) => {
  try {
    return parseEntityRef(ref).kind.toLocaleLowerCase('en-US');
  } catch {
    return '';
  }
};

/**
 * The catalog fields that {@link portfolioSpecFromEntity} reads; ask the
 * catalog for these only.
 *
 * @public
 */
export const PORTFOLIO_SPEC_FIELDS = [
  'kind',
  'apiVersion',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.annotations',
  'spec.specId',
  'spec.status',
  'spec.counts',
  'spec.review',
  'spec.location',
  'relations',
];

/**
 * What the portfolio needs of a Spec entity.
 *
 * @param systemOf - the system of a component ref, when it has one
 * @public
 */
export function portfolioSpecFromEntity(
  entity: SpecEntity,
  systemOf: (componentRef: string) => string | undefined,
): PortfolioSpec {
  const spec = entity.spec ?? ({} as Partial<SpecEntity['spec']>);
  const relations = entity.relations ?? [];
  const specifies = [
    ...new Set(
      relations
        .filter(r => r.type === RELATION_SPECIFIES)
        .map(r => r.targetRef),
    ),
  ].sort();
  const systems = new Set<string>();
  for (const ref of specifies) {
    const kind = kindOf(ref);
    if (kind === 'system') {
      systems.add(ref);
    } else if (kind === 'component') {
      const system = systemOf(ref);
      if (system) systems.add(system);
    }
  }
  const annotations = entity.metadata.annotations ?? {};
  const counts = spec.counts;
  const result: PortfolioSpec = {
    entityRef: stringifyEntityRef(entity),
    title: entity.metadata.title ?? entity.metadata.name,
    status: spec.status?.value ?? 'unknown',
    stale: spec.status?.stale ?? false,
    owner: relations.find(r => r.type === RELATION_OWNED_BY)?.targetRef,
    systems: [...systems].sort(),
    specifies,
    tasks: {
      done: counts?.tasks?.done ?? 0,
      partial: counts?.tasks?.partial ?? 0,
      total: counts?.tasks?.total ?? 0,
    },
    openClarifications: counts?.openClarifications ?? 0,
    review: (spec.review ?? []).map(p => ({
      persona: p.persona,
      checked: p.checked,
      total: p.total,
    })),
  };
  const optional = {
    specId: spec.specId,
    staleReason: spec.status?.staleReason,
    source: annotations[ANNOTATION_LOCATION],
    editUrl: annotations[ANNOTATION_EDIT_URL],
    viewUrl: annotations[ANNOTATION_VIEW_URL],
    location: spec.location,
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value) (result as Record<string, unknown>)[key] = value;
  }
  if (!result.owner) delete result.owner;
  return result;
}
