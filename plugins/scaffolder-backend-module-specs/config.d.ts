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

export interface Config {
  specs?: {
    /** Settings of the `specs:create` scaffolder action. */
    scaffolder?: {
      /**
       * The only local directory that `specs:create` with `publishTo: local`
       * may copy new specs into (typically the target of a local
       * `catalog.providers.specs.sources` entry). Resolved against the backend's working
       * directory like catalog `file` locations. Unset: `publishTo: local`
       * is refused.
       */
      localTargetDir?: string;
    };
  };
}
