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
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { specDocument, specEntity } from '../../__testUtils__/fixtures';
import {
  SPECS_BASE_URL,
  SpecTestProviders,
} from '../../__testUtils__/providers';
import { SpecDiagnosticsContent } from '../SpecDiagnosticsContent';
import { SpecOverviewContent } from '../SpecOverviewContent';
import { SpecPhasesContent } from '../SpecPhasesContent';
import { SpecRequirementsContent } from '../SpecRequirementsContent';
import { SpecReviewContent } from '../SpecReviewContent';

jest.mock('mermaid', () => ({
  __esModule: true,
  default: { initialize: jest.fn(), render: jest.fn() },
}));

// Whole tabs render here; a loaded machine needs more than jest's 5 s.
jest.setTimeout(30_000);

const DOCUMENT_URL = `${SPECS_BASE_URL}/v1/entities/default/${specEntity.metadata.name}/document`;
const server = setupServer();

function serveDocument() {
  server.use(http.get(DOCUMENT_URL, () => HttpResponse.json(specDocument)));
}

function renderWithSpec(element: JSX.Element) {
  return renderInTestApp(
    <SpecTestProviders entity={specEntity}>{element}</SpecTestProviders>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe('Spec entity page', () => {
  registerMswTestHooks(server);

  it('shows the header and the rendered document on the overview', async () => {
    serveDocument();
    await renderWithSpec(<SpecOverviewContent />);
    expect(
      screen.getByRole('heading', {
        name: 'SPEC-0042: Workload Identity Federation',
      }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Status: In progress')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Issue #118/ })).toHaveAttribute(
      'href',
      'https://github.com/specstage/specstage/issues/118',
    );
    expect(screen.getByRole('link', { name: /View source/ })).toHaveAttribute(
      'href',
      specEntity.metadata.annotations!['backstage.io/view-url'],
    );
    expect(
      screen.getByRole('progressbar', { name: 'Tasks done' }),
    ).toHaveAttribute('aria-valuetext', '5 of 9 tasks done, 1 partly done');
    expect(screen.getByText('2 open questions')).toBeInTheDocument();

    expect(
      await screen.findByRole('heading', { name: /^Architecture/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Overview' })).toHaveAttribute(
      'src',
      `${SPECS_BASE_URL}/v1/entities/default/${specEntity.metadata.name}/files/img/overview.png`,
    );
    expect(
      screen.getByRole('navigation', { name: 'Table of contents' }),
    ).toHaveTextContent('Summary');
  });

  it('shows phase progress with tasks and their citations', async () => {
    serveDocument();
    await renderWithSpec(<SpecPhasesContent />);
    const broker = await screen.findByRole('table', {
      name: 'Tasks of Phase 1: Broker',
    });
    expect(within(broker).getAllByRole('row')).toHaveLength(5);
    expect(within(broker).getByText('FR-001')).toBeInTheDocument();
    expect(
      screen.getByRole('progressbar', { name: 'Overall progress' }),
    ).toHaveAttribute('aria-valuetext', '5 of 9 tasks done, 1 partly done');
    expect(
      screen.getAllByRole('progressbar', {
        name: 'Progress of Phase 2: Rollout',
      })[0],
    ).toHaveAttribute('aria-valuenow', '1');
    expect(
      screen.getByText('Tokens validate against the JWKS'),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Partly done').length).toBeGreaterThan(0);
  });

  it('shows a review card per persona', async () => {
    serveDocument();
    await renderWithSpec(<SpecReviewContent />);
    expect(await screen.findByText('Runbook written')).toBeInTheDocument();
    expect(screen.getAllByText('2 of 3 checked')).toHaveLength(1);
    expect(screen.getAllByText('1 of 3 checked')).toHaveLength(1);
  });

  it('shows requirements, their coverage and open clarifications', async () => {
    serveDocument();
    await renderWithSpec(<SpecRequirementsContent />);
    const open = await screen.findByRole('region', {
      name: 'Open questions',
    });
    expect(open).toHaveTextContent('2 open questions');
    const requirements = screen.getByRole('table', { name: 'Requirements' });
    const fr005 = within(requirements).getByText('FR-005').closest('tr')!;
    expect(fr005).toHaveTextContent('No task');
    const fr001 = within(requirements).getByText('FR-001').closest('tr')!;
    expect(fr001).toHaveTextContent('Task 1.1');
    expect(
      within(
        screen.getByRole('table', { name: 'Resolved clarifications' }),
      ).getByText('A dedicated public bucket.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: 'User stories' }),
    ).toHaveTextContent('P2');
  });

  it('lists diagnostics', async () => {
    serveDocument();
    await renderWithSpec(<SpecDiagnosticsContent />);
    expect(
      await screen.findByText('FR-005 is not cited by any task'),
    ).toBeInTheDocument();
    expect(screen.getByText('uncited-requirement')).toBeInTheDocument();
    // Which format profile read the spec, from which files.
    expect(screen.getByText(/^Read as/)).toHaveTextContent(
      /^Read as Spec template \(format profile cnref\) from .+\.md\.$/,
    );
  });

  it('offers a retry when the backend fails', async () => {
    let calls = 0;
    server.use(
      http.get(DOCUMENT_URL, () => {
        calls += 1;
        return calls === 1
          ? HttpResponse.json(
              {
                error: { name: 'Error', message: 'backend down' },
                response: { statusCode: 503 },
              },
              { status: 503 },
            )
          : HttpResponse.json(specDocument);
      }),
    );
    await renderWithSpec(<SpecDiagnosticsContent />);
    await userEvent.click(await screen.findByRole('button', { name: 'Retry' }));
    await waitFor(() =>
      expect(
        screen.getByText('FR-005 is not cited by any task'),
      ).toBeInTheDocument(),
    );
  });
});
