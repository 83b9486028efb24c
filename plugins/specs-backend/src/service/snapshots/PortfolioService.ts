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

import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  RELATION_PART_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  addDays,
  burnUpSeries,
  countSpecsByStatus,
  findDuplicateSpecIds,
  isSpecEntity,
  PORTFOLIO_SPEC_FIELDS,
  PortfolioSpec,
  portfolioSpecFromEntity,
  RELATION_SPECIFIES,
  rankSpecAttention,
  rollupSpecs,
  SpecAttentionEntry,
  SpecAttentionOptions,
  SpecAttentionResponse,
  specAttentionReasons,
  specDay,
  SpecHistoryResponse,
  SpecPortfolioResponse,
  SpecPortfolioScope,
} from '@specstage/plugin-specs-common';
import { listSpecEntities } from './SnapshotRecorder';
import { SnapshotStore } from './SnapshotStore';

const kindOf = (ref: string) =>
  parseEntityRef(ref).kind.toLocaleLowerCase('en-US');

/**
 * Answers portfolio questions for one caller: every number comes from the
 * specs the caller may read in the catalog (their credentials go to every
 * catalog call), and only those specs' snapshots are read, so a spec the
 * caller may not see adds nothing, not even to a total.
 */
export class PortfolioService {
  readonly #catalog: CatalogService;
  readonly #store: SnapshotStore;
  readonly #options: SpecAttentionOptions;
  readonly #now: () => Date;

  constructor(options: {
    catalog: CatalogService;
    store: SnapshotStore;
    attention: SpecAttentionOptions;
    now?: () => Date;
  }) {
    this.#catalog = options.catalog;
    this.#store = options.store;
    this.#options = options.attention;
    this.#now = options.now ?? (() => new Date());
  }

  /** The specs of a scope that the credentials may read. */
  async listSpecs(
    credentials: BackstageCredentials,
    scope: SpecPortfolioScope,
  ): Promise<PortfolioSpec[]> {
    const filter: Record<string, string | string[]> = {};
    if (scope.owner?.length) filter['relations.ownedBy'] = scope.owner;
    if (scope.spec) {
      const ref = parseEntityRef(scope.spec, {
        defaultKind: 'spec',
        defaultNamespace: 'default',
      });
      filter['metadata.namespace'] = ref.namespace;
      filter['metadata.name'] = ref.name;
    }
    const lower = (ref: string) => ref.toLocaleLowerCase('en-US');
    const specified: string[][] = [];
    if (scope.component) specified.push([lower(scope.component)]);
    if (scope.system) {
      const components = await this.#catalog.queryEntities(
        {
          filter: { kind: 'component', 'relations.partOf': scope.system },
          fields: ['kind', 'metadata.name', 'metadata.namespace'],
          limit: 10_000,
        },
        { credentials },
      );
      specified.push(
        [scope.system, ...components.items.map(c => stringifyEntityRef(c))].map(
          lower,
        ),
      );
    }
    // Both a component and a system: the specs of the component that belong
    // to the system.
    const targets = specified.reduce<string[] | undefined>(
      (acc, refs) => (acc ? acc.filter(ref => refs.includes(ref)) : refs),
      undefined,
    );
    if (targets) {
      if (targets.length === 0) return [];
      filter[`relations.${RELATION_SPECIFIES}`] = targets;
    }

    const entities = (
      await listSpecEntities(this.#catalog, credentials, {
        filter,
        fields: PORTFOLIO_SPEC_FIELDS,
      })
    ).filter(isSpecEntity);
    const systemOf = await this.#systemsOfComponents(entities, credentials);
    return entities.map(entity =>
      portfolioSpecFromEntity(entity, ref => systemOf.get(ref)),
    );
  }

  /** The system of each component the specs specify, as the caller sees it. */
  async #systemsOfComponents(
    entities: Entity[],
    credentials: BackstageCredentials,
  ): Promise<Map<string, string>> {
    const components = new Set<string>();
    for (const entity of entities) {
      for (const relation of entity.relations ?? []) {
        if (
          relation.type === RELATION_SPECIFIES &&
          kindOf(relation.targetRef) === 'component'
        ) {
          components.add(relation.targetRef);
        }
      }
    }
    const systemOf = new Map<string, string>();
    if (components.size === 0) return systemOf;
    const { items } = await this.#catalog.getEntitiesByRefs(
      {
        entityRefs: [...components],
        fields: ['kind', 'metadata.name', 'metadata.namespace', 'relations'],
      },
      { credentials },
    );
    for (const component of items) {
      const system = component?.relations?.find(
        r => r.type === RELATION_PART_OF && kindOf(r.targetRef) === 'system',
      );
      if (component && system) {
        systemOf.set(stringifyEntityRef(component), system.targetRef);
      }
    }
    return systemOf;
  }

  /** The needs-attention list of some specs, ranked. */
  async #attention(
    specs: PortfolioSpec[],
    today: string,
    limit: number,
  ): Promise<SpecAttentionResponse> {
    // Only the rules about time read snapshots, and only for these specs.
    const timed = specs
      .filter(s => s.status === 'in-progress' || s.openClarifications > 0)
      .map(s => s.entityRef);
    const latest = await this.#store.latest(timed, { onOrBefore: today });
    const duplicates = findDuplicateSpecIds(specs);
    const ranked = rankSpecAttention(
      specs.map(spec => ({
        spec,
        reasons: specAttentionReasons(
          {
            ...spec,
            history: latest.get(spec.entityRef),
            duplicates: duplicates.get(spec.entityRef),
          },
          this.#options,
          today,
        ),
      })),
      spec => `${spec.specId ?? ''}\0${spec.title}\0${spec.entityRef}`,
    );
    const items: SpecAttentionEntry[] = ranked.slice(0, limit).map(item => {
      const entry: SpecAttentionEntry = {
        entityRef: item.entityRef,
        title: item.title,
        status: item.status,
        reasons: item.reasons,
        score: item.score,
      };
      for (const key of [
        'specId',
        'owner',
        'editUrl',
        'viewUrl',
        'location',
      ] as const) {
        if (item[key]) entry[key] = item[key];
      }
      return entry;
    });
    return { today, total: ranked.length, items, options: this.#options };
  }

  async attention(
    credentials: BackstageCredentials,
    scope: SpecPortfolioScope,
    options: { limit: number },
  ): Promise<SpecAttentionResponse> {
    const specs = await this.listSpecs(credentials, scope);
    return this.#attention(specs, specDay(this.#now()), options.limit);
  }

  async portfolio(
    credentials: BackstageCredentials,
    scope: SpecPortfolioScope,
    options: { weeks: number; limit: number },
  ): Promise<SpecPortfolioResponse> {
    const specs = await this.listSpecs(credentials, scope);
    return this.portfolioOf(specs, scope, options);
  }

  /** The portfolio of specs already listed (see {@link listSpecs}). */
  async portfolioOf(
    specs: PortfolioSpec[],
    scope: SpecPortfolioScope,
    options: { weeks: number; limit: number },
  ): Promise<SpecPortfolioResponse> {
    const today = specDay(this.#now());
    const refs = specs.map(s => s.entityRef);
    const stepDays = 7;
    const points = options.weeks + 1;
    const first = addDays(today, -(points - 1) * stepDays);
    // The totals of the recorded day at or before each point: a point whose
    // day had no recording carries the previous one forward.
    const recorded = await this.#store.days(addDays(first, -366), today);
    const picked = new Set<string>();
    for (let i = 0; i < points; i++) {
      const day = addDays(first, i * stepDays);
      const at = recorded.filter(d => d <= day).pop();
      if (at) picked.add(at);
    }
    const [totals, attention] = await Promise.all([
      this.#store.totals(refs, [...picked]),
      this.#attention(specs, today, options.limit),
    ]);

    const sum = { done: 0, partial: 0, total: 0 };
    let openClarifications = 0;
    for (const spec of specs) {
      sum.done += spec.tasks.done;
      sum.partial += spec.tasks.partial;
      sum.total += spec.tasks.total;
      openClarifications += spec.openClarifications;
    }
    return {
      today,
      scope,
      totals: {
        specs: specs.length,
        inProgress: specs.filter(s => s.status === 'in-progress').length,
        tasks: sum,
        openClarifications,
      },
      byStatus: countSpecsByStatus(specs),
      burnUp: {
        stepDays,
        points: burnUpSeries(totals, { to: today, points, stepDays }),
      },
      rollups: {
        byOwner: rollupSpecs(specs, s => (s.owner ? [s.owner] : [])),
        bySystem: rollupSpecs(specs, s => s.systems),
      },
      attention,
    };
  }

  /** The snapshots of one spec the caller may read (or undefined). */
  async history(
    credentials: BackstageCredentials,
    entityRef: string,
    days: number,
  ): Promise<SpecHistoryResponse | undefined> {
    const entity = await this.#catalog.getEntityByRef(entityRef, {
      credentials,
    });
    if (!entity || !isSpecEntity(entity)) return undefined;
    const ref = stringifyEntityRef(entity);
    const today = specDay(this.#now());
    const snapshots = await this.#store.history([ref], addDays(today, -days));
    return { entityRef: ref, today, snapshots };
  }
}
