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
 * Specstage frontend plugin: spec pages, progress and review checklists.
 *
 * @packageDocumentation
 */

export {
  specsPlugin,
  SpecsPage,
  EntitySpecOverviewContent,
  EntitySpecHeaderCard,
  EntitySpecDocumentCard,
  EntitySpecPhasesContent,
  EntitySpecReviewContent,
  EntitySpecRequirementsContent,
  EntitySpecDiagnosticsContent,
  EntitySpecsCard,
  EntitySpecsContent,
  SpecSearchResultListItem,
  HomePageSpecsCard,
  SpecAliasRedirect,
} from './plugin';
export type {
  SpecSearchResultDocument,
  SpecSearchResultListItemProps,
} from './components/SpecSearchResultListItem';
export { specsApiRef, SpecsClient } from './api';
export type { SpecsApi } from './api';
export { isSpecEntityFilter, hasSpecsFilter } from './filters';
export * from './components/SpecStatusChip';
export * from './components/PhaseProgress';
export * from './components/ReviewChecklist';
export * from './components/ProgressBar';
export * from './components/SpecMarkdown';
export type {
  SpecLinkResolver,
  SpecLinkResolution,
  SpecLinkTarget,
} from './lib/markdown/renderSpecFiles';
export * from './components/SpecsSummary';
export * from './components/SpecsPortfolio';
export * from './components/BurnUpChart';
export * from './components/SpecStatusChart';
export * from './components/NeedsAttention';
export * from './components/SpecAttentionFlags';
export type { HomePageSpecsCardProps } from './components/HomePageSpecsCard';
export * from './components/SpecStatus';
export * from './components/InlineMarkdown';
export { SpecsTable, SPEC_COLUMNS } from './components/SpecsTable';
export type {
  SpecsTableProps,
  SpecsTableSort,
  SpecColumn,
} from './components/SpecsTable';
