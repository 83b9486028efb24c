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

import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, waitFor } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { rootRouteRef } from '../../routes';
import { SpecIngestionPending } from './SpecIngestionPending';

function Where() {
  return <p>at {useLocation().pathname}</p>;
}

describe('SpecIngestionPending', () => {
  it('says the spec is being ingested, then opens it once the catalog has it', async () => {
    const entity = {
      apiVersion: 'specstage.io/v1alpha1',
      kind: 'Spec',
      metadata: { name: 'spec-0045-new', namespace: 'default' },
      spec: {},
    };
    let ingested = false;
    const getEntityByRef = jest.fn(async () => (ingested ? entity : undefined));
    const catalogApi = catalogApiMock.mock({
      getEntityByRef,
      getEntities: jest.fn().mockResolvedValue({ items: [] }),
    });
    await renderInTestApp(
      <TestApiProvider apis={[[catalogApiRef, catalogApi]]}>
        <Routes>
          <Route path="/specs/pending" element={<SpecIngestionPending />} />
          <Route path="*" element={<Where />} />
        </Routes>
      </TestApiProvider>,
      {
        routeEntries: [
          '/specs/pending?ref=spec:default/spec-0045-new&specId=SPEC-0045',
        ],
        mountedRoutes: {
          '/catalog/:namespace/:kind/:name': entityRouteRef,
          '/specs': rootRouteRef,
        },
      },
    );
    expect(
      await screen.findByText('SPEC-0045 is being ingested'),
    ).toBeInTheDocument();
    ingested = true;
    await waitFor(
      () =>
        expect(
          screen.getByText('at /catalog/default/spec/spec-0045-new'),
        ).toBeInTheDocument(),
      { timeout: 10_000 },
    );
  });

  it('explains itself without a spec to wait for', async () => {
    await renderInTestApp(
      <TestApiProvider apis={[[catalogApiRef, catalogApiMock()]]}>
        <SpecIngestionPending />
      </TestApiProvider>,
      {
        mountedRoutes: {
          '/catalog/:namespace/:kind/:name': entityRouteRef,
          '/specs': rootRouteRef,
        },
      },
    );
    expect(screen.getByText(/No spec to wait for/)).toBeInTheDocument();
  });
});
