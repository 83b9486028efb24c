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
/**
 * Catalog backend module for Specstage: the `Spec` kind and spec ingestion.
 *
 * @packageDocumentation
 */

export { catalogModuleSpecs as default } from './module';
export { SpecEntityProcessor } from './processor/SpecEntityProcessor';
export { SpecsEntityProvider } from './provider/SpecsEntityProvider';
export { SPEC_PUSH_TOPICS } from './provider/pushEvents';
export {
  ANNOTATION_SPEC_BASE_NAME,
  ANNOTATION_SPEC_LEGACY_NAME,
  disambiguatedSpecEntityName,
  legacySpecEntityName,
  specEntityName,
} from './provider/specEntityName';
export type {
  SpecsEntityProviderOptions,
  SpecsRefreshSummary,
} from './provider/SpecsEntityProvider';
