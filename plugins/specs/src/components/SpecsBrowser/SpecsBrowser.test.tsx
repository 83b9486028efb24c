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

import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { specEntity } from '../../__testUtils__/fixtures';
import { SpecsBrowser } from './SpecsBrowser';

// Whole pages render here; a loaded machine needs more than jest's 5 s.
jest.setTimeout(30_000);

// The query for the specs that lack the sort field (see querySpecsPage).
const isMissingQuery = (request: any) =>
  JSON.stringify(request?.query ?? {}).includes('"$exists":false');

function setup() {
  const catalogApi = catalogApiMock.mock({
    queryEntities: jest.fn().mockImplementation(async (request: any) =>
      isMissingQuery(request)
        ? { items: [], totalItems: 0, pageInfo: {} }
        : {
            items: [specEntity],
            totalItems: 45,
            pageInfo: { nextCursor: 'next-1' },
          },
    ),
    getEntityFacets: jest.fn().mockResolvedValue({
      facets: {
        'spec.status.value': [
          { value: 'in-progress', count: 30 },
          { value: 'draft', count: 15 },
        ],
        'spec.status.stale': [
          { value: 'false', count: 41 },
          { value: 'true', count: 4 },
        ],
        'spec.type': [{ value: 'platform-capability', count: 45 }],
        'relations.ownedBy': [
          { value: 'group:default/security-team', count: 45 },
        ],
        'relations.specifies': [
          { value: 'component:default/identity-broker', count: 3 },
        ],
        'spec.counts.openClarifications': [
          { value: '0', count: 40 },
          { value: '2', count: 5 },
        ],
        // One spec freshly made from the template: ten unfilled prompts.
        'spec.counts.templatePrompts': [
          { value: '0', count: 44 },
          { value: '10', count: 1 },
        ],
      },
    }),
  });
  return catalogApi;
}

async function renderBrowser(catalogApi: ReturnType<typeof setup>) {
  await renderInTestApp(
    <TestApiProvider apis={[[catalogApiRef, catalogApi]]}>
      <SpecsBrowser />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

/** The last sorted query (not the one for specs without the sort field). */
const lastQuery = (catalogApi: ReturnType<typeof setup>) => {
  const calls = (catalogApi.queryEntities as jest.Mock).mock.calls.filter(
    ([request]) => !isMissingQuery(request),
  );
  return calls[calls.length - 1][0];
};

describe('SpecsBrowser', () => {
  it('shows the summary strip and one page of specs', async () => {
    const catalogApi = setup();
    await renderBrowser(catalogApi);
    const summary = await screen.findByRole('list', { name: 'Summary' });
    expect(
      within(summary).getByRole('button', { name: '30 In progress' }),
    ).toBeInTheDocument();
    expect(
      within(summary).getByRole('button', { name: '4 Stale specs' }),
    ).toBeInTheDocument();
    expect(
      within(summary).getByRole('button', { name: '10 Open questions' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Workload Identity Federation'),
    ).toBeInTheDocument();
    expect(lastQuery(catalogApi)).toMatchObject({
      filter: { kind: 'spec' },
      limit: 20,
      offset: 0,
    });
    expect(screen.getByText('1-20 of 45')).toBeInTheDocument();
  });

  // Creating one spec from the template took "Open questions" from 5 to 15.
  it('counts template sections left apart from open questions', async () => {
    const catalogApi = setup();
    await renderBrowser(catalogApi);
    const summary = await screen.findByRole('list', { name: 'Summary' });
    expect(
      within(summary).getByRole('button', { name: '10 Open questions' }),
    ).toBeInTheDocument();
    const templates = within(summary).getByRole('button', {
      name: '10 Template sections left',
    });
    await screen.findByText('Workload Identity Federation');
    await userEvent.click(templates);
    await waitFor(() =>
      expect(lastQuery(catalogApi).query).toEqual({
        $all: [
          { 'spec.counts.templatePrompts': { $exists: true } },
          { $not: { 'spec.counts.templatePrompts': 0 } },
        ],
      }),
    );
    expect(templates).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows no template tile when no prompt is left', async () => {
    const catalogApi = setup();
    (catalogApi.getEntityFacets as jest.Mock).mockResolvedValue({
      facets: {
        'spec.status.value': [{ value: 'draft', count: 1 }],
        'spec.counts.templatePrompts': [{ value: '0', count: 1 }],
      },
    });
    await renderBrowser(catalogApi);
    const summary = await screen.findByRole('list', { name: 'Summary' });
    expect(within(summary).queryByText(/Template section/)).toBeNull();
  });

  it('filters on the server', async () => {
    const catalogApi = setup();
    await renderBrowser(catalogApi);
    await screen.findByText('Workload Identity Federation');

    await userEvent.click(
      screen.getByRole('button', { name: '30 In progress' }),
    );
    await waitFor(() =>
      expect(lastQuery(catalogApi).filter).toEqual({
        kind: 'spec',
        'spec.status.value': 'in-progress',
      }),
    );

    await userEvent.click(screen.getByRole('checkbox', { name: 'Stale' }));
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Open questions' }),
    );
    await waitFor(() =>
      expect(lastQuery(catalogApi)).toMatchObject({
        filter: {
          kind: 'spec',
          'spec.status.value': 'in-progress',
          'spec.status.stale': 'true',
        },
        query: { $not: { 'spec.counts.openClarifications': 0 } },
      }),
    );

    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search' }),
      'identity',
    );
    await waitFor(() =>
      expect(lastQuery(catalogApi).fullTextFilter).toMatchObject({
        term: 'identity',
      }),
    );
  });

  it('steps to the next page and sorts on the server', async () => {
    const catalogApi = setup();
    await renderBrowser(catalogApi);
    await screen.findByText('Workload Identity Federation');
    await userEvent.click(screen.getByRole('button', { name: /next page/i }));
    await waitFor(() =>
      expect(lastQuery(catalogApi)).toMatchObject({
        filter: { kind: 'spec' },
        limit: 20,
        offset: 20,
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Progress' }));
    await waitFor(() =>
      expect(lastQuery(catalogApi)).toMatchObject({
        orderFields: [
          { field: 'spec.progress.order', order: 'asc' },
          { field: 'metadata.name', order: 'asc' },
        ],
        offset: 0,
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Updated' }));
    await userEvent.click(screen.getByRole('button', { name: 'Updated' }));
    await waitFor(() =>
      expect(lastQuery(catalogApi).orderFields[0]).toEqual({
        field: 'spec.updated',
        order: 'desc',
      }),
    );
  });

  it('keeps filters and sort in the URL, so that a view can be shared', async () => {
    const catalogApi = setup();
    await renderInTestApp(
      <TestApiProvider apis={[[catalogApiRef, catalogApi]]}>
        <SpecsBrowser />
      </TestApiProvider>,
      {
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
        routeEntries: [
          '/?status=draft&owner=group:default/sre-team&stale=1&q=retention&sort=updated&order=desc&page=2',
        ],
      },
    );
    await waitFor(() =>
      expect(lastQuery(catalogApi)).toMatchObject({
        filter: {
          kind: 'spec',
          'spec.status.value': 'draft',
          'relations.ownedBy': 'group:default/sre-team',
          'spec.status.stale': 'true',
        },
        fullTextFilter: { term: 'retention' },
        orderFields: [
          { field: 'spec.updated', order: 'desc' },
          { field: 'metadata.name', order: 'asc' },
        ],
        offset: 20,
      }),
    );
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue(
      'retention',
    );
  });

  it('shows owners and components by their names, never words broken apart', async () => {
    const catalogApi = setup();
    await renderBrowser(catalogApi);
    const table = await screen.findByRole('table', { name: 'Specs' });
    expect(
      within(table).getByText('Workload Identity Federation'),
    ).toBeInTheDocument();
    // The spec id sits above the title, on one line.
    expect(
      within(table).getByText('SPEC-0042 · platform-capability'),
    ).toBeInTheDocument();
    expect(within(table).queryByText(/group:default/)).not.toBeInTheDocument();
  });
});
