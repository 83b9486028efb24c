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

import Grid from '@material-ui/core/Grid';
import DescriptionIcon from '@material-ui/icons/Description';
import { Content } from '@backstage/core-components';
import {
  ApiBlueprint,
  AppRootElementBlueprint,
  PageBlueprint,
  SubPageBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
  EntityContentLayoutBlueprint,
  EntityHeaderLayoutBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { SearchResultListItemBlueprint } from '@backstage/plugin-search-react/alpha';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import { lazy, Suspense } from 'react';
import { isSpecEntity, SPEC_SEARCH_TYPE } from '@specstage/plugin-specs-common';
import { SpecsClient, specsApiRef } from './api';
import { portfolioRouteRef, rootRouteRef } from './routes';

const isSpec = { kind: 'spec' };

// Loaded with the first page that needs it; renders nothing.
const SpecAliasRedirect = lazy(() =>
  import('./components/SpecAliasRedirect').then(m => ({
    default: m.SpecAliasRedirect,
  })),
);
function LazySpecAliasRedirect() {
  return (
    <Suspense fallback={null}>
      <SpecAliasRedirect />
    </Suspense>
  );
}
const canHaveSpecs = { kind: { $in: ['component', 'system'] } };

const specsApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: specsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new SpecsClient(deps),
    }),
});

/** The `/specs` browse page; its title and icon make the sidebar item. */
const specsPage = PageBlueprint.make({
  params: {
    path: '/specs',
    routeRef: rootRouteRef,
    title: 'Specs',
    icon: <DescriptionIcon fontSize="inherit" />,
  },
});

// The page's tabs: the browse table first (where /specs leads), then the
// portfolio.
const specsBrowseSubPage = SubPageBlueprint.make({
  name: 'browse',
  params: {
    path: 'browse',
    title: 'Browse',
    loader: () =>
      import('./components/SpecsPage/SpecsPageContent').then(m => (
        <Content>
          <main>
            <m.SpecsPageContent />
          </main>
        </Content>
      )),
  },
});

const specsPortfolioSubPage = SubPageBlueprint.make({
  name: 'portfolio',
  params: {
    path: 'portfolio',
    title: 'Portfolio',
    loader: () =>
      import('./components/SpecsPortfolio').then(m => (
        <Content>
          <m.SpecsPortfolio />
        </Content>
      )),
  },
});

const specsHomePageWidget = HomePageWidgetBlueprint.make({
  name: 'my-team-specs',
  params: {
    name: 'HomePageSpecsCard',
    title: "My team's specs",
    description: 'Specs of your groups that need attention',
    components: () => import('./components/HomePageSpecsCard'),
    layout: { height: { minRows: 4 }, width: { minColumns: 4 } },
  },
});

/**
 * The header of a spec's page: SPEC id, title, status with its reason,
 * owner, progress, review, open questions, source links; the tabs, with the
 * Diagnostics count.
 */
const specEntityHeaderLayout = EntityHeaderLayoutBlueprint.make({
  name: 'spec',
  params: {
    filter: isSpecEntity,
    loader: () =>
      import('./components/SpecEntityHeader').then(m => m.SpecEntityHeader),
  },
});

/**
 * The overview of a spec's page: the document first, wide, with its contents
 * list in view; the other overview cards after it.
 */
const specOverviewLayout = EntityContentLayoutBlueprint.make({
  name: 'spec',
  params: {
    filter: isSpec,
    loader: () =>
      import('./components/SpecOverviewLayout').then(m => m.SpecOverviewLayout),
  },
});

/**
 * Sends links to a spec by an earlier name (before readable names, or before
 * it was disambiguated) to the spec's page.
 */
const specAliasRedirect = AppRootElementBlueprint.make({
  name: 'spec-alias-redirect',
  params: {
    element: <LazySpecAliasRedirect />,
  },
});

/**
 * Header card of a Spec entity's overview: id, status, owner, links,
 * progress. Off by default: the spec header layout shows all of it; turn it
 * on for an app that disables that layout.
 */
const specHeaderEntityCard = EntityCardBlueprint.make({
  name: 'spec-header',
  disabled: true,
  params: {
    type: 'content',
    filter: isSpec,
    loader: () =>
      import('./components/SpecHeaderCard').then(m => <m.SpecHeaderCard />),
  },
});

/**
 * The rendered document as a card on a Spec entity's overview. Off by
 * default: the spec overview layout shows the document; turn it on for an
 * app that disables that layout.
 */
const specDocumentEntityCard = EntityCardBlueprint.make({
  name: 'spec-document',
  disabled: true,
  params: {
    type: 'content',
    filter: isSpec,
    // The provider keeps the files cookie fresh, so that images load.
    loader: () =>
      Promise.all([
        import('./components/SpecDocumentCard'),
        import('./components/SpecFilesCookieProvider'),
      ]).then(([m, c]) => (
        <c.SpecFilesCookieProvider>
          <m.SpecDocumentCard />
        </c.SpecFilesCookieProvider>
      )),
  },
});

const specPhasesEntityContent = EntityContentBlueprint.make({
  name: 'spec-phases',
  params: {
    path: '/phases',
    title: 'Phases',
    filter: isSpec,
    loader: () =>
      import('./components/SpecPhasesContent').then(m => (
        <m.SpecPhasesContent />
      )),
  },
});

const specReviewEntityContent = EntityContentBlueprint.make({
  name: 'spec-review',
  params: {
    path: '/review',
    title: 'Review',
    filter: isSpec,
    loader: () =>
      import('./components/SpecReviewContent').then(m => (
        <m.SpecReviewContent />
      )),
  },
});

const specRequirementsEntityContent = EntityContentBlueprint.make({
  name: 'spec-requirements',
  params: {
    path: '/requirements',
    title: 'Requirements',
    filter: isSpec,
    loader: () =>
      import('./components/SpecRequirementsContent').then(m => (
        <m.SpecRequirementsContent />
      )),
  },
});

const specDiagnosticsEntityContent = EntityContentBlueprint.make({
  name: 'spec-diagnostics',
  params: {
    path: '/diagnostics',
    title: 'Diagnostics',
    filter: isSpec,
    loader: () =>
      import('./components/SpecDiagnosticsContent').then(m => (
        <m.SpecDiagnosticsContent />
      )),
  },
});

/** Specs of a component or system, on its overview. */
const specsEntityCard = EntityCardBlueprint.make({
  name: 'specs',
  params: {
    type: 'content',
    filter: canHaveSpecs,
    loader: () =>
      import('./components/EntitySpecsCard').then(m => <m.EntitySpecsCard />),
  },
});

/** Specs tab of a component or system. */
const specsEntityContent = EntityContentBlueprint.make({
  name: 'specs',
  params: {
    path: '/specs',
    title: 'Specs',
    group: 'documentation',
    filter: canHaveSpecs,
    loader: () =>
      import('./components/EntitySpecsContent').then(m => (
        <Grid container spacing={3}>
          <Grid item xs={12}>
            <m.EntitySpecsContent />
          </Grid>
        </Grid>
      )),
  },
});

/** Search results of type `spec` on the search page. */
const specSearchResultListItem = SearchResultListItemBlueprint.make({
  params: {
    icon: <DescriptionIcon />,
    predicate: result => result.type === SPEC_SEARCH_TYPE,
    component: () =>
      import('./components/SpecSearchResultListItem').then(
        m => m.SpecSearchResultListItem,
      ),
  },
});

/**
 * The Specstage frontend plugin for the new frontend system. Its extensions
 * are private to it, as in Backstage's own plugins: adopters configure them
 * by id in app-config (`extensions:`) or replace them with overrides.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'specs',
  title: 'Specs',
  icon: <DescriptionIcon fontSize="inherit" />,
  routes: { root: rootRouteRef, portfolio: portfolioRouteRef },
  extensions: [
    specsApi,
    specsPage,
    specsBrowseSubPage,
    specsPortfolioSubPage,
    specsHomePageWidget,
    specEntityHeaderLayout,
    specOverviewLayout,
    specAliasRedirect,
    specHeaderEntityCard,
    specDocumentEntityCard,
    specPhasesEntityContent,
    specReviewEntityContent,
    specRequirementsEntityContent,
    specDiagnosticsEntityContent,
    specsEntityCard,
    specsEntityContent,
    specSearchResultListItem,
  ],
});
