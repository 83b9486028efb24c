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
import {
  catalogProcessingExtensionPoint,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { SpecEntityProcessor } from './processor/SpecEntityProcessor';
import { SpecsEntityProvider } from './provider/SpecsEntityProvider';

/**
 * Catalog module for Specstage: the `Spec` kind, its relations, and the
 * ingestion of specs from configured sources and annotated entities.
 *
 * @public
 */
export const catalogModuleSpecs = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'specs',
  register(reg) {
    reg.registerInit({
      deps: {
        catalogProcessing: catalogProcessingExtensionPoint,
        catalog: catalogServiceRef,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        reader: coreServices.urlReader,
        scheduler: coreServices.scheduler,
        auth: coreServices.auth,
        events: eventsServiceRef,
      },
      async init({
        catalogProcessing,
        catalog,
        config,
        logger,
        reader,
        scheduler,
        auth,
        events,
      }) {
        catalogProcessing.addProcessor(new SpecEntityProcessor());
        catalogProcessing.addEntityProvider(
          SpecsEntityProvider.fromConfig(config, {
            logger,
            reader,
            catalog,
            auth,
            events,
            scheduler,
          }),
        );
      },
    });
  },
});
