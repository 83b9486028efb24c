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
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, waitFor } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { SpecAliasRedirect } from './SpecAliasRedirect';

function Where() {
  const location = useLocation();
  return <p>at {`${location.pathname}${location.search}${location.hash}`}</p>;
}

const spec = (name: string, annotations: Record<string, string>) => ({
  apiVersion: 'specstage.io/v1alpha1',
  kind: 'Spec',
  metadata: { name, namespace: 'default', annotations },
  spec: {},
});

async function open(path: string, entities: any[]) {
  await renderInTestApp(
    <TestApiProvider apis={[[catalogApiRef, catalogApiMock({ entities })]]}>
      <SpecAliasRedirect />
      <Routes>
        <Route path="*" element={<Where />} />
      </Routes>
    </TestApiProvider>,
    { routeEntries: [path] },
  );
}

describe('SpecAliasRedirect', () => {
  it("sends a link with a spec's old name to the spec, keeping tab and fragment", async () => {
    await open('/catalog/default/spec/spec-0042-x-3e1f9a0c/phases#task-2-3', [
      spec('spec-0042-x', {
        'specstage.io/legacy-name': 'spec-0042-x-3e1f9a0c',
      }),
    ]);
    await waitFor(() =>
      expect(
        screen.getByText(
          'at /catalog/default/spec/spec-0042-x/phases#task-2-3',
        ),
      ).toBeInTheDocument(),
    );
  });

  it('finds a spec whose readable name was disambiguated later', async () => {
    await open('/catalog/default/spec/spec-001-auth', [
      spec('spec-001-auth-0a1b2c3d', {
        'specstage.io/base-name': 'spec-001-auth',
      }),
    ]);
    await waitFor(() =>
      expect(
        screen.getByText('at /catalog/default/spec/spec-001-auth-0a1b2c3d'),
      ).toBeInTheDocument(),
    );
  });

  it('lists the specs when several had the name', async () => {
    await open('/catalog/default/spec/spec-001-auth', [
      spec('spec-001-auth-0a1b2c3d', {
        'specstage.io/base-name': 'spec-001-auth',
      }),
      spec('spec-001-auth-4e5f6a7b', {
        'specstage.io/base-name': 'spec-001-auth',
      }),
    ]);
    await waitFor(() =>
      expect(screen.getByText('at /specs?q=spec-001-auth')).toBeInTheDocument(),
    );
  });

  it('leaves existing specs and other pages alone', async () => {
    await open('/catalog/default/spec/spec-0042-x', [
      spec('spec-0042-x', {
        'specstage.io/legacy-name': 'spec-0042-x-3e1f9a0c',
      }),
    ]);
    await new Promise(r => setTimeout(r, 100));
    expect(
      screen.getByText('at /catalog/default/spec/spec-0042-x'),
    ).toBeInTheDocument();
  });
});
