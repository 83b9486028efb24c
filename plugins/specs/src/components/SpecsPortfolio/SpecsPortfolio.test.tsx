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
import { fireEvent, screen, within } from '@testing-library/react';
import type { SpecPortfolioResponse } from '@specstage/plugin-specs-common';
import { specsApiRef } from '../../api';
import { SpecsPortfolio } from './SpecsPortfolio';

const PLATFORM = 'group:default/platform-team';

const portfolio: SpecPortfolioResponse = {
  today: '2026-12-01',
  scope: {},
  totals: {
    specs: 3,
    inProgress: 2,
    tasks: { done: 11, partial: 1, total: 30 },
    openClarifications: 2,
  },
  byStatus: [
    { status: 'in-progress', count: 2 },
    { status: 'in-review', count: 1 },
  ],
  burnUp: {
    stepDays: 7,
    points: [
      {
        day: '2026-11-17',
        specs: 0,
        done: 0,
        partial: 0,
        total: 0,
        recorded: false,
      },
      {
        day: '2026-11-24',
        specs: 3,
        done: 6,
        partial: 0,
        total: 28,
        recorded: true,
      },
      {
        day: '2026-12-01',
        specs: 3,
        done: 11,
        partial: 1,
        total: 30,
        recorded: true,
      },
    ],
  },
  rollups: {
    byOwner: [
      {
        key: PLATFORM,
        specs: 3,
        inProgress: 2,
        tasks: { done: 11, partial: 1, total: 30 },
        openClarifications: 2,
        review: [{ persona: 'SRE', checked: 3, total: 7 }],
      },
    ],
    bySystem: [
      {
        key: '',
        specs: 3,
        inProgress: 2,
        tasks: { done: 11, partial: 1, total: 30 },
        openClarifications: 2,
        review: [],
      },
    ],
  },
  attention: {
    today: '2026-12-01',
    total: 1,
    items: [
      {
        entityRef: 'spec:default/audit-log-export',
        title: 'Audit Log Export',
        specId: 'SPEC-0045',
        status: 'in-review',
        owner: PLATFORM,
        editUrl: 'https://github.com/acme/specs/edit/main/0045/spec.md',
        score: 40,
        reasons: [
          {
            kind: 'stale-status',
            weight: 40,
            message: 'All 6 tasks are done but the status is "In Review"',
          },
        ],
      },
    ],
    options: {
      noProgressDays: 14,
      clarificationDays: 14,
      reviewThreshold: 0.5,
    },
  },
};

function render() {
  const specsApi = { getPortfolio: jest.fn().mockResolvedValue(portfolio) };
  const catalogApi = catalogApiMock.mock({
    getEntityFacets: jest.fn().mockResolvedValue({
      facets: { 'relations.ownedBy': [{ value: PLATFORM, count: 3 }] },
    }),
    getEntities: jest.fn().mockResolvedValue({ items: [] }),
    queryEntities: jest
      .fn()
      .mockResolvedValue({ items: [], totalItems: 0, pageInfo: {} }),
  });
  const rendered = renderInTestApp(
    <TestApiProvider
      apis={[
        [specsApiRef, specsApi],
        [catalogApiRef, catalogApi],
      ]}
    >
      <SpecsPortfolio />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return { specsApi, rendered };
}

describe('SpecsPortfolio', () => {
  it('shows the figures, charts, attention list and rollups of the portfolio', async () => {
    const { specsApi, rendered } = render();
    await rendered;
    expect(
      await screen.findByRole(
        'img',
        { name: 'Specs by status: In progress: 2, In review: 1' },
        // The first render of MUI and Recharts is slow on a loaded machine.
        { timeout: 20_000 },
      ),
    ).toBeInTheDocument();
    expect(specsApi.getPortfolio).toHaveBeenCalledWith({
      scope: {},
      weeks: 12,
      limit: 25,
    });
    expect(
      screen.getByText('Tasks done', { selector: 'dt' }).nextSibling,
    ).toHaveTextContent('11 / 30');
    // The burn-up states its numbers in words, from the recorded points only.
    expect(
      screen.getByRole('img', {
        name: /^Tasks burn-up of all specs, last 12 weeks: 11 of 30 tasks done on .*, from 6 of 28 on /,
      }),
    ).toBeInTheDocument();

    const attention = screen.getByRole('list', {
      name: 'Specs that need attention',
    });
    expect(attention).toHaveTextContent(
      'Stale status: All 6 tasks are done but the status is "In Review"',
    );
    expect(
      within(attention).getByRole('link', { name: /Edit the source/ }),
    ).toHaveAttribute(
      'href',
      'https://github.com/acme/specs/edit/main/0045/spec.md',
    );

    const byOwner = screen.getByRole('table', { name: 'By owner' });
    expect(within(byOwner).getByText('platform-team')).toBeInTheDocument();
    expect(byOwner).toHaveTextContent('SRE 42% (3/7)');
    expect(screen.getByRole('table', { name: 'By system' })).toHaveTextContent(
      'No system',
    );
  });

  it('asks again for the chosen owner', async () => {
    const { specsApi, rendered } = render();
    await rendered;
    await screen.findByRole('table', { name: 'By owner' }, { timeout: 20_000 });
    fireEvent.mouseDown(screen.getByRole('button', { name: /Owner/ }));
    fireEvent.click(
      await screen.findByRole('option', { name: 'platform-team' }),
    );
    expect(await screen.findByText('Portfolio: platform-team')).toBeVisible();
    expect(specsApi.getPortfolio).toHaveBeenLastCalledWith({
      scope: { owner: [PLATFORM] },
      weeks: 12,
      limit: 25,
    });
  });
});
