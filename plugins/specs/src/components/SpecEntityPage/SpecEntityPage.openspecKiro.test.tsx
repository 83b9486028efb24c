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
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import fs from 'node:fs';
import path from 'node:path';
import {
  parseSpec,
  SpecDocumentResponse,
} from '@specstage/plugin-specs-common';
import { specEntity } from '../../__testUtils__/fixtures';
import {
  SPECS_BASE_URL,
  SpecTestProviders,
} from '../../__testUtils__/providers';
import { SpecOverviewContent } from '../SpecOverviewContent';
import { SpecPhasesContent } from '../SpecPhasesContent';
import { SpecRequirementsContent } from '../SpecRequirementsContent';

jest.mock('mermaid', () => ({
  __esModule: true,
  default: { initialize: jest.fn(), render: jest.fn() },
}));

jest.setTimeout(30_000);

// The examples the demo portal shows (examples/openspec, examples/kiro).
const EXAMPLES = path.resolve(__dirname, '../../../../../examples');

function response(dir: string, location: string): SpecDocumentResponse {
  const files = fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(d => d.isFile())
    .map(d => {
      const abs = path.join(d.parentPath, d.name);
      return {
        path: path.relative(dir, abs).split(path.sep).join('/'),
        markdown: fs.readFileSync(abs, 'utf8'),
      };
    });
  const document = parseSpec(
    files.map(f => ({ path: f.path, content: f.markdown })),
    { location },
  );
  return {
    entityRef: `spec:default/${specEntity.metadata.name}`,
    document,
    files: document.files.map(f => ({
      ...f,
      markdown: files.find(x => x.path === f.path)!.markdown,
    })),
  } as SpecDocumentResponse;
}

const DOCUMENT_URL = `${SPECS_BASE_URL}/v1/entities/default/${specEntity.metadata.name}/document`;
const server = setupServer();

function serve(doc: SpecDocumentResponse) {
  server.use(http.get(DOCUMENT_URL, () => HttpResponse.json(doc)));
}

function render(element: JSX.Element) {
  return renderInTestApp(
    <SpecTestProviders entity={specEntity}>{element}</SpecTestProviders>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe('OpenSpec and Kiro spec pages', () => {
  registerMswTestHooks(server);

  it('shows an OpenSpec change by its delta, not raw headings', async () => {
    serve(
      response(
        path.join(EXAMPLES, 'openspec/openspec/changes/add-downsampling'),
        'openspec/changes/add-downsampling',
      ),
    );
    await render(<SpecOverviewContent />);
    const delta = await screen.findByRole('table', {
      name: 'Delta of metrics-ingest',
    });
    const rows = within(delta).getAllByRole('row').slice(1);
    expect(rows.map(row => row.textContent)).toEqual([
      expect.stringMatching(/^AddedDownsampled Aggregates2/),
      expect.stringMatching(/^ModifiedRetention Tiers1/),
      expect.stringMatching(/^RemovedQuery Timeout—/),
      expect.stringMatching(/^RenamedRaw Retention → Retention Tiers—/),
    ]);
    expect(
      screen.getByText(
        '1 added, 1 modified, 1 removed, 1 renamed requirements in 1 capability',
      ),
    ).toBeInTheDocument();
  });

  it('shows Kiro requirements with their criteria and the tasks covering them', async () => {
    serve(
      response(
        path.join(EXAMPLES, 'kiro/.kiro/specs/token-rotation'),
        '.kiro/specs/token-rotation',
      ),
    );
    await render(<SpecRequirementsContent />);
    const table = await screen.findByRole('table', { name: 'Requirements' });
    // No empty template cards for a format that has none of them.
    expect(screen.queryByText('User stories')).not.toBeInTheDocument();
    expect(screen.queryByText('Success criteria')).not.toBeInTheDocument();
    const [first] = within(table).getAllByRole('row').slice(1);
    expect(
      within(first).getByText('Rotation before expiry'),
    ).toBeInTheDocument();
    expect(
      within(first).getByText(/WHEN a token reaches 80% of its lifetime/),
    ).toBeInTheDocument();
    // Its id, its criteria, then the tasks covering it (the criteria's
    // `_Requirements:_` lines), then where it is written.
    expect(
      within(first)
        .getAllByRole('link')
        .slice(0, 8)
        .map(link => link.textContent),
    ).toEqual(['1', '1.1', '1.2', '1.3', '1.1', '1.2', '1.3', '3']);
  });

  it('shows optional and in-progress Kiro tasks as such', async () => {
    serve(
      response(
        path.join(EXAMPLES, 'kiro/.kiro/specs/token-rotation'),
        '.kiro/specs/token-rotation',
      ),
    );
    await render(<SpecPhasesContent />);
    await screen.findByText('Optional, not counted');
    expect(screen.getByText('In progress')).toBeInTheDocument();
    // 9 boxes, one optional: 4 of 8 done, 1 in progress.
    expect(
      screen.getByRole('progressbar', { name: 'Overall progress' }),
    ).toHaveAttribute('aria-valuetext', '4 of 8 tasks done, 1 partly done');
  });
});
