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
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { readDurationFromConfig } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { durationToMilliseconds } from '@backstage/types';
import { SpecFileReader } from './lib/SpecFileReader';
import { createRouter, FILES_ROUTE_PREFIX } from './service/createRouter';
import { SpecDocumentLoader } from './service/SpecDocumentLoader';
import { SpecFileAuthorizer } from './service/SpecFileAuthorizer';
import { setupSpecHistory } from './service/snapshots/setupSpecHistory';

const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
const DEFAULT_CACHE_TTL_MS = 15 * 60 * 1000;

/**
 * The specs backend plugin: serves parsed spec documents and the files they
 * reference at `/api/specs`.
 *
 * @public
 */
export const specsPlugin = createBackendPlugin({
  pluginId: 'specs',
  register(env) {
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        logger: coreServices.logger,
        config: coreServices.rootConfig,
        urlReader: coreServices.urlReader,
        cache: coreServices.cache,
        catalog: catalogServiceRef,
        // The spec history (portfolio, attention, burn-up).
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        lifecycle: coreServices.lifecycle,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        events: eventsServiceRef,
      },
      async init({
        httpRouter,
        httpAuth,
        auth,
        logger,
        config,
        urlReader,
        cache,
        catalog,
        ...historyDeps
      }) {
        const maxFileBytes =
          config.getOptionalNumber('specs.files.maxBytes') ??
          DEFAULT_MAX_FILE_BYTES;
        const ttlMs = config.has('specs.cache.ttl')
          ? durationToMilliseconds(
              readDurationFromConfig(config, { key: 'specs.cache.ttl' }),
            )
          : DEFAULT_CACHE_TTL_MS;

        const reader = new SpecFileReader({
          urlReader,
          integrations: ScmIntegrations.fromConfig(config),
        });
        const loader = new SpecDocumentLoader({
          reader,
          cache,
          logger,
          maxBytes: maxFileBytes,
          ttlMs,
        });

        httpRouter.use(
          await createRouter({
            logger,
            httpAuth,
            catalog,
            reader,
            loader,
            fileAuthorizer: new SpecFileAuthorizer({ catalog, auth }),
            maxFileBytes,
          }),
        );
        httpRouter.use(
          await setupSpecHistory({
            ...historyDeps,
            auth,
            config,
            logger,
            httpAuth,
            catalog,
          }),
        );
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
        // Lets `<img src>` work for images of private repositories when the
        // app keeps the Backstage user cookie fresh; the handler still reads
        // the entity with those (limited) credentials.
        httpRouter.addAuthPolicy({
          path: FILES_ROUTE_PREFIX,
          allow: 'user-cookie',
        });
      },
    });
  },
});
