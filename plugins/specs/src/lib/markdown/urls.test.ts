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

import { classifySpecUrl, specFileUrl } from './urls';

describe('classifySpecUrl', () => {
  it.each([
    ['https://example.com/a', 'link', 'external'],
    ['http://example.com/a', 'image', 'external'],
    ['mailto:a@example.com', 'link', 'external'],
    ['mailto:a@example.com', 'image', 'rejected'],
    // eslint-disable-next-line no-script-url -- the URL under test
    ['javascript:alert(1)', 'link', 'rejected'],
    ['JaVa\tScRiPt:alert(1)', 'link', 'rejected'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'link', 'rejected'],
    ['data:image/png;base64,AAAA', 'image', 'rejected'],
    ['vbscript:x', 'link', 'rejected'],
    ['//evil.example.com/x', 'link', 'rejected'],
    ['#motivation', 'link', 'anchor'],
    ['plan.md', 'link', 'file'],
    ['img/diagram.png', 'image', 'file'],
  ] as const)('%s as %s is %s', (url, context, type) => {
    expect(classifySpecUrl(url, 'spec.md', context).type).toBe(type);
  });

  it('keeps the fragment of a link to another file', () => {
    expect(classifySpecUrl('plan.md#phase-1', 'spec.md', 'link')).toEqual({
      type: 'file',
      path: 'plan.md',
      fragment: 'phase-1',
    });
  });
});

describe('specFileUrl', () => {
  it('encodes each segment', () => {
    expect(specFileUrl('http://x/files/', 'img/a b#.png')).toBe(
      'http://x/files/img/a%20b%23.png',
    );
  });
});
