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

import { linkedFileOf, specLinkedFiles } from './specLinkedFiles';

describe('linkedFileOf', () => {
  it('resolves against the file that links, and keeps climbs as ../', () => {
    expect(linkedFileOf('img/a.png', 'phases/1-x/plan.md')).toBe(
      'phases/1-x/img/a.png',
    );
    expect(linkedFileOf('../b.png', 'phases/1-x/plan.md')).toBe('phases/b.png');
    expect(linkedFileOf('/c.png', 'phases/1-x/plan.md')).toBe('c.png');
    expect(linkedFileOf('../../other/spec.md', 'spec.md')).toBe(
      '../../other/spec.md',
    );
    expect(linkedFileOf('docs/a b.pdf', 'spec.md')).toBe('docs/a b.pdf');
  });

  it('rejects schemes, protocol-relative URLs, backslashes and anchors', () => {
    for (const url of [
      'https://example.com/a.png',
      'mailto:a@b.c',
      // eslint-disable-next-line no-script-url -- the URL under test
      'javascript:alert(1)',
      // eslint-disable-next-line no-script-url -- the URL under test
      'JAVASCRIPT:alert(1)',
      'data:image/png;base64,AAAA',
      '//cdn.example.com/a.png',
      '\\\\evil\\share',
      '#top',
      '..%2F..%2Fetc/passwd',
      '\ud800',
    ]) {
      expect(linkedFileOf(url, 'spec.md')).toBeUndefined();
    }
  });
});

describe('specLinkedFiles', () => {
  it("resolves each file's links against that file, once, sorted", () => {
    expect(
      specLinkedFiles({
        files: [
          { path: 'spec.md', links: ['plan.md', './img/a.png', '#x'] },
          { path: 'plan.md' },
          {
            path: 'phases/1/tasks.md',
            links: ['../../plan.md', '../../../x.md'],
          },
        ],
      }),
    ).toEqual(['../x.md', 'img/a.png', 'plan.md']);
  });
});
