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
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  isSpecDay,
  isSpecEntity,
  SPEC_STATUS_VALUES,
  SpecPortfolioScope,
  SpecSnapshotInput,
  specsHistoryImportPermission,
} from '@specstage/plugin-specs-common';
import express from 'express';
import Router from 'express-promise-router';
import { PortfolioService } from './PortfolioService';
import { SnapshotRecorder } from './SnapshotRecorder';

/** Options of {@link createPortfolioRouter}. */
export interface PortfolioRouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  catalog: CatalogService;
  portfolio: PortfolioService;
  recorder: SnapshotRecorder;
  /** The longest history served, in days (the retention). */
  maxDays: number;
}

const MAX_IMPORT = 10_000;

function list(value: unknown): string[] {
  if (value === undefined) return [];
  const values = Array.isArray(value) ? value : [value];
  if (!values.every(v => typeof v === 'string')) {
    throw new InputError('Query parameters must be strings');
  }
  return values as string[];
}

function single(query: express.Request['query'], name: string) {
  const values = list(query[name]);
  if (values.length > 1) {
    throw new InputError(`Give at most one '${name}'`);
  }
  return values[0];
}

function entityRef(value: string, defaultKind: string, name: string): string {
  try {
    return stringifyEntityRef(
      parseEntityRef(value, { defaultKind, defaultNamespace: 'default' }),
    );
  } catch {
    throw new InputError(`'${name}' is not an entity ref: ${value}`);
  }
}

function integer(
  query: express.Request['query'],
  name: string,
  options: { min: number; max: number; fallback: number },
): number {
  const value = single(query, name);
  if (value === undefined) return options.fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < options.min || n > options.max) {
    throw new InputError(
      `'${name}' must be a whole number from ${options.min} to ${options.max}`,
    );
  }
  return n;
}

export function parseScope(
  query: express.Request['query'],
): SpecPortfolioScope {
  const scope: SpecPortfolioScope = {};
  const owners = list(query.owner).map(o => entityRef(o, 'group', 'owner'));
  if (owners.length) scope.owner = owners;
  const system = single(query, 'system');
  if (system) scope.system = entityRef(system, 'system', 'system');
  const component = single(query, 'component');
  if (component)
    scope.component = entityRef(component, 'component', 'component');
  const spec = single(query, 'spec');
  if (spec) scope.spec = entityRef(spec, 'spec', 'spec');
  return scope;
}

const count = (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Validates one imported snapshot; says which field is wrong. */
export function parseSnapshotInput(
  value: unknown,
  index: number,
): SpecSnapshotInput {
  const at = `snapshots[${index}]`;
  if (!value || typeof value !== 'object') {
    throw new InputError(`${at} must be an object`);
  }
  const v = value as Record<string, any>;
  if (typeof v.entityRef !== 'string') {
    throw new InputError(`${at}.entityRef must be a string`);
  }
  const ref = entityRef(v.entityRef, 'spec', `${at}.entityRef`);
  if (parseEntityRef(ref).kind !== 'spec') {
    throw new InputError(`${at}.entityRef must be a Spec entity ref`);
  }
  if (!isSpecDay(v.day)) {
    throw new InputError(`${at}.day must be a day as YYYY-MM-DD`);
  }
  if (!SPEC_STATUS_VALUES.includes(v.status)) {
    throw new InputError(
      `${at}.status must be one of ${SPEC_STATUS_VALUES.join(', ')}`,
    );
  }
  const tasks = v.tasks ?? {};
  const review = v.review ?? {};
  if (
    ![tasks.done, tasks.partial, tasks.total].every(count) ||
    tasks.done + tasks.partial > tasks.total
  ) {
    throw new InputError(
      `${at}.tasks must be whole numbers with done + partial <= total`,
    );
  }
  if (
    ![review.checked, review.total].every(count) ||
    review.checked > review.total
  ) {
    throw new InputError(
      `${at}.review must be whole numbers with checked <= total`,
    );
  }
  if (!count(v.openClarifications)) {
    throw new InputError(`${at}.openClarifications must be a whole number`);
  }
  return {
    entityRef: ref,
    day: v.day,
    status: v.status,
    tasks: { done: tasks.done, partial: tasks.partial, total: tasks.total },
    review: { checked: review.checked, total: review.total },
    openClarifications: v.openClarifications,
  };
}

/**
 * The portfolio routes of the specs backend: `/v1/portfolio`,
 * `/v1/attention`, `/v1/entities/:namespace/:name/history` and the import
 * `POST /v1/history`.
 */
export async function createPortfolioRouter(
  options: PortfolioRouterOptions,
): Promise<express.Router> {
  const { httpAuth, permissions, catalog, portfolio, recorder } = options;
  const router = Router();

  router.get('/v1/portfolio', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const scope = parseScope(req.query);
    const weeks = integer(req.query, 'weeks', {
      min: 1,
      max: 52,
      fallback: 12,
    });
    const limit = integer(req.query, 'limit', {
      min: 0,
      max: 500,
      fallback: 50,
    });
    res.setHeader('Cache-Control', 'private, no-store');
    res.json(await portfolio.portfolio(credentials, scope, { weeks, limit }));
  });

  router.get('/v1/attention', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const scope = parseScope(req.query);
    const limit = integer(req.query, 'limit', {
      min: 0,
      max: 500,
      fallback: 50,
    });
    res.setHeader('Cache-Control', 'private, no-store');
    res.json(await portfolio.attention(credentials, scope, { limit }));
  });

  router.get('/v1/entities/:namespace/:name/history', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const days = integer(req.query, 'days', {
      min: 1,
      max: options.maxDays,
      fallback: Math.min(90, options.maxDays),
    });
    const { namespace, name } = req.params;
    const ref = stringifyEntityRef({ kind: 'spec', namespace, name });
    const history = await portfolio.history(credentials, ref, days);
    if (!history) {
      throw new NotFoundError(`No spec history for entity '${ref}'`);
    }
    res.setHeader('Cache-Control', 'private, no-store');
    res.json(history);
  });

  router.post(
    '/v1/history',
    express.json({ limit: '10mb' }),
    async (req, res) => {
      const credentials = await httpAuth.credentials(req, {
        allow: ['user', 'service'],
      });
      const [decision] = await permissions.authorize(
        [{ permission: specsHistoryImportPermission }],
        { credentials },
      );
      if (decision.result !== AuthorizeResult.ALLOW) {
        throw new NotAllowedError('Not allowed to import spec history');
      }
      const snapshots = (req.body as { snapshots?: unknown })?.snapshots;
      if (!Array.isArray(snapshots) || snapshots.length === 0) {
        throw new InputError('Expected a body { "snapshots": [ … ] }');
      }
      if (snapshots.length > MAX_IMPORT) {
        throw new InputError(
          `At most ${MAX_IMPORT} snapshots per request, got ${snapshots.length}`,
        );
      }
      const inputs = snapshots.map(parseSnapshotInput);
      // Only specs the caller can read: history is written for entities
      // that exist, as the caller sees them.
      const refs = [...new Set(inputs.map(i => i.entityRef))];
      const { items } = await catalog.getEntitiesByRefs(
        {
          entityRefs: refs,
          fields: ['kind', 'apiVersion', 'metadata.name', 'metadata.namespace'],
        },
        { credentials },
      );
      const unknown = refs.filter((_, i) => !isSpecEntity(items[i]));
      if (unknown.length) {
        throw new InputError(
          `Unknown specs: ${unknown.slice(0, 5).join(', ')}${
            unknown.length > 5 ? ` and ${unknown.length - 5} more` : ''
          }`,
        );
      }
      const summary = await recorder.record(inputs);
      res.status(201).json({
        snapshots: summary.snapshots,
        days: summary.days,
      });
    },
  );

  return router;
}
