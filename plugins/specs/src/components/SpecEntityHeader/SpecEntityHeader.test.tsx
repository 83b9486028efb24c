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

import { renderInTestApp, registerMswTestHooks } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { specDocument, specEntity } from '../../__testUtils__/fixtures';
import {
  SPECS_BASE_URL,
  SpecTestProviders,
} from '../../__testUtils__/providers';
import { rootRouteRef } from '../../routes';
import { SpecEntityHeader } from './SpecEntityHeader';

// A whole header renders here; a loaded machine needs more than jest's 5 s.
jest.setTimeout(30_000);

const server = setupServer();
const base = `/catalog/default/spec/${specEntity.metadata.name}`;

describe('SpecEntityHeader', () => {
  registerMswTestHooks(server);

  it('shows id, title, status with its reason, owner, progress and the Diagnostics count', async () => {
    server.use(
      http.get(
        `${SPECS_BASE_URL}/v1/entities/default/${specEntity.metadata.name}/document`,
        () =>
          HttpResponse.json({
            ...specDocument,
            document: {
              ...specDocument.document,
              diagnostics: [
                ...specDocument.document.diagnostics,
                {
                  severity: 'info',
                  rule: 'status-mismatch',
                  message:
                    'spec.md says "Approved" but plan.md says "In Progress"',
                },
              ],
            },
          }),
      ),
    );
    await renderInTestApp(
      <SpecTestProviders entity={specEntity}>
        <SpecEntityHeader
          tabs={[
            { id: 'overview', label: 'Overview', href: base },
            {
              id: 'diagnostics',
              label: 'Diagnostics',
              href: `${base}/diagnostics`,
            },
          ]}
          activeTabId="overview"
        />
      </SpecTestProviders>,
      {
        mountedRoutes: {
          '/catalog/:namespace/:kind/:name': entityRouteRef,
          '/specs': rootRouteRef,
        },
      },
    );
    expect(
      screen.getByRole('heading', { name: 'Workload Identity Federation' }),
    ).toBeInTheDocument();
    expect(screen.getByText('SPEC-0042')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Specs' })).toHaveAttribute(
      'href',
      '/specs',
    );
    // The reason for the status is shown by the chip, not hidden in Diagnostics.
    expect(
      await screen.findByText(
        /spec\.md says "Approved" but plan\.md says "In Progress"/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('progressbar', { name: 'Tasks done' }),
    ).toHaveAttribute('aria-valuetext', '5 of 9 tasks done, 1 partly done');
    expect(
      screen.getByRole('link', { name: '2 open questions' }),
    ).toHaveAttribute('href', `${base}/requirements#open-questions`);
    expect(screen.getByText('Diagnostics (1)')).toBeInTheDocument();
    // The format profile that read the spec.
    expect(screen.getByText('Spec template')).toHaveAttribute(
      'title',
      'Read by the cnref format profile',
    );
    expect(screen.getByRole('link', { name: /View source/ })).toHaveAttribute(
      'href',
      specEntity.metadata.annotations!['backstage.io/view-url'],
    );
  });

  it('says so when a spec has no review checklist, instead of an empty bar', async () => {
    const noReview = {
      ...specEntity,
      spec: {
        ...specEntity.spec!,
        counts: {
          ...(specEntity.spec as any).counts,
          review: { checked: 0, total: 0 },
        },
      },
    };
    server.use(
      http.get(`${SPECS_BASE_URL}/*`, () => HttpResponse.json(specDocument)),
    );
    await renderInTestApp(
      <SpecTestProviders entity={noReview}>
        <SpecEntityHeader tabs={[]} />
      </SpecTestProviders>,
      {
        mountedRoutes: {
          '/catalog/:namespace/:kind/:name': entityRouteRef,
          '/specs': rootRouteRef,
        },
      },
    );
    expect(screen.getByText('No review checklist')).toBeInTheDocument();
    expect(
      screen.queryByRole('progressbar', { name: 'Review items checked' }),
    ).not.toBeInTheDocument();
  });
});
