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

import { renderInlineMarkdown } from './inline';

describe('renderInlineMarkdown', () => {
  it('renders code and emphasis, never raw markdown', () => {
    expect(renderInlineMarkdown('Use `429` **now**')).toBe(
      'Use <code>429</code> <strong>now</strong>',
    );
  });

  // axe-core on /specs: the hostile spec's title `… <img src=x onerror=…>`
  // left a nameless image without a source in the browse table (critical
  // image-alt). A relative image has nothing to load from outside the
  // document: it goes, and so does its handler.
  it('drops an image in a title that cannot load, handler and all', () => {
    const html = renderInlineMarkdown(
      'Hostile kitchen sink <img src=x onerror="__sink(\'h1\')"> quetzalcoatl',
    );
    expect(html).toBe('Hostile kitchen sink  quetzalcoatl');
  });

  it('keeps an absolute image, with an empty alt when none is written', () => {
    expect(
      renderInlineMarkdown('<img src="https://example.com/badge.svg">'),
    ).toMatch(/^<img src="https:\/\/example.com\/badge.svg" alt=""/);
  });
});
