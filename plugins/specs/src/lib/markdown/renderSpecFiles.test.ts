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

import { renderSpecFiles } from './renderSpecFiles';

const BASE = 'http://localhost:7007/api/specs/v1/entities/default/s/files/';

function render(markdown: string, path = 'spec.md') {
  return renderSpecFiles(
    [
      { path, role: 'spec', markdown },
      { path: 'plan.md', role: 'plan', markdown: '# Plan' },
    ],
    { filesBaseUrl: BASE },
  );
}

function htmlOf(markdown: string, path?: string): string {
  return render(markdown, path)[0]
    .blocks.filter(b => b.type === 'html')
    .map(b => (b as { html: string }).html)
    .join('');
}

describe('renderSpecFiles', () => {
  it('adds heading anchors and a table of contents', () => {
    const [spec] = render('# Spec\n\n## Summary\n\n## Summary\n');
    expect(spec.toc).toEqual([
      { id: 'user-content-spec', text: 'Spec', depth: 1 },
      { id: 'user-content-summary', text: 'Summary', depth: 2 },
      { id: 'user-content-summary-1', text: 'Summary', depth: 2 },
    ]);
    expect(htmlOf('## Summary')).toContain('id="user-content-summary"');
  });

  it('splits code and mermaid fences out of the HTML', () => {
    const [spec] = render(
      'a\n\n```ts\nconst x = 1;\n```\n\n```mermaid\ngraph TD; A-->B\n```\n\nb',
    );
    expect(spec.blocks.map(b => b.type)).toEqual([
      'html',
      'code',
      'mermaid',
      'html',
    ]);
    expect(spec.blocks[1]).toEqual({
      type: 'code',
      language: 'ts',
      text: 'const x = 1;',
    });
  });

  it('rewrites relative images and links through the backend', () => {
    const html = htmlOf(
      '![d](./img/d.png) [doc](docs/x.pdf) [plan](plan.md) [p1](plan.md#plan) [s](#summary)',
      'spec.md',
    );
    expect(html).toContain(`src="${BASE}img/d.png"`);
    expect(html).toContain(`href="${BASE}docs/x.pdf"`);
    expect(html).toContain('href="#user-content-file-plan-md"');
    expect(html).toContain('href="#user-content-plan"');
    expect(html).toContain('href="#user-content-summary"');
  });

  it('opens external links in a new tab without referrer', () => {
    const html = htmlOf('[x](https://example.com)');
    expect(html).toContain('target="_blank"');
    expect(html).toContain('rel="noopener noreferrer"');
  });

  it('drops paths that escape the spec root', () => {
    const html = htmlOf('![x](../../etc/passwd) [y](../up.md)');
    expect(html).not.toContain('passwd');
    expect(html).not.toContain('up.md');
  });

  it('removes active content', () => {
    const html = htmlOf(
      [
        '<script>alert(1)</script>',
        '<img src="x.png" onerror="alert(1)">',
        '[x](javascript:alert(1))',
        '<svg onload="alert(1)"><circle r="1"/></svg>',
        '<iframe src="https://example.com"></iframe>',
        '<a href="data:text/html;base64,PHNjcmlwdD4=">d</a>',
        '<form action="https://example.com"><input type="password"></form>',
        '<div style="position:fixed" id="location">styled</div>',
      ].join('\n\n'),
    );
    expect(html).not.toMatch(/<script|<iframe|<svg|<form|onerror|onload/i);
    expect(html).not.toMatch(/javascript:|data:|type="password"|style=/i);
    expect(html).toContain('id="user-content-location"');
  });
});
