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
import { createMockDirectory } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import fs from 'node:fs';
import {
  isInsideOrEqual,
  readConfiguredSources,
  sourceFromAnnotation,
} from './resolveSources';

const integrations = ScmIntegrations.fromConfig(new ConfigReader({}));
const mockDir = createMockDirectory();

function component(location: string, specLocation: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'svc',
      annotations: {
        'backstage.io/managed-by-location': location,
        'specstage.io/spec-location': specLocation,
      },
    },
    spec: { owner: 'group:default/team' },
  };
}

describe('sourceFromAnnotation', () => {
  beforeEach(() => {
    mockDir.setContent({
      outside: {
        specs: { '0001-secret': { 'spec.md': '# SPEC-0001: Secret\n' } },
        'secret.md': '# Secret\n',
      },
      repo: {
        'catalog-info.yaml': '',
        'real-specs': { '0002-x': { 'spec.md': '# SPEC-0002\n' } },
        specs: {
          'linked-dir': ctx => ctx.symlink(mockDir.resolve('outside/specs')),
          'linked.md': ctx => ctx.symlink(mockDir.resolve('outside/secret.md')),
          alias: ctx => ctx.symlink(mockDir.resolve('repo/real-specs')),
        },
      },
    });
  });
  const location = () => `file:${mockDir.resolve('repo/catalog-info.yaml')}`;

  it('resolves a relative location against the entity file', () => {
    const source = sourceFromAnnotation(
      component(location(), './real-specs'),
      integrations,
    );
    expect(source).toEqual({
      key: `file:${mockDir.resolve('repo/real-specs')}`,
      type: 'file',
      target: mockDir.resolve('repo/real-specs'),
      confineTo: mockDir.resolve('repo'),
      owner: 'group:default/team',
      components: ['component:default/svc'],
    });
  });

  it('rejects a location that leaves the directory of the entity file', () => {
    for (const value of ['../outside/specs', '/etc']) {
      expect(() =>
        sourceFromAnnotation(component(location(), value), integrations),
      ).toThrow(/must be relative|points outside/);
    }
  });

  describe('attack: spec-location escapes its folder through a symlink', () => {
    it.each([
      './specs/linked-dir',
      './specs/linked.md',
      'specs/linked-dir/0001-secret',
    ])('rejects %s', value => {
      expect(() =>
        sourceFromAnnotation(component(location(), value), integrations),
      ).toThrow(/is a symbolic link that leads outside/);
    });

    it('accepts a symlink that stays inside the folder', () => {
      const source = sourceFromAnnotation(
        component(location(), './specs/alias'),
        integrations,
      );
      expect(fs.realpathSync(source.target)).toBe(
        fs.realpathSync(mockDir.resolve('repo/real-specs')),
      );
    });

    it('leaves a location that does not exist yet to the reader', () => {
      expect(
        sourceFromAnnotation(
          component(location(), './specs/later'),
          integrations,
        ).target,
      ).toBe(mockDir.resolve('repo/specs/later'));
    });
  });
});

describe('readConfiguredSources', () => {
  it('confines a local source to its own target', () => {
    const [source] = readConfiguredSources(
      new ConfigReader({
        catalog: {
          providers: { specs: { sources: [{ target: '/srv/specs' }] } },
        },
      }),
    );
    expect(source).toMatchObject({
      type: 'file',
      target: '/srv/specs',
      confineTo: '/srv/specs',
    });
  });
});

describe('isInsideOrEqual', () => {
  it('compares whole path segments', () => {
    expect(isInsideOrEqual('/a/b', '/a/b')).toBe(true);
    expect(isInsideOrEqual('/a/b', '/a/b/c')).toBe(true);
    expect(isInsideOrEqual('/a/b', '/a/bc')).toBe(false);
    expect(isInsideOrEqual('/a/b', '/a')).toBe(false);
    expect(isInsideOrEqual('/a/b', '/a/b/../c')).toBe(false);
  });
});
