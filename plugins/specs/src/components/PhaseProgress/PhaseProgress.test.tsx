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
import { screen } from '@testing-library/react';
import { PhaseProgress } from './PhaseProgress';

describe('PhaseProgress', () => {
  const phases = [
    { title: 'Phase 1: Broker', done: 4, partial: 0, total: 4 },
    { title: 'Phase 2: Rollout', done: 1, partial: 1, total: 5 },
  ];

  it('shows one bar per phase and the overall progress', async () => {
    await renderInTestApp(<PhaseProgress phases={phases} />);
    expect(
      screen.getByRole('progressbar', { name: 'Overall progress' }),
    ).toHaveAttribute('aria-valuetext', '5 of 9 tasks done, 1 partly done');
    expect(
      screen.getByRole('progressbar', { name: 'Progress of Phase 1: Broker' }),
    ).toHaveAttribute('aria-valuenow', '4');
    expect(
      screen.getByRole('progressbar', { name: 'Progress of Phase 2: Rollout' }),
    ).toHaveAttribute('aria-valuetext', '1 of 5 tasks done, 1 partly done');
  });

  it('can leave out the overall bar', async () => {
    await renderInTestApp(
      <PhaseProgress phases={phases} showOverall={false} />,
    );
    expect(screen.getAllByRole('progressbar')).toHaveLength(2);
  });

  it('has an empty state', async () => {
    await renderInTestApp(<PhaseProgress phases={[]} />);
    expect(
      screen.getByText('This spec has no phases with tasks.'),
    ).toBeInTheDocument();
  });
});
