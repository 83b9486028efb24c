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

describe('sanitizeSpecHtml', () => {
  it('gives an image without a description an empty alt (decoration, not an unnamed image)', () => {
    const html = renderInlineMarkdown(
      'Title <img src="https://example.com/x.png">',
    );
    expect(html).toContain('<img');
    expect(html).toMatch(/<img[^>]* alt=""/);
  });

  // Images without a loadable source are dropped (inline.test.ts).
  it('keeps an alt the author wrote', () => {
    expect(
      renderInlineMarkdown('![Request path](https://example.com/x.png)'),
    ).toMatch(/<img[^>]* alt="Request path"/);
  });
});
