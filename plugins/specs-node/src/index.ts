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
 * Node.js library of Specstage for what only the node-side packages share:
 * the spec tree walk and its limits, spec identity and entity naming. Used by
 * the catalog module, the scaffolder module and the CLI, so that none of them
 * imports another.
 *
 * @packageDocumentation
 */

export {
  DEFAULT_SPEC_TREE_LIMITS,
  isMarkdownPath,
  walkSpecTree,
} from './tree/walkSpecTree';
export type {
  SpecTreeFile,
  SpecTreeLimits,
  SpecTreeProblem,
  SpecTreeWalk,
  WalkSpecTreeOptions,
} from './tree/walkSpecTree';
export {
  disambiguatedSpecEntityName,
  legacySpecEntityName,
  specEntityName,
} from './naming/specEntityName';
export { specIdentity } from './naming/specIdentity';
export { foldDiacritics, slugify } from './naming/slugify';
