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
/** Where specs are read from: a configured source or an entity's annotation. */
export interface SpecSource {
  /** Stable identity of the source, also its `managed-by-location` target. */
  key: string;
  type: 'url' | 'file';
  /** A URL, or an absolute local path. */
  target: string;
  /**
   * For local sources: the directory that the target must stay inside once
   * symbolic links are resolved (the configured target itself, or the
   * directory of the entity file that names it). Reads never follow a link
   * out of it.
   */
  confineTo?: string;
  /** Owner entity ref for specs that name none. */
  owner?: string;
  /** Entity refs every spec of this source specifies. */
  components: string[];
}

/** A file of a source tree, with its path relative to the source target. */
export interface SourceFile {
  path: string;
  content: Buffer;
}

/** What one read of a source gives. */
export type SourceReadResult =
  | { kind: 'unchanged' }
  | {
      kind: 'read';
      etag: string;
      /**
       * The directory (`file:/abs` or `url:https://…/`) that the file paths
       * are relative to.
       */
      root: string;
      /** True when the target is a single file rather than a directory. */
      singleFile: boolean;
      files: SourceFile[];
    };
