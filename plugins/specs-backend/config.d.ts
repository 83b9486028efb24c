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
  };
}
