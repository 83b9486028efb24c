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
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';

/**
 * Where the provider reads its configuration, like every catalog provider.
 *
 * @public
 */
export const SPECS_PROVIDER_CONFIG_KEY = 'catalog.providers.specs';

/** The keys that moved from `specs.*` to {@link SPECS_PROVIDER_CONFIG_KEY}. */
const MOVED_KEYS = ['sources', 'annotationDiscovery', 'schedule'];

/** Every 5 minutes, with a 10 minute timeout. */
export const DEFAULT_SPECS_PROVIDER_SCHEDULE: SchedulerServiceTaskScheduleDefinition =
  {
    frequency: { minutes: 5 },
    timeout: { minutes: 10 },
    initialDelay: { seconds: 5 },
  };

/** The provider's settings, read from {@link SPECS_PROVIDER_CONFIG_KEY}. */
export interface SpecsProviderConfig {
  /** The entries of `sources` (read by `readConfiguredSources`). */
  sources: Config[];
  annotationDiscovery: boolean;
  schedule: SchedulerServiceTaskScheduleDefinition;
}

/**
 * Fails start-up when the provider is still configured where it used to be
 * (`specs.sources`, `specs.annotationDiscovery`, `specs.schedule`): ignoring
 * the old keys would silently stop ingesting every configured source.
 */
export function assertNoLegacyProviderConfig(config: Config): void {
  const moved = MOVED_KEYS.filter(key => config.has(`specs.${key}`));
  if (moved.length === 0) return;
  const list = (prefix: string) =>
    moved.map(key => `${prefix}.${key}`).join(', ');
  throw new Error(
    `Specstage's catalog provider is configured under ${SPECS_PROVIDER_CONFIG_KEY} now: move ${list(
      'specs',
    )} to ${list(
      SPECS_PROVIDER_CONFIG_KEY,
    )} in your app-config (see docs/configuration.md). The specs block keeps the specs backend's own settings (files, history, scaffolder).`,
  );
}

/** Reads {@link SPECS_PROVIDER_CONFIG_KEY}, after checking for the old keys. */
export function readSpecsProviderConfig(config: Config): SpecsProviderConfig {
  assertNoLegacyProviderConfig(config);
  const own = config.getOptionalConfig(SPECS_PROVIDER_CONFIG_KEY);
  return {
    sources: own?.getOptionalConfigArray('sources') ?? [],
    annotationDiscovery: own?.getOptionalBoolean('annotationDiscovery') ?? true,
    schedule: own?.has('schedule')
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
          own.getConfig('schedule'),
        )
      : DEFAULT_SPECS_PROVIDER_SCHEDULE,
  };
}
