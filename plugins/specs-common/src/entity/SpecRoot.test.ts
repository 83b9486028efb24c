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

import {
  formatSpecRoot,
  isWithinSpecRoot,
  joinSpecRoot,
  parseSpecRoot,
  specRootOf,
  specRootLocation,
} from './SpecRoot';

describe('SpecRoot', () => {
  it('round-trips file and url roots', () => {
    for (const root of [
      { type: 'file' as const, dir: '/srv/specs/foo' },
      { type: 'url' as const, url: 'https://github.com/o/r/tree/main/specs/' },
    ]) {
      expect(parseSpecRoot(formatSpecRoot(root))).toEqual(root);
    }
    expect(formatSpecRoot({ type: 'file', dir: '/a' })).toBe('file:/a');
    expect(formatSpecRoot({ type: 'url', url: 'https://h/x/' })).toBe(
      'url:https://h/x/',
    );
  });

  it('normalizes file roots like path.resolve', () => {
    expect(parseSpecRoot('file:/srv//specs/./foo/')).toEqual({
      type: 'file',
      dir: '/srv/specs/foo',
    });
    expect(parseSpecRoot('file:/srv/specs/../../etc')).toEqual({
      type: 'file',
      dir: '/etc',
    });
    expect(parseSpecRoot('file:/../..')).toEqual({ type: 'file', dir: '/' });
    expect(parseSpecRoot('file:C:\\specs\\.\\x\\..\\y')).toEqual({
      type: 'file',
      dir: 'C:\\specs\\y',
    });
  });

  it('reads url roots as directories', () => {
    expect(parseSpecRoot('url:https://h/o/r/tree/main/specs')).toEqual({
      type: 'url',
      url: 'https://h/o/r/tree/main/specs/',
    });
  });

  it.each([
    ['a relative file root', 'file:rel/dir'],
    ['another scheme', 'url:ftp://example.com/x/'],
    ['a javascript url', 'url:javascript:alert(1)'],
    ['no prefix', '/srv/specs'],
    ['an invalid url', 'url:not a url'],
    ['an empty string', ''],
    ['a non-string', 42],
  ])('rejects %s', (_name, value) => {
    expect(parseSpecRoot(value)).toBeUndefined();
  });

  it('reads the root of an entity', () => {
    expect(
      specRootOf({
        metadata: {
          name: 'x',
          annotations: { 'specstage.io/spec-root': 'file:/a/b' },
        },
      }),
    ).toEqual({ type: 'file', dir: '/a/b' });
    expect(specRootOf({ metadata: { name: 'x' } })).toBeUndefined();
  });

  it('matches roots by whole segments', () => {
    expect(isWithinSpecRoot('file:/a/b', 'file:/a')).toBe(true);
    expect(isWithinSpecRoot('file:/a', 'file:/a')).toBe(true);
    expect(isWithinSpecRoot('file:/ab', 'file:/a')).toBe(false);
    expect(isWithinSpecRoot('url:https://h/x/y/', 'url:https://h/x/')).toBe(
      true,
    );
  });

  it('joins roots and relative paths', () => {
    expect(joinSpecRoot('file:/a/b', 'c/spec.md')).toBe('file:/a/b/c/spec.md');
    expect(joinSpecRoot('file:/a/b', '../c')).toBe('file:/a/c');
    expect(joinSpecRoot('url:https://h/o/r/', 'x')).toBe('url:https://h/o/r/x');
    expect(joinSpecRoot('url:https://h/o/r/', '')).toBe('url:https://h/o/r/');
    expect(joinSpecRoot('url:https://h/o', '../../x')).toBeUndefined();
    expect(joinSpecRoot('file:/', '..')).toBeUndefined();
    expect(joinSpecRoot('/a', 'b')).toBeUndefined();
  });
});

describe('specRootLocation', () => {
  it('strips the prefix and nothing else', () => {
    expect(specRootLocation('file:/repo/specs/../x')).toBe('/repo/specs/../x');
    expect(
      specRootLocation('url:https://h/o/r/blob/main/specs/SPEC%2042.md'),
    ).toBe('https://h/o/r/blob/main/specs/SPEC%2042.md');
    expect(specRootLocation('/repo/specs')).toBeUndefined();
  });
});
