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

import { SpecSource } from './readSpecSource';
import {
  fileOwnerFilter,
  findFileOwners,
  MAX_FILTER_VALUE_LENGTH,
} from './specFileOwners';

const SOURCE = 'specstage:file:/repo/specs';

function spec(
  name: string,
  root: string,
  files: string[],
  location?: string,
  managedBy = SOURCE,
): SpecSource {
  return {
    entityRef: `spec:default/${name}`,
    root: root.startsWith('url:')
      ? { type: 'url', url: root.slice(4) }
      : { type: 'file', dir: root },
    files,
    location,
    managedBy,
  };
}

const single = spec('single', '/repo/specs', ['SPEC-0042.md'], 'SPEC-0042.md');
const other = spec('other', '/repo/specs', ['SPEC-0044.md'], 'SPEC-0044.md');
const dir = spec('dir', '/repo/specs/0043-x', ['spec.md', 'plan.md'], '0043-x');
const nested = spec(
  'nested',
  '/repo/specs/0043-x/sub',
  ['spec.md'],
  '0043-x/sub',
);
const all = [single, other, dir, nested];

const owners = (requester: SpecSource, file: string, specs = all) =>
  findFileOwners(requester, file, specs).map(s => s.entityRef);

describe('findFileOwners', () => {
  it("finds another spec's markdown in a shared folder", () => {
    expect(owners(single, 'SPEC-0044.md')).toEqual(['spec:default/other']);
  });

  it('finds the spec directory that holds a file', () => {
    expect(owners(single, '0043-x/spec.md')).toEqual(['spec:default/dir']);
    expect(owners(single, '0043-x/images/a.png')).toEqual(['spec:default/dir']);
  });

  it('picks the innermost spec directory', () => {
    expect(owners(single, '0043-x/sub/x.png')).toEqual(['spec:default/nested']);
    expect(owners(dir, 'sub/x.png')).toEqual(['spec:default/nested']);
  });

  it("leaves a directory spec's own files and images to it", () => {
    expect(owners(dir, 'images/a.png')).toEqual([]);
    expect(owners(dir, 'spec.md')).toEqual([]);
  });

  it('leaves files that no spec owns to the requester', () => {
    expect(owners(single, 'img/x.png')).toEqual([]);
    expect(owners(single, 'README.md')).toEqual([]);
  });

  it('finds owners from other sources on local disk by absolute root', () => {
    const fromAnnotation = spec(
      'annotated',
      '/repo/specs/0099-y',
      ['spec.md'],
      undefined,
      'specstage:file:/repo/specs/0099-y',
    );
    expect(owners(single, '0099-y/diagram.png', [fromAnnotation])).toEqual([
      'spec:default/annotated',
    ]);
  });

  it('finds owners within a url source by location, whatever the URL shape', () => {
    const tree = 'url:https://scm.example.com/o/r/-/tree/main/specs/';
    const managedBy = `specstage:${tree}`;
    const a = spec('a', tree, ['SPEC-1.md'], 'SPEC-1.md', managedBy);
    const b = spec(
      'b',
      'url:https://scm.example.com/o/r/-/tree/main/specs/002 x',
      ['spec.md'],
      '002 x',
      managedBy,
    );
    expect(owners(a, '002 x/spec.md', [a, b])).toEqual(['spec:default/b']);
    expect(owners(a, '002 x/d.png', [a, b])).toEqual(['spec:default/b']);
    expect(owners(a, 'other/d.png', [a, b])).toEqual([]);
  });
});

describe('fileOwnerFilter', () => {
  it('asks for the specs at the file and its folders, and local roots above it', () => {
    expect(fileOwnerFilter(single, '0043-x/sub/a.png')).toEqual([
      {
        kind: 'spec',
        'spec.location': ['0043-x/sub/a.png', '0043-x/sub', '0043-x'],
      },
      {
        kind: 'spec',
        'metadata.annotations.specstage.io/spec-root': [
          'file:/repo/specs/0043-x/sub',
          'file:/repo/specs/0043-x/sub/',
          'file:/repo/specs/0043-x',
          'file:/repo/specs/0043-x/',
          'file:/repo/specs',
          'file:/repo/specs/',
          'file:/repo',
          'file:/repo/',
        ],
      },
    ]);
  });

  it('resolves a directory spec location against its own folder', () => {
    expect(fileOwnerFilter(dir, 'a.png')?.[0]['spec.location']).toEqual([
      '0043-x/a.png',
      '0043-x',
    ]);
  });

  it('gives up on locations longer than the catalog indexes', () => {
    const deep = `${'d/'.repeat(MAX_FILTER_VALUE_LENGTH)}a.png`;
    expect(fileOwnerFilter(single, deep)).toBeUndefined();
  });

  it('leaves out local roots longer than the catalog indexes', () => {
    const longRoot = spec(
      'long',
      `/${'r'.repeat(MAX_FILTER_VALUE_LENGTH)}`,
      ['SPEC-1.md'],
      'SPEC-1.md',
    );
    expect(fileOwnerFilter(longRoot, 'x/a.png')).toEqual([
      { kind: 'spec', 'spec.location': ['x/a.png', 'x'] },
    ]);
  });
});
