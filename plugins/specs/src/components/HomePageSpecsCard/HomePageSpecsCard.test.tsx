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

import { identityApiRef } from '@backstage/core-plugin-api';
import {
  TestApiProvider,
  mockApis,
  renderInTestApp,
} from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import type { SpecAttentionResponse } from '@specstage/plugin-specs-common';
import { specsApiRef } from '../../api';
import { rootRouteRef } from '../../routes';
import {
  HomePageSpecsCard,
  HomePageSpecsCardActions,
} from './HomePageSpecsCard';

const attention: SpecAttentionResponse = {
  today: '2026-12-01',
  total: 1,
  items: [
    {
      entityRef: 'spec:default/0045-audit-log-export',
      title: 'Audit Log Export',
      status: 'in-review',
      specId: 'SPEC-0045',
      owner: 'group:default/platform-team',
      location: 'done/0045-audit-log-export',
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
  options: { noProgressDays: 14, clarificationDays: 14, reviewThreshold: 0.5 },
};

function render(ownershipEntityRefs: string[]) {
  const specsApi = { getAttention: jest.fn().mockResolvedValue(attention) };
  const rendered = renderInTestApp(
    <TestApiProvider
      apis={[
        [
          identityApiRef,
          mockApis.identity({
            userEntityRef: 'user:default/guest',
            ownershipEntityRefs,
          }),
        ],
        [specsApiRef, specsApi],
      ]}
    >
      <HomePageSpecsCard />
      <HomePageSpecsCardActions />
    </TestApiProvider>,
    {
      mountedRoutes: {
        '/specs': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
  return { specsApi, rendered };
}

describe('HomePageSpecsCard', () => {
  it("lists the specs of the signed-in user's groups that need attention", async () => {
    const { specsApi, rendered } = render([
      'user:default/guest',
      'group:default/platform-team',
    ]);
    await rendered;
    const list = await screen.findByRole(
      'list',
      { name: 'Specs that need attention' },
      // The first render of MUI is slow on a loaded machine.
      { timeout: 20_000 },
    );
    expect(list).toHaveTextContent('SPEC-0045: Audit Log Export');
    expect(list).toHaveTextContent(
      'Stale status: All 6 tasks are done but the status is "In Review"',
    );
    // The groups only, not the user's own ref.
    expect(specsApi.getAttention).toHaveBeenCalledWith({
      scope: { owner: ['group:default/platform-team'] },
      limit: 5,
    });
    expect(
      screen.getByRole('link', { name: 'Open the specs portfolio' }),
    ).toHaveAttribute('href', '/specs/portfolio');
  });

  it('says so, and asks nothing, when the user is in no group', async () => {
    const { specsApi, rendered } = render(['user:default/guest']);
    await rendered;
    expect(
      await screen.findByText(/You are not a member of any group/, undefined, {
        timeout: 20_000,
      }),
    ).toBeInTheDocument();
    expect(specsApi.getAttention).not.toHaveBeenCalled();
  });
});
