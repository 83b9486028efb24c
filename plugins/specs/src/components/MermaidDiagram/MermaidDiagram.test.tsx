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
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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
    await renderInTestApp(
      <MermaidDiagram text="graph TD; A-->B" label="Flowchart: Request path" />,
    );
    const figure = await screen.findByRole('img', {
      name: 'Flowchart: Request path',
    });
    expect(initialize).toHaveBeenCalledWith(
      expect.objectContaining({ securityLevel: 'strict', startOnLoad: false }),
    );
    expect(figure.querySelector('svg')).not.toBeNull();
    expect(figure.querySelector('svg')!.getAttribute('onload')).toBeNull();
    expect(figure.querySelector('script')).toBeNull();
    expect(figure.querySelector('foreignObject')).toBeNull();
    expect(figure).toHaveTextContent('A');
  });

  it('opens full screen with zoom, named after the diagram', async () => {
    // Mermaid gives the drawing the id it is asked to render.
    render.mockImplementation(async (id: string) => ({
      svg: `<svg id="${id}" viewBox="0 0 1600 400"><style>#${id} text{fill:red}</style><text>Pod</text></svg>`,
    }));
    await renderInTestApp(
      <MermaidDiagram
        text="sequenceDiagram"
        label="Sequence diagram: Overview"
      />,
    );
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Expand: Sequence diagram: Overview',
      }),
    );
    const dialog = screen.getByRole('dialog', {
      name: 'Sequence diagram: Overview',
    });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Zoom in' }),
    );
    expect(
      within(dialog).getByRole('button', { name: /^Zoom 125%/ }),
    ).toBeInTheDocument();
    // The copy in the dialog has ids of its own.
    const ids = Array.from(document.querySelectorAll('svg[id]')).map(
      svg => svg.id,
    );
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
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
