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
import { HumanDuration } from '@backstage/types';

export interface Config {
  /** Configuration of the Specstage plugins. */
  specs?: {
    /** Files served by the specs backend (`/api/specs`). */
    files?: {
      /**
       * The largest file, in bytes, that the backend reads: markdown files of
       * a spec (a larger one becomes a diagnostic in the document) and files
       * referenced by a spec (a larger one is answered with 413).
       * Defaults to 5242880 (5 MiB).
       */
      maxBytes?: number;
    };
    /** Caching of parsed spec documents in the backend. */
    cache?: {
      /**
       * How long a parsed document is reused while its entity is unchanged.
       * It bounds how long an edit that does not change the Spec entity
       * (for example prose only) takes to show. Either a duration object or
       * a string such as `15m` or `PT15M`. Defaults to 15 minutes.
       */
      ttl?: HumanDuration | string;
    };
    /**
     * The spec history behind the portfolio: one snapshot per spec and day
     * (the last of the day) in the backend's database. See docs/portfolio.md.
     */
    history?: {
      /** Whether snapshots are recorded. Default: true. */
      enabled?: boolean;
      /**
       * When all specs are snapshotted. One worker runs across replicas;
       * each run replaces the day's rows. Default: every hour (first run
       * one minute after start). Use a cron such as `50 23 * * *` for one
       * recording a day.
       */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      /**
       * Whether a refresh applied by the Specstage catalog module triggers a
       * recording too (after `ingestDelay`). Default: true.
       */
      onIngest?: boolean;
      /**
       * How long to wait after an applied refresh, so that the catalog has
       * stitched the new entities. Default: 30 seconds.
       */
      ingestDelay?: HumanDuration | string;
      /**
       * How long snapshots are kept, also those of specs that left the
       * catalog. Default: 400 days.
       */
      retention?: HumanDuration | string;
    };
    /** Thresholds of the needs-attention rules. */
    attention?: {
      /** An in-progress spec with no task ticked for this many days. Default: 14. */
      noProgressDays?: number;
      /** Clarifications open for this many days. Default: 14. */
      clarificationDays?: number;
      /**
       * An in-progress spec with a review persona below this share of
       * checked items, from 0 to 1. Default: 0.5.
       */
      reviewThreshold?: number;
    };
  };
}
