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
export { SPECS_PROVIDER_CONFIG_KEY } from './provider/providerConfig';
// Defined in the common and node libraries since other packages use them
// too; re-exported for code that imported them from here.
export {
  ANNOTATION_SPEC_BASE_NAME,
  ANNOTATION_SPEC_LEGACY_NAME,
} from '@specstage/plugin-specs-common';
export {
  disambiguatedSpecEntityName,
  legacySpecEntityName,
  specEntityName,
} from '@specstage/plugin-specs-node';
export type {
  SpecsEntityProviderOptions,
  SpecsRefreshSummary,
} from './provider/SpecsEntityProvider';
