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

import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { createSearchResultListItemExtension } from '@backstage/plugin-search-react';
import { createCardExtension } from '@backstage/plugin-home-react';
import { createElement } from 'react';
import { SPEC_SEARCH_TYPE } from '@specstage/plugin-specs-common';
import { SpecsClient, specsApiRef } from './api';
import { portfolioRouteRef, rootRouteRef } from './routes';
import type { SpecSearchResultListItemProps } from './components/SpecSearchResultListItem';

/**
 * The Specstage frontend plugin for the legacy frontend system.
 *
 * @public
 */
export const specsPlugin = createPlugin({
  id: 'specs',
  routes: { root: rootRouteRef, portfolio: portfolioRouteRef },
  apis: [
    createApiFactory({
      api: specsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new SpecsClient(deps),
    }),
  ],
});

/** The `/specs` browse page. @public */
export const SpecsPage: () => JSX.Element = specsPlugin.provide(
  createRoutableExtension({
    name: 'SpecsPage',
    component: () => import('./components/SpecsPage').then(m => m.SpecsPage),
    mountPoint: rootRouteRef,
  }),
);

function lazyComponent<T extends string>(
  name: T,
  load: () => Promise<() => JSX.Element | null>,
) {
  return specsPlugin.provide(
    createComponentExtension({ name, component: { lazy: load } }),
  );
}

// The rendered document embeds the spec's images as plain `<img>` elements:
// the views that show it keep the files cookie fresh.
function withFilesCookie(load: () => Promise<() => JSX.Element | null>) {
  return () =>
    Promise.all([load(), import('./components/SpecFilesCookieProvider')]).then(
      ([Component, c]) =>
        () =>
          createElement(
            c.SpecFilesCookieProvider,
            null,
            createElement(Component),
          ),
    );
}

/** Overview tab of a Spec entity: header card and rendered document. @public */
export const EntitySpecOverviewContent = lazyComponent(
  'EntitySpecOverviewContent',
  withFilesCookie(() =>
    import('./components/SpecOverviewContent').then(m => m.SpecOverviewContent),
  ),
);

/** Header card of a Spec entity. @public */
export const EntitySpecHeaderCard = lazyComponent('EntitySpecHeaderCard', () =>
  import('./components/SpecHeaderCard').then(m => m.SpecHeaderCard),
);

/** Rendered document of a Spec entity. @public */
export const EntitySpecDocumentCard = lazyComponent(
  'EntitySpecDocumentCard',
  withFilesCookie(() =>
    import('./components/SpecDocumentCard').then(m => m.SpecDocumentCard),
  ),
);

/** Phases tab of a Spec entity. @public */
export const EntitySpecPhasesContent = lazyComponent(
  'EntitySpecPhasesContent',
  () => import('./components/SpecPhasesContent').then(m => m.SpecPhasesContent),
);

/** Review tab of a Spec entity. @public */
export const EntitySpecReviewContent = lazyComponent(
  'EntitySpecReviewContent',
  () => import('./components/SpecReviewContent').then(m => m.SpecReviewContent),
);

/** Requirements tab of a Spec entity. @public */
export const EntitySpecRequirementsContent = lazyComponent(
  'EntitySpecRequirementsContent',
  () =>
    import('./components/SpecRequirementsContent').then(
      m => m.SpecRequirementsContent,
    ),
);

/** Diagnostics tab of a Spec entity. @public */
export const EntitySpecDiagnosticsContent = lazyComponent(
  'EntitySpecDiagnosticsContent',
  () =>
    import('./components/SpecDiagnosticsContent').then(
      m => m.SpecDiagnosticsContent,
    ),
);

/** Card listing the specs of a component or system. @public */
export const EntitySpecsCard = lazyComponent('EntitySpecsCard', () =>
  import('./components/EntitySpecsCard').then(m => m.EntitySpecsCard),
);

/** Tab listing the specs of a component or system. @public */
export const EntitySpecsContent = lazyComponent('EntitySpecsContent', () =>
  import('./components/EntitySpecsContent').then(m => m.EntitySpecsContent),
);

/**
 * Sends links to a spec by an earlier name to the spec's page; render it
 * once inside the app's router (legacy frontend system). @public
 */
export const SpecAliasRedirect = lazyComponent('SpecAliasRedirect', () =>
  import('./components/SpecAliasRedirect').then(m => m.SpecAliasRedirect),
);

/**
 * Search result item for documents of type `spec` (legacy frontend system):
 * put it among the children of `SearchResult` on the search page; it renders
 * only spec results.
 *
 * @public
 */
export const SpecSearchResultListItem: (
  props: SpecSearchResultListItemProps,
) => JSX.Element | null = specsPlugin.provide(
  createSearchResultListItemExtension({
    name: 'SpecSearchResultListItem',
    component: () =>
      import('./components/SpecSearchResultListItem').then(
        m => m.SpecSearchResultListItem,
      ),
    predicate: result => result.type === SPEC_SEARCH_TYPE,
  }),
);

/**
 * "My team's specs" for the home page of `@backstage/plugin-home`: the specs
 * of the signed-in user's groups that need attention.
 *
 * @public
 */
export const HomePageSpecsCard = specsPlugin.provide(
  createCardExtension<{ limit?: number }>({
    name: 'HomePageSpecsCard',
    title: "My team's specs",
    description: 'Specs of your groups that need attention',
    components: () => import('./components/HomePageSpecsCard'),
    layout: { height: { minRows: 4 }, width: { minColumns: 4 } },
  }),
);
