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
  DatabaseService,
  HttpAuthService,
  LoggerService,
  PermissionsRegistryService,
  PermissionsService,
  RootLifecycleService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { stringifyError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { EventsService } from '@backstage/plugin-events-node';
import {
  SPECS_INGESTED_TOPIC,
  specsPermissions,
} from '@specstage/plugin-specs-common';
import express from 'express';
import { createPortfolioRouter } from './createPortfolioRouter';
import { PortfolioService } from './PortfolioService';
import { readHistoryConfig } from './readHistoryConfig';
import { SnapshotRecorder } from './SnapshotRecorder';
import { SnapshotStore } from './SnapshotStore';

/** The id of the scheduled task that records snapshots. */
export const RECORD_TASK_ID = 'specs-history:record';

/**
 * Sets up the spec history: the snapshot store (migrated), its recording
 * task on the configured schedule and after ingest events, and the
 * portfolio routes.
 */
export async function setupSpecHistory(options: {
  config: Config;
  logger: LoggerService;
  database: DatabaseService;
  scheduler: SchedulerService;
  lifecycle: RootLifecycleService | { addShutdownHook(hook: () => void): void };
  events: EventsService;
  auth: AuthService;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  permissionsRegistry: PermissionsRegistryService;
  catalog: CatalogService;
}): Promise<express.Router> {
  const { config, logger, scheduler, events, catalog } = options;
  const history = readHistoryConfig(config);
  const store = await SnapshotStore.create({ database: options.database });
  const recorder = new SnapshotRecorder({
    store,
    catalog,
    auth: options.auth,
    logger,
    retentionDays: history.retentionDays,
  });
  const portfolio = new PortfolioService({
    catalog,
    store,
    attention: history.attention,
  });
  options.permissionsRegistry.addPermissions(specsPermissions);

  if (history.enabled) {
    // One recorder across all replicas; the row of a day is replaced by
    // each run, so the last run of the day is what stays.
    await scheduler.scheduleTask({
      id: RECORD_TASK_ID,
      ...history.schedule,
      scope: 'global',
      fn: async () => {
        try {
          await recorder.recordCatalog();
        } catch (error) {
          logger.error(
            `Recording spec snapshots failed, ${stringifyError(error)}`,
          );
        }
      },
    });

    if (history.onIngest) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await events.subscribe({
        id: 'specs-history',
        topics: [SPECS_INGESTED_TOPIC],
        onEvent: async () => {
          // Several refreshes in a row make one recording, once the catalog
          // has had time to stitch the new entities.
          if (timer) clearTimeout(timer);
          timer = setTimeout(() => {
            timer = undefined;
            scheduler.triggerTask(RECORD_TASK_ID).catch(error => {
              // Already running: that run records the new state anyway.
              logger.debug(
                `Could not trigger ${RECORD_TASK_ID}, ${stringifyError(error)}`,
              );
            });
          }, history.ingestDelayMs);
        },
      });
      options.lifecycle.addShutdownHook(() => {
        if (timer) clearTimeout(timer);
      });
    }
  }

  return createPortfolioRouter({
    httpAuth: options.httpAuth,
    permissions: options.permissions,
    catalog,
    portfolio,
    recorder,
    maxDays: history.retentionDays,
  });
}
