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
 * The Specstage search backend module.
 *
 * @packageDocumentation
 */

export { searchModuleSpecs as default } from './module';
export { SpecsCollatorFactory } from './collator/SpecsCollatorFactory';
export type { SpecsCollatorFactoryOptions } from './collator/SpecsCollatorFactory';
// Defined in the common package, beside the frontend's result item that
// reads them; re-exported for code that imported them from here.
export { SPEC_SEARCH_TYPE } from '@specstage/plugin-specs-common';
export type { SpecSearchDocument } from '@specstage/plugin-specs-common';
export { SpecsCatalogDocumentFilterFactory } from './decorator/SpecsCatalogDocumentFilter';
