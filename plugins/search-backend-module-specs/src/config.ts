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
  RootConfigService,
  SchedulerServiceTaskScheduleDefinition,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';

const CONFIG_KEY = 'search.collators.specs';

/** The schedule used when `search.collators.specs.schedule` is not set. */
export const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 10 },
  timeout: { minutes: 15 },
  initialDelay: { seconds: 3 },
};

/** What `search.collators.specs` configures. */
export interface SpecsCollatorConfig {
  schedule: SchedulerServiceTaskScheduleDefinition;
  batchSize?: number;
  concurrency?: number;
  /** Whether Spec entities are dropped from the catalog collator's documents. */
  excludeFromCatalog: boolean;
}

export function readSpecsCollatorConfig(
  config: RootConfigService,
): SpecsCollatorConfig {
  const collatorConfig = config.getOptionalConfig(CONFIG_KEY);
  let schedule = DEFAULT_SCHEDULE;
  const scheduleConfig = collatorConfig?.getOptionalConfig('schedule');
  if (scheduleConfig) {
    try {
      schedule =
        readSchedulerServiceTaskScheduleDefinitionFromConfig(scheduleConfig);
    } catch (error) {
      throw new InputError(`Invalid schedule at ${CONFIG_KEY}, ${error}`);
    }
  }
  return {
    schedule,
    batchSize: collatorConfig?.getOptionalNumber('batchSize'),
    concurrency: collatorConfig?.getOptionalNumber('concurrency'),
    excludeFromCatalog:
      collatorConfig?.getOptionalBoolean('excludeFromCatalog') ?? true,
  };
}
