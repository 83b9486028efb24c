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
import { SpecMarkdown } from './SpecMarkdown';

jest.mock('mermaid', () => ({
  __esModule: true,
  default: {
    initialize: jest.fn(),
    render: jest
      .fn()
      .mockResolvedValue({ svg: '<svg><text>drawn</text></svg>' }),
  },
}));

const BASE = 'http://localhost:7007/api/specs/v1/entities/default/s/files/';

// The spec of the acceptance criteria: every classic XSS vector, in the
// places markdown lets them in.
const HOSTILE = [
  '# Hostile spec',
  '<script>window.pwned = true</script>',
  '<img src="x.png" onerror="window.pwned = true">',
  '[x](javascript:window.pwned=true)',
  '<svg onload="window.pwned = true"><circle r="4"></circle></svg>',
  '<iframe src="https://example.com/frame"></iframe>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">d</a>',
  '<a href="JAVASCRIPT:alert(1)" onclick="alert(2)">caps</a>',
  '<details ontoggle="alert(1)" open><summary>s</summary></details>',
  '![img](javascript:alert(1))',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<math><mtext><img src=x onerror=alert(1)></mtext></math>',
  'Safe [link](https://example.com) and ![diagram](img/d.png).',
].join('\n\n');

describe('SpecMarkdown', () => {
  afterEach(() => {
    delete (window as any).pwned;
  });

  it('renders none of the hostile content live', async () => {
    const { container } = await renderInTestApp(
      <SpecMarkdown
        files={[{ path: 'spec.md', role: 'spec', markdown: HOSTILE }]}
        filesBaseUrl={BASE}
      />,
    );
    expect(
      screen.getByRole('heading', { name: /Hostile spec/ }),
    ).toBeInTheDocument();
    expect(
      container.querySelectorAll('script, iframe, object, embed, svg, math'),
    ).toHaveLength(0);
    const attributes = Array.from(container.querySelectorAll('*')).flatMap(
      element => Array.from(element.attributes),
    );
    expect(attributes.filter(a => /^on/i.test(a.name))).toEqual([]);
    expect(
      attributes.filter(
        a =>
          ['href', 'src', 'action', 'xlink:href'].includes(a.name) &&
          /^\s*(javascript|data|vbscript):/i.test(a.value),
      ),
    ).toEqual([]);
    expect((window as any).pwned).toBeUndefined();
    expect(screen.getByRole('link', { name: 'link' })).toHaveAttribute(
      'href',
      'https://example.com',
    );
    expect(screen.getByRole('img', { name: 'diagram' })).toHaveAttribute(
      'src',
      `${BASE}img/d.png`,
    );
  });

  it('shows a table of contents across files and code blocks', async () => {
    await renderInTestApp(
      <SpecMarkdown
        files={[
          {
            path: 'spec.md',
            role: 'spec',
            markdown: '# Spec\n\n## Summary\n\n```yaml\nkey: value\n```\n',
          },
          {
            path: 'plan.md',
            role: 'plan',
            markdown: '# Plan\n\n```mermaid\ngraph TD; A-->B\n```\n',
          },
        ]}
        filesBaseUrl={BASE}
      />,
    );
    const toc = screen.getByRole('navigation', { name: 'Table of contents' });
    expect(toc).toHaveTextContent('Summary');
    expect(screen.getByRole('link', { name: 'Summary' })).toHaveAttribute(
      'href',
      '#summary',
    );
    expect(
      screen.getByRole('region', { name: 'spec.md' }).querySelector('pre'),
    ).toHaveTextContent('key: value');
    expect(
      await screen.findByRole('img', { name: 'Flowchart: Plan' }),
    ).toHaveTextContent('drawn');
  });
});
