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
import { ProgressBar } from './ProgressBar';

describe('ProgressBar', () => {
  it('exposes its value to assistive technology', async () => {
    await renderInTestApp(
      <ProgressBar label="Phase 1" done={3} partial={1} total={8} />,
    );
    const bar = screen.getByRole('progressbar', { name: 'Phase 1' });
    expect(bar).toHaveAttribute('aria-valuenow', '3');
    expect(bar).toHaveAttribute('aria-valuemax', '8');
    expect(bar).toHaveAttribute(
      'aria-valuetext',
      '3 of 8 tasks done, 1 partly done',
    );
    expect(screen.getByText('3/8 (+1)')).toBeInTheDocument();
  });

  it('says when there is nothing to count', async () => {
    await renderInTestApp(
      <ProgressBar label="Review" done={0} total={0} unit="items" />,
    );
    expect(screen.getByRole('progressbar')).toHaveAttribute(
      'aria-valuetext',
      'No items',
    );
  });
});
