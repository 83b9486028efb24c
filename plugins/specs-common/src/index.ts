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
 * Common types, the spec model and the spec parser of Specstage: turns
 * design-spec markdown (single files or spec directories, several template
 * generations and GitHub spec-kit) into a normalized model and lints it.
 * Isomorphic: no Node APIs, no I/O.
 *
 * @packageDocumentation
 */

export type * from './model';
export { SPEC_STATUS_VALUES } from './model';
export { parseSpec } from './parseSpec/parseSpec';
export {
  discoverSpecs,
  shouldWalkDirectory,
  specSourcePaths,
} from './discovery/discoverSpecs';
export type {
  SpecCandidate,
  DiscoverSpecsOptions,
} from './discovery/discoverSpecs';
export { linesOutsideFences } from './parser/tokenizer/linesOutsideFences';
export { summarizeSpec } from './summarizeSpec';
export { specProgress } from './progress/specProgress';
export type { SpecProgress } from './progress/specProgress';
export { specTaskCoverage } from './progress/specTaskCoverage';
export type { SpecTaskCoverage } from './progress/specTaskCoverage';
export { lintSpecs } from './lint/lintSpecs';
export {
  SPEC_ENTITY_API_VERSION,
  SPEC_ENTITY_KIND,
  isSpecEntity,
  readSpecEntity,
} from './entity/SpecEntity';
export {
  formatSpecRoot,
  isWithinSpecRoot,
  joinSpecRoot,
  parseSpecRoot,
  specRootLocation,
  specRootOf,
} from './entity/SpecRoot';
export type { SpecRoot } from './entity/SpecRoot';
export type { SpecEntity, SpecEntitySpec } from './entity/SpecEntity';
export {
  specEntitySpecSchema,
  specEntityV1alpha1Schema,
} from './entity/specEntitySchema';
export { toSpecEntitySpec } from './entity/toSpecEntitySpec';
export * from './client';
export * from './constants';
export { resolveSpecPath } from './paths/resolveSpecPath';
export { classifySpecUrl, climbingPath } from './paths/classifySpecUrl';
export { specLinkedFiles } from './paths/specLinkedFiles';
export type { SpecUrl, SpecUrlContext } from './paths/classifySpecUrl';
export * from './portfolio';
export * from './attention';
export {
  taskCounts,
  phaseCounts,
  personaCounts,
  percentOf,
} from './counts/specCounts';
export type { TaskCounts, ReviewCounts } from './counts/specCounts';
export { SPEC_SEARCH_TYPE } from './search/SpecSearchDocument';
export type { SpecSearchDocument } from './search/SpecSearchDocument';
export {
  renderDirectorySpec,
  renderSingleFileSpec,
  seedHeaderValue,
  seedParagraph,
  seedTitleValue,
} from './writer/seedSpec';
export type { RenderedFile, SpecTemplateValues } from './writer/seedSpec';
