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

import { Entity } from '@backstage/catalog-model';
import { readSpecSource } from './readSpecSource';

function specEntity(overrides: {
  kind?: string;
  annotations?: Record<string, string>;
  spec?: Record<string, unknown>;
}): Entity {
  return {
    apiVersion: 'specstage.io/v1alpha1',
    kind: overrides.kind ?? 'Spec',
    metadata: {
      name: 'Foo',
      namespace: 'Team-A',
      etag: 'e1',
      annotations: {
        'backstage.io/managed-by-location': 'specstage:src',
        'backstage.io/managed-by-origin-location': 'specstage:src',
        'specstage.io/spec-root': 'file:/srv/specs/foo',
        ...overrides.annotations,
      },
    },
    spec: { files: ['spec.md', 'plan.md'], location: 'foo', ...overrides.spec },
  };
}

describe('readSpecSource', () => {
  it('reads a managed spec', () => {
    expect(readSpecSource(specEntity({}))).toEqual({
      entityRef: 'spec:team-a/foo',
      entityEtag: 'e1',
      root: { type: 'file', dir: '/srv/specs/foo' },
      files: ['spec.md', 'plan.md'],
      location: 'foo',
      managedBy: 'specstage:src',
    });
  });

  it('treats url roots as directories', () => {
    const source = readSpecSource(
      specEntity({
        annotations: {
          'specstage.io/spec-root':
            'url:https://github.com/o/r/tree/main/docs/specs/foo',
        },
      }),
    );
    expect(source.root).toEqual({
      type: 'url',
      url: 'https://github.com/o/r/tree/main/docs/specs/foo/',
    });
  });

  it.each([
    ['another kind', { kind: 'Component' }],
    [
      'a location not managed by specstage',
      {
        annotations: {
          'backstage.io/managed-by-location': 'url:https://example.com/x.yaml',
        },
      },
    ],
    [
      'an origin not managed by specstage',
      {
        annotations: {
          'backstage.io/managed-by-origin-location': 'file:/tmp/x.yaml',
        },
      },
    ],
    ['no root', { annotations: { 'specstage.io/spec-root': '' } }],
    [
      'a relative file root',
      { annotations: { 'specstage.io/spec-root': 'file:rel/dir' } },
    ],
    [
      'a root of another scheme',
      { annotations: { 'specstage.io/spec-root': 'url:ftp://example.com/x/' } },
    ],
  ])('hides %s', (_name, overrides) => {
    expect(() => readSpecSource(specEntity(overrides))).toThrow(
      expect.objectContaining({ name: 'NotFoundError' }),
    );
  });
});
