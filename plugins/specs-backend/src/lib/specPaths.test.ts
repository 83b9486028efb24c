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

import { normalizeSpecPath } from './specPaths';

describe('normalizeSpecPath', () => {
  it.each([
    ['spec.md', 'spec.md'],
    ['./plan.md', 'plan.md'],
    ['phases/1-x//plan.md', 'phases/1-x/plan.md'],
    ['images/a b.png', 'images/a b.png'],
    ['%2e%2e/literal.png', '%2e%2e/literal.png'],
  ])('accepts %j', (input, expected) => {
    expect(normalizeSpecPath(input)).toBe(expected);
  });

  it.each([
    '',
    '.',
    './',
    'dir/',
    '..',
    '../secret',
    'a/../../secret',
    'a/../b',
    '/etc/passwd',
    '//host/share',
    'C:/Windows/win.ini',
    'c:secret',
    'https://example.com/x.png',
    'file:///etc/passwd',
    'a\\..\\..\\secret',
    'a\0b',
  ])('rejects %j', input => {
    expect(() => normalizeSpecPath(input)).toThrow(
      expect.objectContaining({ name: 'InputError' }),
    );
  });
});
