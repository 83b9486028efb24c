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

import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { ReviewChecklist } from './ReviewChecklist';

describe('ReviewChecklist', () => {
  it('shows one card per persona with its items', async () => {
    await renderInTestApp(
      <ReviewChecklist
        personas={[
          {
            persona: 'Security & Compliance',
            items: [
              { text: 'Threat model reviewed', checked: true },
              { text: 'Audit events defined', checked: false },
            ],
          },
          { persona: 'SRE', checked: 2, total: 3 },
        ]}
      />,
    );
    expect(screen.getByText('1 of 2 checked')).toBeInTheDocument();
    expect(screen.getByText('2 of 3 checked')).toBeInTheDocument();
    expect(
      screen.getByRole('progressbar', { name: 'Review by SRE' }),
    ).toHaveAttribute('aria-valuenow', '2');
    const list = screen.getByRole('list', {
      name: 'Security & Compliance checklist',
    });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByTitle('Checked')).toBeInTheDocument();
    expect(within(items[1]).getByTitle('Not checked')).toBeInTheDocument();
  });

  it('has an empty state', async () => {
    await renderInTestApp(<ReviewChecklist personas={[]} />);
    expect(
      screen.getByText('This spec has no review checklist.'),
    ).toBeInTheDocument();
  });
});
