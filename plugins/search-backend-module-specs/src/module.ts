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
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { SpecsCollatorFactory } from './collator/SpecsCollatorFactory';
import { readSpecsCollatorConfig } from './config';
import { SpecsCatalogDocumentFilterFactory } from './decorator/SpecsCatalogDocumentFilter';

/**
 * Specstage module for the search plugin: indexes Spec entities, with the
 * text of their parsed documents, as search documents of type `spec`, and
 * keeps them out of the catalog collator's documents (one result per spec).
 *
 * @public
 */
export const searchModuleSpecs = createBackendModule({
  pluginId: 'search',
  moduleId: 'specs-collator',
  register(reg) {
    reg.registerInit({
      deps: {
        auth: coreServices.auth,
        config: coreServices.rootConfig,
        discovery: coreServices.discovery,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        catalog: catalogServiceRef,
        indexRegistry: searchIndexRegistryExtensionPoint,
      },
      async init({
        auth,
        config,
        discovery,
        logger,
        scheduler,
        catalog,
        indexRegistry,
      }) {
        const { schedule, batchSize, concurrency, excludeFromCatalog } =
          readSpecsCollatorConfig(config);
        indexRegistry.addCollator({
          schedule: scheduler.createScheduledTaskRunner(schedule),
          factory: new SpecsCollatorFactory({
            auth,
            discovery,
            catalog,
            logger,
            batchSize,
            concurrency,
          }),
        });
        if (excludeFromCatalog) {
          indexRegistry.addDecorator({
            factory: new SpecsCatalogDocumentFilterFactory(),
          });
        }
      },
    });
  },
});
