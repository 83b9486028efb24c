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

import { SpecDocument, SpecFileRole } from '../model';

/**
 * One file of a spec, as served by the specs backend.
 *
 * @public
 */
export interface SpecDocumentFile {
  /** Posix path relative to the spec root, as in the entity's `spec.files`. */
  path: string;
  role: SpecFileRole;
  /** The raw markdown (decoded as UTF-8). */
  markdown: string;
}

/**
 * The body of `GET /api/specs/v1/entities/:namespace/:name/document`.
 *
 * @public
 */
export interface SpecDocumentResponse {
  /** The canonical ref of the Spec entity, e.g. `spec:default/foo`. */
  entityRef: string;
  /**
   * The parsed spec. Files that could not be read are reported in its
   * `diagnostics` rather than failing the request.
   */
  document: SpecDocument;
  /** The files that could be read, in the order of the entity's `spec.files`. */
  files: SpecDocumentFile[];
}
