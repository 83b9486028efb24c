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

import fs from 'node:fs';
import path from 'node:path';
import { renderSpecFiles } from './renderSpecFiles';

// The hostile spec that the browser e2e renders (packages/app/e2e/security.ts),
// checked here in jsdom on every run of the unit tests: the sanitized HTML
// keeps no script vector. The e2e proves the same in Chromium, with mermaid.
const FIXTURE = path.resolve(
  __dirname,
  '../../../../../packages/app/e2e/fixtures/hostile-specs/spec-hostile-kitchen-sink.md',
);

describe('renderSpecFiles on the hostile e2e fixture', () => {
  const markdown = fs.readFileSync(FIXTURE, 'utf8');
  const [file] = renderSpecFiles(
    [{ path: 'spec-hostile-kitchen-sink.md', role: 'spec', markdown }],
    {
      filesBaseUrl:
        'http://localhost:7007/api/specs/v1/entities/default/h/files/',
    },
  );
  const container = document.createElement('div');
  container.innerHTML = file.blocks
    .map(b => (b.type === 'html' ? b.html : ''))
    .join('\n');

  it('keeps the text and drops every script vector', () => {
    expect(container.textContent).toContain('quetzalcoatl');
    expect(
      container.querySelectorAll(
        'script, iframe, frame, object, embed, form, base, meta, link, style, svg, math, template, noscript, input:not([type=checkbox]), button, video, audio, source',
      ),
    ).toHaveLength(0);
    const attributes = Array.from(container.querySelectorAll('*')).flatMap(el =>
      Array.from(el.attributes).map(a => `${a.name}=${a.value}`),
    );
    expect(attributes.length).toBeGreaterThan(10);
    expect(
      attributes.filter(a =>
        /^(on|style=|srcset=|srcdoc=|formaction=|action=)/i.test(a),
      ),
    ).toEqual([]);
    expect(
      attributes.filter(a =>
        /^(href|src|xlink:href|data)=\s*((javascript|data|vbscript):|\/\/)/i.test(
          a,
        ),
      ),
    ).toEqual([]);
  });

  it('leaves the click-me links without a target', () => {
    const links = Array.from(container.querySelectorAll('a')).filter(a =>
      a.textContent?.startsWith('click-me-'),
    );
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) {
      const href = link.getAttribute('href');
      expect(href === null || href.startsWith('#')).toBe(true);
    }
  });

  it('keeps mermaid sources for the diagram component', () => {
    expect(file.blocks.filter(b => b.type === 'mermaid')).toHaveLength(2);
  });
});
