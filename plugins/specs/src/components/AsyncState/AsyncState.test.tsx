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

import { useState } from 'react';
import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AsyncState } from './AsyncState';

describe('AsyncState', () => {
  it('offers a retry after an error', async () => {
    function Flaky() {
      const [failed, setFailed] = useState(true);
      return (
        <AsyncState
          loading={false}
          error={failed ? new Error('boom') : undefined}
          retry={() => setFailed(false)}
        >
          content
        </AsyncState>
      );
    }
    await renderInTestApp(<Flaky />);
    expect(screen.getAllByText(/boom/).length).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('content')).toBeInTheDocument();
  });
});
