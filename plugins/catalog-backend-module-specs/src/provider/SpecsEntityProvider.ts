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
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskRunner,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import {
  ANNOTATION_LOCATION,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { AlphaEntity } from '@backstage/catalog-model/alpha';
import { Config } from '@backstage/config';
import { stringifyError } from '@backstage/errors';
import {
  ScmIntegrationRegistry,
  ScmIntegrations,
} from '@backstage/integration';
import {
  CatalogService,
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import {
  ANNOTATION_SPEC_LOCATION,
  SPEC_ENTITY_KIND,
  SPECSTAGE_LOCATION_TYPE,
  SPECS_INGESTED_TOPIC,
  discoverSpecs,
  parseSpec,
  specSourcePaths,
} from '@specstage/plugin-specs-common';
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { EventsService } from '@backstage/plugin-events-node';
import pLimit from 'p-limit';
import { readSpecsProviderConfig } from './providerConfig';
import { readConfiguredSources, sourceFromAnnotation } from './resolveSources';
import { readSource } from './readSource';
import { specToEntity } from './specToEntity';
import { assignSpecEntityNames, specEntityKey } from './assignSpecEntityNames';
import {
  SPEC_PUSH_TOPICS,
  pushTouchesSource,
  readPushEvent,
} from './pushEvents';
import { linkOpenSpecChanges } from './linkOpenSpecChanges';
import { SourceFile, SpecSource } from './types';

/** What was last read successfully from one source. */
interface SourceState {
  /** The source as last resolved; a change of owner/components forces a rebuild. */
  fingerprint: string;
  etag?: string;
  items: SpecItem[];
  /** Parsed specs by spec path, with the hash of their files, to skip unchanged ones. */
  parsed: Map<string, { hash: string; item?: SpecItem }>;
}

interface SpecItem {
  entity: Entity;
  /** SPEC ids the spec mentions, resolved to entity refs when all are known. */
  relatedSpecIds: string[];
}

/** Counts of one refresh, for logs, tests and the ingest benchmark. @public */
export interface SpecsRefreshSummary {
  sources: number;
  read: number;
  unchanged: number;
  failed: number;
  parsed: number;
  entities: number;
  /** False when nothing changed and no mutation was sent to the catalog. */
  applied: boolean;
}

/** @public */
export interface SpecsEntityProviderOptions {
  config: Config;
  logger: LoggerService;
  reader: UrlReaderService;
  integrations: ScmIntegrationRegistry;
  catalog: CatalogService;
  auth: AuthService;
  /**
   * Subscribes to SCM push events (refreshing only the pushed source) and
   * announces applied refreshes (the specs backend records history then).
   */
  events?: EventsService;
  /** Runs refresh on a schedule; omit to call {@link SpecsEntityProvider.refresh} yourself. */
  taskRunner?: SchedulerServiceTaskRunner;
}

/**
 * Reads specs from configured sources and from the sources that Components
 * and Systems point at with `specstage.io/spec-location`, and publishes them
 * as `Spec` entities.
 *
 * Each scheduled refresh sends one full mutation built from the last good
 * read of every source: a source that fails, or that suddenly returns no
 * specs at all, keeps the entities it had instead of deleting them.
 *
 * A push event (GitHub, GitLab, Bitbucket; see {@link SPEC_PUSH_TOPICS}) that
 * touches a source refreshes that source alone, at once, and sends a delta
 * mutation: the source's entities, any other entity whose name or related
 * specs changed with it, and the removal of its specs that are gone. Pushes
 * that arrive while a source is refreshed make one more refresh of it.
  *
  * @public
 */
export class SpecsEntityProvider implements EntityProvider {
  private connection?: EntityProviderConnection;
  private readonly states = new Map<string, SourceState>();
  private lastSourceKeys = '';
  private readonly annotationDiscovery: boolean;
  /** Sources as last resolved, in configuration order (names depend on it). */
  private knownSources: SpecSource[] = [];
  /** When the annotated sources were last listed from the catalog. */
  private annotatedListedAt = 0;
  /** True once every known source has a state (refreshed or restored). */
  private complete = false;
  /**
   * What the last merge of all states gave, while the states are unchanged
   * since: the "before" of a pushed source's delta, without merging (and
   * cloning) every entity again.
   */
  private lastMerged?: Map<string, Entity>;
  /** Refreshes run one at a time: they share the per-source states. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Pushed sources waiting or refreshing, to coalesce bursts of pushes. */
  private readonly pushed = new Map<
    string,
    {
      source: SpecSource;
      started: boolean;
      again: boolean;
      done: Promise<void>;
    }
  >();

  constructor(private readonly options: SpecsEntityProviderOptions) {
    this.annotationDiscovery = readSpecsProviderConfig(
      options.config,
    ).annotationDiscovery;
  }

  /**
   * Builds the provider from `catalog.providers.specs`, scheduled as that
   * block's `schedule` says (every 5 minutes by default; one worker across
   * all replicas). Throws when the old `specs.sources` keys are still used.
   */
  static fromConfig(
    config: Config,
    options: Omit<
      SpecsEntityProviderOptions,
      'config' | 'integrations' | 'taskRunner'
    > & {
      scheduler: SchedulerService;
      /** Overrides the configured schedule. */
      schedule?: SchedulerServiceTaskRunner;
    },
  ): SpecsEntityProvider {
    const { scheduler, schedule, ...rest } = options;
    const taskRunner =
      schedule ??
      scheduler.createScheduledTaskRunner({
        ...readSpecsProviderConfig(config).schedule,
        scope: 'global',
      });
    return new SpecsEntityProvider({
      ...rest,
      config,
      integrations: ScmIntegrations.fromConfig(config),
      taskRunner,
    });
  }

  getProviderName(): string {
    return 'specstage-specs';
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
    const { events, logger } = this.options;
    // One subscriber id on every replica: the events bus hands each event to
    // one of them (the one whose HTTP ingress received the webhook).
    await events?.subscribe({
      id: `${this.getProviderName()}-push`,
      topics: [...SPEC_PUSH_TOPICS],
      onEvent: async ({ topic, eventPayload }) => {
        const { sources, refreshed } = await this.handlePushEvent(
          topic,
          eventPayload,
        );
        if (sources.length === 0) return;
        logger.info(
          `Push on ${topic} touches spec source${
            sources.length > 1 ? 's' : ''
          } ${sources.join(', ')}; refreshing`,
        );
        // Not awaited: the webhook is answered while the source is read.
        refreshed.catch(error =>
          logger.error(
            `Spec refresh after a push failed, ${stringifyError(error)}`,
          ),
        );
      },
    });
    const runner = this.options.taskRunner;
    if (runner) {
      await runner.run({
        id: `${this.getProviderName()}:refresh`,
        fn: async () => {
          try {
            await this.refresh();
          } catch (error) {
            this.options.logger.error(
              `Spec refresh failed, ${stringifyError(error)}`,
            );
          }
        },
      });
    }
  }

  /** Scans every source once and updates the catalog when anything changed. */
  async refresh(): Promise<SpecsRefreshSummary> {
    return this.serialized(() => this.refreshAll());
  }

  /**
   * Handles one event of {@link SPEC_PUSH_TOPICS}: finds the sources the push
   * touches (without reading any) and refreshes them. `refreshed` settles
   * once they are applied to the catalog.
   */
  async handlePushEvent(
    topic: string,
    payload: unknown,
  ): Promise<{ sources: string[]; refreshed: Promise<void> }> {
    const push = readPushEvent(topic, payload);
    if (!push) return { sources: [], refreshed: Promise.resolve() };
    const configured = readConfiguredSources(this.options.config);
    // Cheap exit for the many pushes to repositories without specs: the
    // annotated sources are listed at most once a minute for this.
    const annotated = this.annotationDiscovery
      ? await this.recentAnnotatedSources()
      : [];
    const sources = mergeSources(configured, annotated);
    const touched = sources.filter(s => pushTouchesSource(push, s));
    if (touched.length === 0) {
      return { sources: [], refreshed: Promise.resolve() };
    }
    if (this.knownSources.length === 0) this.knownSources = sources;
    return {
      sources: touched.map(s => s.key),
      refreshed: Promise.all(
        touched.map(s => this.requestSourceRefresh(s)),
      ).then(() => undefined),
    };
  }

  private serialized<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async recentAnnotatedSources(): Promise<SpecSource[]> {
    if (Date.now() - this.annotatedListedAt > 60_000) {
      await this.annotatedSources();
    }
    return this.lastAnnotatedSources;
  }

  /** Refreshes one source soon; pushes meanwhile make one more refresh. */
  private requestSourceRefresh(source: SpecSource): Promise<void> {
    const pending = this.pushed.get(source.key);
    if (pending) {
      pending.source = source;
      // Not started yet: that refresh will read the newest state anyway.
      if (pending.started) pending.again = true;
      return pending.done;
    }
    const entry = {
      source,
      started: false,
      again: false,
      done: Promise.resolve(),
    };
    entry.done = (async () => {
      try {
        do {
          entry.again = false;
          await this.serialized(async () => {
            entry.started = true;
            await this.refreshPushedSource(entry.source);
          });
        } while (entry.again);
      } finally {
        this.pushed.delete(source.key);
      }
    })();
    this.pushed.set(source.key, entry);
    return entry.done;
  }

  /**
   * Reads one source and sends the catalog a delta mutation: what that
   * source's read changed in the merged set of all specs. Other sources are
   * not read; their last known specs (or, on a replica that has not scanned
   * yet, what the catalog holds) only take part in naming and references.
   */
  private async refreshPushedSource(source: SpecSource): Promise<void> {
    const connection = this.connection;
    if (!connection) throw new Error('SpecsEntityProvider is not connected');
    const { logger } = this.options;
    if (!this.knownSources.some(s => s.key === source.key)) {
      this.knownSources = [...this.knownSources, source];
    }
    const sources = this.knownSources.map(s =>
      s.key === source.key ? source : s,
    );
    if (!this.complete) await this.restoreAllFromCatalog(source.key);

    const before =
      this.lastMerged ??
      new Map(this.mergeEntities(sources).map(e => [stringifyEntityRef(e), e]));
    // Without a state of its own for the source, this replica does not know
    // what the catalog holds for it: ask, so that deleted specs go.
    const knownBefore = this.states.has(source.key);
    const outcome = await this.refreshSource(source);
    if (!outcome.changed) {
      logger.debug(`Pushed spec source ${source.key}: no change`);
      return;
    }
    const after = this.mergeEntities(sources);
    this.lastMerged = new Map(after.map(e => [stringifyEntityRef(e), e]));
    const location = `${SPECSTAGE_LOCATION_TYPE}:${source.key}`;
    const afterRefs = new Set(after.map(e => stringifyEntityRef(e)));
    const added = after.filter(e => {
      const previous = before.get(stringifyEntityRef(e));
      // The source's own entities always go: another replica may have
      // applied a newer read of it than this replica remembers.
      return (
        !previous ||
        e.metadata.annotations?.[ANNOTATION_LOCATION] === location ||
        !isDeepStrictEqual(previous, e)
      );
    });
    const removed = new Set(
      [...before.keys()].filter(ref => !afterRefs.has(ref)),
    );
    if (!knownBefore) {
      for (const ref of await this.catalogRefsOf(source)) {
        if (!afterRefs.has(ref)) removed.add(ref);
      }
    }
    const locationKey = this.getProviderName();
    await connection.applyMutation({
      type: 'delta',
      added: added.map(entity => ({ entity, locationKey })),
      removed: [...removed].map(entityRef => ({ entityRef, locationKey })),
    });
    logger.info(
      `Spec refresh of pushed source ${source.key}: ${outcome.parsed} specs parsed, ${added.length} entities updated, ${removed.size} removed`,
    );
    await this.announce(after.length);
  }

  private async announce(entities: number) {
    await this.options.events
      ?.publish({
        topic: SPECS_INGESTED_TOPIC,
        eventPayload: { entities },
      })
      .catch(error =>
        this.options.logger.warn(
          `Could not announce the spec refresh, ${stringifyError(error)}`,
        ),
      );
  }

  /** Refs of the Spec entities the catalog holds for a source. */
  private async catalogRefsOf(source: SpecSource): Promise<string[]> {
    const { catalog, auth } = this.options;
    const credentials = await auth.getOwnServiceCredentials();
    const res = await catalog.getEntities(
      {
        filter: {
          kind: SPEC_ENTITY_KIND,
          [`metadata.annotations.${ANNOTATION_LOCATION}`]: `${SPECSTAGE_LOCATION_TYPE}:${source.key}`,
        },
        fields: ['kind', 'metadata.namespace', 'metadata.name'],
      },
      { credentials },
    );
    return res.items.map(e => stringifyEntityRef(e));
  }

  /**
   * A replica that has not scanned all sources yet (another replica runs the
   * schedule) takes the other sources' specs from the catalog, once, so that
   * names and references of a pushed source are computed over all specs.
   */
  private async restoreAllFromCatalog(except: string) {
    const { catalog, auth, logger } = this.options;
    try {
      const credentials = await auth.getOwnServiceCredentials();
      const res = await catalog.getEntities(
        { filter: { kind: SPEC_ENTITY_KIND } },
        { credentials },
      );
      const prefix = `${SPECSTAGE_LOCATION_TYPE}:`;
      const byKey = new Map<string, SpecItem[]>();
      for (const e of res.items) {
        const location = e.metadata.annotations?.[ANNOTATION_LOCATION];
        if (!location?.startsWith(prefix)) continue;
        const key = location.slice(prefix.length);
        if (key === except || this.states.has(key)) continue;
        byKey.set(key, [...(byKey.get(key) ?? []), toSpecItem(e)]);
      }
      for (const [key, items] of byKey) {
        // No fingerprint: the next scheduled scan reads the source in full.
        this.states.set(key, { fingerprint: '', items, parsed: new Map() });
      }
      this.lastMerged = undefined;
      this.complete = true;
    } catch (error) {
      logger.warn(
        `Could not read the known specs from the catalog, ${stringifyError(
          error,
        )}`,
      );
    }
  }

  private async refreshAll(): Promise<SpecsRefreshSummary> {
    if (!this.connection) {
      throw new Error('SpecsEntityProvider is not connected');
    }
    const { logger } = this.options;
    // Pairs with the summary line below: with several replicas, operators
    // (and scripts/replicas) see which one scans and that runs never overlap.
    logger.debug('Spec refresh started');
    // The states change below; merged again at the end.
    this.lastMerged = undefined;
    const sources = await this.resolveSources();
    this.knownSources = sources;
    const summary: SpecsRefreshSummary = {
      sources: sources.length,
      read: 0,
      unchanged: 0,
      failed: 0,
      parsed: 0,
      entities: 0,
      applied: false,
    };
    let changed = false;
    const limit = pLimit(4);
    await Promise.all(
      sources.map(source =>
        limit(async () => {
          const outcome = await this.refreshSource(source);
          summary[outcome.kind] += 1;
          summary.parsed += outcome.parsed;
          if (outcome.changed) changed = true;
        }),
      ),
    );

    // Sources that disappeared (config edited, annotation removed) drop their
    // specs; a source that is merely failing is still listed and keeps them.
    const keys = sources
      .map(s => s.key)
      .sort()
      .join('\n');
    for (const key of [...this.states.keys()]) {
      if (!sources.some(s => s.key === key)) {
        this.states.delete(key);
        changed = true;
      }
    }
    if (keys !== this.lastSourceKeys) changed = true;
    this.lastSourceKeys = keys;

    const entities = this.mergeEntities(sources);
    this.lastMerged = new Map(entities.map(e => [stringifyEntityRef(e), e]));
    summary.entities = entities.length;
    if (changed) {
      await this.connection.applyMutation({
        type: 'full',
        entities: entities.map(entity => ({
          entity,
          locationKey: `${this.getProviderName()}`,
        })),
      });
      summary.applied = true;
      await this.announce(entities.length);
    }
    this.complete = true;
    // Quiet when nothing changed: with a short interval that is most runs.
    (summary.applied ? logger.info : logger.debug).call(
      logger,
      `Spec refresh: ${summary.sources} sources (${summary.read} read, ${
        summary.unchanged
      } unchanged, ${summary.failed} failed), ${summary.parsed} specs parsed, ${
        summary.entities
      } Spec entities${summary.applied ? '' : ', no change'}`,
    );
    return summary;
  }

  private async resolveSources(): Promise<SpecSource[]> {
    const { config, logger } = this.options;
    const sources = mergeSources(
      readConfiguredSources(config),
      this.annotationDiscovery ? await this.annotatedSources() : [],
    );
    logger.debug(`Spec sources: ${sources.map(s => s.key).join(', ')}`);
    return sources;
  }

  private lastAnnotatedSources: SpecSource[] = [];

  private async annotatedSources(): Promise<SpecSource[]> {
    const { catalog, auth, integrations, logger } = this.options;
    let entities: Entity[];
    try {
      const credentials = await auth.getOwnServiceCredentials();
      const filter = {
        [`metadata.annotations.${ANNOTATION_SPEC_LOCATION}`]:
          CATALOG_FILTER_EXISTS,
      };
      const res = await catalog.getEntities(
        {
          filter: [
            { kind: 'component', ...filter },
            { kind: 'system', ...filter },
          ],
          fields: ['kind', 'metadata', 'spec.owner'],
        },
        { credentials },
      );
      entities = res.items;
    } catch (error) {
      // Without the catalog we cannot know which annotated sources exist;
      // keep the previous list rather than dropping their specs.
      logger.warn(
        `Could not list entities with ${ANNOTATION_SPEC_LOCATION}, keeping the previous sources, ${stringifyError(
          error,
        )}`,
      );
      return this.lastAnnotatedSources;
    }
    this.annotatedListedAt = Date.now();
    const sources: SpecSource[] = [];
    for (const entity of entities) {
      try {
        sources.push(sourceFromAnnotation(entity, integrations));
      } catch (error) {
        logger.warn(stringifyError(error));
      }
    }
    // Two entities may point at the same place: merge them.
    const byKey = new Map<string, SpecSource>();
    for (const s of sources) {
      const existing = byKey.get(s.key);
      if (existing) {
        existing.components = [
          ...new Set([...existing.components, ...s.components]),
        ];
      } else {
        byKey.set(s.key, s);
      }
    }
    this.lastAnnotatedSources = [...byKey.values()];
    return this.lastAnnotatedSources;
  }

  private async refreshSource(source: SpecSource): Promise<{
    kind: 'read' | 'unchanged' | 'failed';
    parsed: number;
    changed: boolean;
  }> {
    const { logger, reader, integrations } = this.options;
    const fingerprint = JSON.stringify([
      source.owner,
      [...source.components].sort(),
    ]);
    const state = this.states.get(source.key);
    // A changed owner/components list must rebuild the entities even when
    // the files did not change.
    const etag = state?.fingerprint === fingerprint ? state.etag : undefined;

    let result;
    try {
      result = await readSource(source, reader, etag, logger);
    } catch (error) {
      logger.warn(
        `Failed to read spec source ${
          source.key
        }, keeping its last known specs, ${stringifyError(error)}`,
      );
      if (!state) {
        await this.restoreFromCatalog(source, fingerprint);
      }
      return { kind: 'failed', parsed: 0, changed: false };
    }
    if (result.kind === 'unchanged') {
      return { kind: 'unchanged', parsed: 0, changed: false };
    }

    const groups = result.singleFile
      ? [
          {
            root: result.files[0].path,
            layout: 'file' as const,
            files: [result.files[0].path],
            template: false,
          },
        ]
      : discoverSpecs(result.files.map(f => f.path));
    const byPath = new Map(result.files.map(f => [f.path, f]));
    const parsedCache = new Map<string, { hash: string; item?: SpecItem }>();
    const items: SpecItem[] = [];
    let parsed = 0;
    for (const group of groups) {
      const { location, files: paths } = specSourcePaths(group);
      const files = paths.flatMap(({ treePath, specPath }) => {
        const file = byPath.get(treePath);
        // A Buffer is a Uint8Array: handed over as is, no copy.
        return file ? [{ path: specPath, content: file.content }] : [];
      });
      const hash = hashFiles(files);
      const cached = state?.parsed.get(group.root);
      if (
        cached &&
        cached.hash === hash &&
        state?.fingerprint === fingerprint
      ) {
        // Unchanged since the last read: not parsed again (and a skipped
        // template or non-spec stays skipped).
        parsedCache.set(group.root, cached);
        if (cached.item) items.push(cached.item);
        continue;
      }
      const doc = parseSpec(files, { location });
      parsed += 1;
      // Templates are not published. Neither is a markdown file that merely
      // sits in a spec tree without being a spec (notes, ADRs, …); a spec
      // directory or an explicitly configured file is published even when
      // broken, so that its errors show on its entity.
      if (
        doc.isTemplate ||
        (!doc.isSpec && group.layout === 'file' && !result.singleFile)
      ) {
        parsedCache.set(group.root, { hash });
        continue;
      }
      const item: SpecItem = {
        entity: specToEntity(
          {
            source,
            sourceRoot: result.root,
            specPath: location ?? '',
            layout: group.layout,
            doc,
          },
          integrations,
        ),
        relatedSpecIds: doc.links.relatedSpecs,
      };
      parsedCache.set(group.root, { hash, item });
      items.push(item);
    }

    if (items.length === 0 && state && state.items.length > 0) {
      logger.warn(
        `Spec source ${source.key} returned no specs, where it had ${state.items.length}; keeping them until it returns specs again`,
      );
      return { kind: 'failed', parsed, changed: false };
    }
    this.states.set(source.key, {
      fingerprint,
      etag: result.etag,
      items,
      parsed: parsedCache,
    });
    return { kind: 'read', parsed, changed: true };
  }

  /**
   * After a restart the provider has no memory of a source; when that source
   * fails on its first read, take its specs from the catalog so that the full
   * mutation does not delete them.
   */
  private async restoreFromCatalog(source: SpecSource, fingerprint: string) {
    const { catalog, auth, logger } = this.options;
    try {
      const credentials = await auth.getOwnServiceCredentials();
      const res = await catalog.getEntities(
        {
          filter: {
            kind: SPEC_ENTITY_KIND,
            [`metadata.annotations.${ANNOTATION_LOCATION}`]: `${SPECSTAGE_LOCATION_TYPE}:${source.key}`,
          },
        },
        { credentials },
      );
      const items = res.items.map(toSpecItem);
      this.states.set(source.key, {
        fingerprint,
        items,
        parsed: new Map(),
      });
      this.lastMerged = undefined;
    } catch (error) {
      logger.warn(
        `Could not restore the specs of ${
          source.key
        } from the catalog, ${stringifyError(error)}`,
      );
    }
  }

  /**
   * All sources' entities, one per spec location: a spec reached through two
   * sources (a configured tree and a component's annotation) is one entity
   * that specifies the components of both. Names are given once all specs
   * are known, so that two specs with the same readable name both get a
   * disambiguated one.
   */
  private mergeEntities(sources: SpecSource[]): Entity[] {
    const byName = new Map<string, { entity: Entity; related: string[] }>();
    const order = new Map(sources.map((s, i) => [s.key, i]));
    const keys = [...this.states.keys()].sort(
      (a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0),
    );
    for (const key of keys) {
      for (const item of this.states.get(key)!.items) {
        const name = specEntityKey(item.entity);
        const existing = byName.get(name);
        if (!existing) {
          byName.set(name, {
            entity: structuredClone(item.entity),
            related: item.relatedSpecIds,
          });
          continue;
        }
        const spec = existing.entity.spec as {
          components: string[];
          owner?: string;
        };
        const other = item.entity.spec as {
          components: string[];
          owner?: string;
        };
        spec.components = [
          ...new Set([...spec.components, ...other.components]),
        ].sort();
        spec.owner ??= other.owner;
      }
    }

    assignSpecEntityNames([...byName.values()].map(v => v.entity));

    // Spec → Spec references: SPEC ids resolve to the entities with that id
    // in the same source root first (ids are only unique per repository).
    const byId = new Map<string, Entity[]>();
    for (const { entity } of byName.values()) {
      const id = (entity.spec as { specId?: string }).specId;
      if (id) {
        byId.set(id, [...(byId.get(id) ?? []), entity]);
      }
    }
    for (const { entity, related } of byName.values()) {
      const ref = stringifyEntityRef(entity);
      const ownId = (entity.spec as { specId?: string }).specId;
      const refs = new Set<string>();
      for (const id of related) {
        if (id === ownId) continue;
        for (const target of byId.get(id) ?? []) {
          const targetRef = stringifyEntityRef(target);
          if (targetRef !== ref) refs.add(targetRef);
        }
      }
      (entity.spec as { relatedSpecs?: string[] }).relatedSpecs = [
        ...refs,
      ].sort();
    }
    linkOpenSpecChanges([...byName.values()].map(v => v.entity));
    return [...byName.values()].map(v => v.entity);
  }
}

/**
 * Configured sources, then annotated ones; one source per key, with the
 * components (and a missing owner) of all its mentions.
 */
function mergeSources(
  configured: SpecSource[],
  annotated: SpecSource[],
): SpecSource[] {
  const sources = new Map<string, SpecSource>();
  for (const s of configured) {
    sources.set(s.key, { ...s });
  }
  for (const s of annotated) {
    const existing = sources.get(s.key);
    if (existing) {
      existing.components = [
        ...new Set([...existing.components, ...s.components]),
      ];
      existing.owner ??= s.owner;
    } else {
      sources.set(s.key, { ...s });
    }
  }
  return [...sources.values()];
}

/** A Spec entity as read back from the catalog, as the provider emitted it. */
function toSpecItem(e: Entity): SpecItem {
  const { relations: _r, status: _s, ...rest } = e as AlphaEntity;
  const { uid: _u, etag: _e, ...metadata } = rest.metadata;
  return { entity: { ...rest, metadata } as Entity, relatedSpecIds: [] };
}

function hashFiles(files: SourceFile[]): string {
  const hash = createHash('sha256');
  for (const f of files) {
    hash.update(f.path);
    hash.update('\0');
    hash.update(f.content);
    hash.update('\0');
  }
  return hash.digest('hex');
}
