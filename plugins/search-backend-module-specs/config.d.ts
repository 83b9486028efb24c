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

import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  search?: {
    collators?: {
      /**
       * Configuration of the Specstage spec collator
       * (`@specstage/plugin-search-backend-module-specs`).
       */
      specs?: {
        /**
         * How often specs are re-indexed. Defaults to every 10 minutes, with
         * a 15 minute timeout and a 3 second initial delay.
         */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
        /** Spec entities read from the catalog per page. Default 100. */
        batchSize?: number;
        /** Spec documents fetched from the specs backend at a time. Default 5. */
        concurrency?: number;
        /**
         * Drop Spec entities from the catalog collator's documents, so that
         * each spec is one result (of type `spec`, with its document's text).
         * Default true.
         */
        excludeFromCatalog?: boolean;
      };
    };
  };
}
