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
import { Config, readDurationFromConfig } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { durationToMilliseconds } from '@backstage/types';
import {
  DEFAULT_SPEC_ATTENTION_OPTIONS,
  SpecAttentionOptions,
} from '@specstage/plugin-specs-common';

const DAY_MS = 24 * 60 * 60 * 1000;

/** `specs.history` and `specs.attention`, with their defaults. */
export interface HistoryConfig {
  enabled: boolean;
  schedule: SchedulerServiceTaskScheduleDefinition;
  onIngest: boolean;
  /** How long to wait after an ingest event before recording. */
  ingestDelayMs: number;
  retentionDays: number;
  attention: SpecAttentionOptions;
}

// Hourly: the last run of a day is at most an hour before midnight, and a
// missed run costs one hour, not a day.
const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { hours: 1 },
  timeout: { minutes: 15 },
  initialDelay: { minutes: 1 },
};
const DEFAULT_RETENTION_DAYS = 400;
// The catalog stitches entities some seconds after the provider applied
// them; recording at once would store the previous state.
const DEFAULT_INGEST_DELAY_MS = 30_000;

function duration(config: Config, key: string): number | undefined {
  return config.has(key)
    ? durationToMilliseconds(readDurationFromConfig(config, { key }))
    : undefined;
}

export function readHistoryConfig(config: Config): HistoryConfig {
  const history = config.getOptionalConfig('specs.history');
  const attention = config.getOptionalConfig('specs.attention');
  const retentionMs = history && duration(history, 'retention');
  const retentionDays =
    retentionMs === undefined
      ? DEFAULT_RETENTION_DAYS
      : Math.ceil(retentionMs / DAY_MS);
  if (retentionDays < 1) {
    throw new InputError('specs.history.retention must be at least one day');
  }
  const options: SpecAttentionOptions = {
    noProgressDays:
      attention?.getOptionalNumber('noProgressDays') ??
      DEFAULT_SPEC_ATTENTION_OPTIONS.noProgressDays,
    clarificationDays:
      attention?.getOptionalNumber('clarificationDays') ??
      DEFAULT_SPEC_ATTENTION_OPTIONS.clarificationDays,
    reviewThreshold:
      attention?.getOptionalNumber('reviewThreshold') ??
      DEFAULT_SPEC_ATTENTION_OPTIONS.reviewThreshold,
  };
  if (options.reviewThreshold < 0 || options.reviewThreshold > 1) {
    throw new InputError(
      'specs.attention.reviewThreshold must be between 0 and 1',
    );
  }
  return {
    enabled: history?.getOptionalBoolean('enabled') ?? true,
    schedule: history?.has('schedule')
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
          history.getConfig('schedule'),
        )
      : DEFAULT_SCHEDULE,
    onIngest: history?.getOptionalBoolean('onIngest') ?? true,
    ingestDelayMs:
      (history && duration(history, 'ingestDelay')) ?? DEFAULT_INGEST_DELAY_MS,
    retentionDays,
    attention: options,
  };
}
