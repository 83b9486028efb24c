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

import { renderSpecFiles, SpecLinkResolver } from './renderSpecFiles';

const BASE = 'http://localhost:7007/api/specs/v1/entities/default/s/files/';

function render(
  markdown: string,
  path = 'spec.md',
  options: Parameters<typeof renderSpecFiles>[1] = {},
) {
  return renderSpecFiles(
    [
      { path, role: 'spec', markdown },
      { path: 'plan.md', role: 'plan', markdown: '# Plan' },
    ],
    { filesBaseUrl: BASE, ...options },
  );
}

function htmlOf(
  markdown: string,
  path?: string,
  options?: Parameters<typeof renderSpecFiles>[1],
): string {
  return render(markdown, path, options)[0]
    .blocks.filter(b => b.type === 'html')
    .map(b => (b as { html: string }).html)
    .join('');
}

describe('renderSpecFiles', () => {
  it('adds heading anchors and a table of contents', () => {
    const [spec] = render('# Spec\n\n## Summary\n\n## Summary\n');
    expect(spec.toc).toEqual([
      { id: 'spec', text: 'Spec', depth: 1 },
      { id: 'summary', text: 'Summary', depth: 2 },
      { id: 'summary-1', text: 'Summary', depth: 2 },
    ]);
    const html = htmlOf('## Summary');
    expect(html).toContain('<h2 id="user-content-summary">Summary</h2>');
    // The permalink is beside the heading, named after it, out of the tab order.
    expect(html).toContain(
      '<a class="spec-heading-anchor" href="#summary" tabindex="-1" aria-label="Permalink: Summary">#</a>',
    );
  });

  it('splits code and mermaid fences out of the HTML, naming diagrams after what they show', () => {
    const [spec] = render(
      '## Request path\n\na\n\n```ts\nconst x = 1;\n```\n\n```mermaid\nsequenceDiagram\n  A->>B: hi\n```\n\nb',
    );
    expect(spec.blocks.map(b => b.type)).toEqual([
      'html',
      'code',
      'mermaid',
      'html',
    ]);
    expect(spec.blocks[1]).toMatchObject({
      type: 'code',
      language: 'ts',
      text: 'const x = 1;',
    });
    expect(spec.blocks[2]).toMatchObject({
      type: 'mermaid',
      label: 'Sequence diagram: Request path',
    });
  });

  it('rewrites relative images and links: attachments through the backend, own files on the page', () => {
    const html = htmlOf(
      '![d](./img/d.png) [doc](docs/x.pdf) [plan](plan.md) [p1](plan.md#plan) [s](#summary)',
      'spec.md',
    );
    expect(html).toContain(`src="${BASE}img/d.png"`);
    expect(html).toContain(
      `<a href="${BASE}docs/x.pdf" class="spec-file-link">doc</a>`,
    );
    expect(html).toContain('href="#file-plan-md"');
    expect(html).toContain('href="#plan"');
    expect(html).toContain('href="#summary"');
  });

  it('asks the resolver where links to other files go, and marks broken ones', () => {
    const links: SpecLinkResolver = {
      resolvePath: target =>
        target.path === '../0043-x/spec.md'
          ? {
              type: 'href',
              href: '/catalog/default/spec/spec-0043-x',
              title: 'SPEC-0043 — X',
            }
          : { type: 'broken', reason: `${target.path} leads nowhere` },
      resolveMention: mention =>
        mention === 'SPEC-0043'
          ? { href: '/catalog/default/spec/spec-0043-x' }
          : undefined,
    };
    const html = htmlOf(
      '[x](../0043-x/spec.md) [y](../gone.md) and SPEC-0043, SPEC-9999, `SPEC-0043`',
      'spec.md',
      { links },
    );
    expect(html).toContain(
      '<a href="/catalog/default/spec/spec-0043-x" title="SPEC-0043 — X">x</a>',
    );
    expect(html).toContain(
      '<a class="spec-broken-link" title="Broken link: ../gone.md leads nowhere">y</a>',
    );
    // Mentions link only when the spec exists, never inside code.
    expect(html).toContain(
      'and <a href="/catalog/default/spec/spec-0043-x" class="spec-mention">SPEC-0043</a>, SPEC-9999, <code>SPEC-0043</code>',
    );
  });

  it('without a resolver, a path above the spec root is a broken link', () => {
    const html = htmlOf('![x](../../etc/passwd) [y](../up.md)');
    expect(html).not.toContain('passwd');
    expect(html).toContain('class="spec-broken-link"');
    expect(html).not.toMatch(/href="[^"]*up\.md"/);
  });

  it("puts the parser's item anchors on the lines the items come from", () => {
    const markdown = [
      '---',
      'id: SPEC-0001',
      '---',
      '# Spec',
      '',
      '- **FR-001**: System MUST do a thing.',
      '- **FR-002**: System MUST do another.',
      '',
      '| Id | Text |',
      '| --- | --- |',
      '| SC-001 | Works |',
    ].join('\n');
    const anchors = new Map([
      [
        'spec.md',
        new Map([
          [6, ['fr-001']],
          [7, ['fr-002']],
          [11, ['sc-001']],
        ]),
      ],
    ]);
    const [spec] = render(markdown, 'spec.md', { anchors });
    const html = spec.blocks.map(b => (b as { html: string }).html).join('');
    expect(html).toContain('<li id="user-content-fr-001">');
    expect(html).toContain('<li id="user-content-fr-002">');
    expect(html).toContain('<td id="user-content-sc-001">SC-001</td>');
    // Front matter is not rendered as a rule and a heading.
    expect(html).not.toContain('<hr');
    expect(spec.toc.map(e => e.text)).toEqual(['Spec']);
    expect(spec.lines.find(l => l.line === 6)).toEqual({
      line: 6,
      id: 'user-content-fr-001',
    });
  });

  it('shows boxes as read-only states, including partly done and dropped ones', () => {
    const html = htmlOf(
      '- [x] Task 1.1: done\n- [ ] Task 1.2: open\n- [~] Task 2.3: half\n- [-] Task 2.4: dropped',
    );
    expect(html).not.toContain('<input');
    expect(html).not.toContain('[~]');
    expect(html).not.toContain('[-]');
    for (const [state, label] of [
      ['done', 'Done'],
      ['todo', 'Not done'],
      ['partial', 'Partly done'],
      ['skipped', 'Skipped'],
    ]) {
      expect(html).toContain(
        `<span class="spec-box spec-box-${state}" role="img" aria-label="${label}"></span>`,
      );
    }
  });

  it('renders clarification markers and field blocks as what they are', () => {
    const html = htmlOf(
      [
        '**Spec ID**: SPEC-0042',
        '**Status**: In Progress',
        '**Owner**: `group:default/x`',
        '',
        'Rotate keys. [NEEDS CLARIFICATION: every **30** days?] [CLARIFIED: 90 days]',
      ].join('\n'),
    );
    expect(html).toContain(
      '<dl class="spec-fields" id="user-content-file-spec-md-l1"><dt>Spec ID</dt><dd>SPEC-0042</dd><dt>Status</dt><dd>In Progress</dd><dt>Owner</dt><dd><code>group:default/x</code></dd></dl>',
    );
    expect(html).toContain(
      '<span class="spec-clarification spec-clarification-open"><strong class="spec-clarification-label">Needs clarification:</strong> every <strong>30</strong> days?</span>',
    );
    expect(html).toContain(
      '<strong class="spec-clarification-label">Clarified:</strong> 90 days',
    );
    expect(html).not.toContain('[NEEDS');
  });

  it('opens external links in a new tab without referrer', () => {
    const html = htmlOf('[x](https://example.com)');
    expect(html).toContain('target="_blank"');
    expect(html).toContain('rel="noopener noreferrer"');
  });

  // Raw HTML may leave out alt; markdown images keep theirs.
  it('gives an image written without alt an empty one, and drops one that may not load', () => {
    const html = htmlOf(
      [
        '<img src="img/a.png">',
        '<img src="javascript:alert(1)" alt="evil">',
        '![Diagram](img/d.png)',
      ].join('\n\n'),
    );
    expect(html).toContain(`<img src="${BASE}img/a.png" alt=""`);
    expect(html).not.toMatch(/evil|data-spec-drop/);
    expect(html).toMatch(/<img src="[^"]*img\/d.png" alt="Diagram"/);
    expect(html.match(/<img/g)).toHaveLength(2);
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
        '<input type="checkbox" checked>',
        '<div style="position:fixed" id="location">styled</div>',
      ].join('\n\n'),
    );
    expect(html).not.toMatch(
      /<script|<iframe|<svg|<form|<input|onerror|onload/i,
    );
    expect(html).not.toMatch(/javascript:|data:|type="password"|style=/i);
    expect(html).toContain('id="user-content-location"');
    expect(html).toContain('aria-label="Done"');
  });
});
