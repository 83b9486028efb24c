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
import { screen, waitFor } from '@testing-library/react';
import { MermaidDiagram } from './MermaidDiagram';

const initialize = jest.fn();
const render = jest.fn();
jest.mock('mermaid', () => ({
  __esModule: true,
  default: {
    initialize: (...args: unknown[]) => initialize(...args),
    render: (...args: unknown[]) => render(...args),
  },
}));

describe('MermaidDiagram', () => {
  beforeEach(() => jest.clearAllMocks());

  it('renders in strict mode and sanitizes the SVG', async () => {
    render.mockResolvedValue({
      svg: '<svg onload="alert(1)"><script>alert(2)</script><g><text>A</text></g><foreignObject><div>x</div></foreignObject></svg>',
    });
    await renderInTestApp(<MermaidDiagram text="graph TD; A-->B" />);
    const figure = await screen.findByRole('img', { name: 'Diagram' });
    expect(initialize).toHaveBeenCalledWith(
      expect.objectContaining({ securityLevel: 'strict', startOnLoad: false }),
    );
    expect(figure.querySelector('svg')).not.toBeNull();
    expect(figure.querySelector('svg')!.getAttribute('onload')).toBeNull();
    expect(figure.querySelector('script')).toBeNull();
    expect(figure.querySelector('foreignObject')).toBeNull();
    expect(figure).toHaveTextContent('A');
  });

  it('falls back to the source when the diagram is invalid', async () => {
    render.mockRejectedValue(new Error('Parse error on line 1'));
    await renderInTestApp(<MermaidDiagram text="graph ??" />);
    await waitFor(() =>
      expect(
        screen.getByText(/The diagram could not be drawn: Parse error/),
      ).toBeInTheDocument(),
    );
    expect(screen.getByText('graph ??')).toBeInTheDocument();
  });
});
