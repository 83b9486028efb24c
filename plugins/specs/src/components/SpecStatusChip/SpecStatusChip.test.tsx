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
import { SpecStatusChip } from './SpecStatusChip';

describe('SpecStatusChip', () => {
  it('shows the normalized status', async () => {
    await renderInTestApp(<SpecStatusChip status="in-progress" />);
    expect(screen.getByText('In progress')).toBeInTheDocument();
  });

  it('marks a stale status', async () => {
    await renderInTestApp(
      <SpecStatusChip status="draft" stale staleReason="All tasks are done" />,
    );
    expect(screen.getByLabelText('Status: Draft, stale')).toBeInTheDocument();
    expect(screen.getByText('Draft (stale)')).toBeInTheDocument();
  });
});

describe('SpecStatusChip tooltips', () => {
  it('explains why a status is stale', async () => {
    await renderInTestApp(
      <SpecStatusChip status="draft" stale staleReason="All tasks are done" />,
    );
    const chip = screen.getByLabelText('Status: Draft, stale');
    chip.focus();
    expect(await screen.findByText('All tasks are done')).toBeInTheDocument();
  });
});
