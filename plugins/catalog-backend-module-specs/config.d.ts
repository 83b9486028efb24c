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
  catalog?: {
    providers?: {
      /**
       * The Specstage spec provider (`@specstage/plugin-catalog-backend-module-specs`).
       * Before 0.2 these keys were `specs.sources`, `specs.annotationDiscovery`
       * and `specs.schedule`; the backend refuses to start while they are
       * still there.
       */
      specs?: {
        /**
         * Spec sources that are not attached to a catalog entity, for
         * organisations that keep all specs in one repository. Each target is a
         * URL read through the configured integrations (a directory or a single
         * markdown file), or a local path, resolved against the backend's working
         * directory like catalog `file` locations.
         */
        sources?: Array<{
          /** A URL (https://…) or a local path. */
          target: string;
          /** Owner entity ref for specs that do not name one, e.g. `group:default/platform`. */
          owner?: string;
          /** Entity refs that every spec of this source specifies. */
          components?: string[];
        }>;

        /**
         * Whether Components and Systems may point at their specs with the
         * `specstage.io/spec-location` annotation. Default: true.
         */
        annotationDiscovery?: boolean;

        /**
         * How often all sources are scanned. One worker runs across all replicas.
         * Default: every 5 minutes, with a 10 minute timeout.
         */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      };
    };
  };
}
