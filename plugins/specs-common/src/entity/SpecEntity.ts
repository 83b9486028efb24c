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

import { Entity } from '@backstage/catalog-model';
import { SpecCounts, SpecFormatName, SpecStatusValue } from '../model';
import type { SpecProgress } from '../progress/specProgress';

/**
 * The apiVersion of Spec entities.
 *
 * @public
 */
export const SPEC_ENTITY_API_VERSION = 'specstage.io/v1alpha1';

/**
 * The kind of Spec entities.
 *
 * @public
 */
export const SPEC_ENTITY_KIND = 'Spec';

/** `specstage.io/`: every version of the Spec kind. */
const SPEC_ENTITY_API_GROUP_PREFIX = `${
  SPEC_ENTITY_API_VERSION.split('/')[0]
}/`;

/**
 * The compact summary of a spec that the catalog entity carries in `spec`
 * (no document bodies: those are read from the source on demand).
 *
 * @remarks
 * A type alias rather than an interface so that it is assignable to the
 * `JsonObject` of `Entity.spec`.
 *
 * @public
 */
export type SpecEntitySpec = {
  specId?: string;
  type?: string;
  /** The format profile that read the spec (`cnref`, `spec-kit`, `openspec`, `kiro`). */
  format?: SpecFormatName;
  /** OpenSpec documents: capability or change (see `SpecDocument.openspec`). */
  openspec?: {
    kind: 'capability' | 'change';
    name: string;
    archived?: boolean;
    capabilities?: string[];
  };
  /**
   * Entity refs of the capability specs an OpenSpec change modifies. Set by
   * the catalog module.
   */
  modifiesSpecs?: string[];
  /** ISO date (YYYY-MM-DD) the work was completed (an archived OpenSpec change). */
  completed?: string;
  /**
   * What lists sort specs by: the spec id, else the title. Every Spec has
   * one, so that a sorted catalog query (which leaves entities without the
   * sort field out) also returns OpenSpec and Kiro specs, which have no id.
   */
  sortKey?: string;
  status: {
    raw?: string;
    value: SpecStatusValue;
    stale: boolean;
    staleReason?: string;
  };
  owner?: string;
  components: string[];
  /**
   * Entity refs of the Spec entities this spec references, resolved from the
   * SPEC ids it mentions. Set by the catalog module.
   */
  relatedSpecs?: string[];
  /** The spec's path inside its source tree, as ingested. Set by the catalog module. */
  location?: string;
  /** ISO date (YYYY-MM-DD). */
  created?: string;
  /** ISO date (YYYY-MM-DD). */
  updated?: string;
  template: boolean;
  counts: SpecCounts;
  phases: Array<{
    title: string;
    done: number;
    partial: number;
    total: number;
  }>;
  review: Array<{ persona: string; checked: number; total: number }>;
  diagnostics: {
    errors: number;
    warnings: number;
    infos: number;
    /** The first error-level diagnostics, as `file:line: message` (at most 20). */
    errorMessages?: string[];
  };
  /** Paths of the source files, relative to the spec root. */
  files: string[];
  /**
   * Share of done tasks, current phase and next task, for lists and cards.
   * Missing on entities ingested before it was added.
   */
  progress?: SpecProgress;
};

/**
 * A catalog entity of kind Spec.
 *
 * @public
 */
export interface SpecEntity extends Entity {
  apiVersion: typeof SPEC_ENTITY_API_VERSION;
  kind: typeof SPEC_ENTITY_KIND;
  spec: SpecEntitySpec;
}

/**
 * True for Spec entities: kind `Spec` (in any case) of the `specstage.io`
 * group.
 *
 * @remarks
 * The one test of "is this a spec" for every package. An entity fetched with
 * `fields` that leave out `apiVersion` is judged by its kind alone; a full
 * entity of another group (a `backstage.io` kind named Spec) is not a spec.
 *
 * @public
 */
export function isSpecEntity(
  entity:
    | (Pick<Entity, 'kind'> & Partial<Pick<Entity, 'apiVersion'>>)
    | undefined
    | null,
): entity is SpecEntity {
  if (!entity || typeof entity.kind !== 'string') return false;
  if (
    entity.kind.toLocaleLowerCase('en-US') !==
    SPEC_ENTITY_KIND.toLocaleLowerCase('en-US')
  ) {
    return false;
  }
  return (
    entity.apiVersion === undefined ||
    (typeof entity.apiVersion === 'string' &&
      entity.apiVersion.startsWith(SPEC_ENTITY_API_GROUP_PREFIX))
  );
}

/**
 * A Spec entity with every part of its `spec` present, or undefined for any
 * other entity.
 *
 * @remarks
 * Entities come over the wire, from older ingestions or through `fields`
 * projections, so missing parts are filled with empty values rather than
 * trusted. `counts.templatePrompts` stays absent on entities that were
 * ingested before it was counted, so that callers can tell "none" from
 * "unknown".
 *
 * @public
 */
export function readSpecEntity(
  entity: Entity | undefined | null,
): SpecEntity | undefined {
  if (!isSpecEntity(entity) || !entity.spec) {
    return undefined;
  }
  const spec = entity.spec as Partial<SpecEntitySpec>;
  const counts = (spec.counts ?? {}) as Partial<SpecCounts>;
  return {
    ...entity,
    spec: {
      ...spec,
      status: spec.status ?? { value: 'unknown', stale: false },
      components: spec.components ?? [],
      template: spec.template ?? false,
      counts: {
        ...counts,
        userStories: counts.userStories ?? 0,
        requirements: counts.requirements ?? 0,
        successCriteria: counts.successCriteria ?? 0,
        tasks: counts.tasks ?? { done: 0, partial: 0, total: 0 },
        review: counts.review ?? { checked: 0, total: 0 },
        openClarifications: counts.openClarifications ?? 0,
      } as SpecCounts,
      phases: spec.phases ?? [],
      review: spec.review ?? [],
      diagnostics: spec.diagnostics ?? { errors: 0, warnings: 0, infos: 0 },
      files: spec.files ?? [],
    },
  };
}
