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

import { Route, Routes } from 'react-router-dom';
import { ReactRouterV6PageRouter } from '@backstage/frontend-adapter-react-router-v6';
import { SpecIngestionPending } from '../SpecIngestionPending';
import { SpecsBrowser } from '../SpecsBrowser';

/**
 * The routes of the Specs page: the browser at its root, and `pending`,
 * where the "New spec" template sends its author until the new spec is in
 * the catalog.
 */
export function SpecsPageContent() {
  // Scopes the routes to the page's mount in the new frontend system; under
  // the legacy one it renders them as they are.
  return (
    <ReactRouterV6PageRouter>
      <Routes>
        <Route path="/" element={<SpecsBrowser />} />
        <Route path="/pending" element={<SpecIngestionPending />} />
      </Routes>
    </ReactRouterV6PageRouter>
  );
}
