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

import { Header, Page, TabbedLayout } from '@backstage/core-components';
import { SpecsPortfolio } from '../SpecsPortfolio';
import { SpecsPageContent } from './SpecsPageContent';

/**
 * The `/specs` browse page with its own header, for the legacy frontend
 * system (the new system's page header comes from the app).
 *
 * @public
 */
export function SpecsPage() {
  return (
    <Page themeId="tool">
      <Header title="Specs" subtitle="Design specs across the organization" />
      {/* The same paths as the new frontend system's sub-pages: /specs shows
          the first tab, /specs/browse/pending is where the "New spec"
          template sends its author. */}
      <TabbedLayout>
        <TabbedLayout.Route path="/browse" title="Browse">
          <main>
            <SpecsPageContent />
          </main>
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/portfolio" title="Portfolio">
          <main>
            <SpecsPortfolio />
          </main>
        </TabbedLayout.Route>
      </TabbedLayout>
    </Page>
  );
}
