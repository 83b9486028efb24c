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
import { assignSpecEntityNames } from './assignSpecEntityNames';
import {
  legacySpecEntityName,
  specEntityName,
} from '@specstage/plugin-specs-node';

function entity(identity: string, specId?: string): Entity {
  return {
    apiVersion: 'specstage.io/v1alpha1',
    kind: 'Spec',
    metadata: {
      name: specEntityName(identity, { specId }),
      annotations: {
        'specstage.io/legacy-name': legacySpecEntityName(identity),
      },
    },
  };
}

describe('assignSpecEntityNames', () => {
  it('keeps readable names that no other spec claims', () => {
    const entities = [
      entity('file:/a/specs/001-user-auth', 'SPEC-001'),
      entity('file:/a/specs/002-billing', 'SPEC-002'),
    ];
    assignSpecEntityNames(entities);
    expect(entities.map(e => e.metadata.name)).toEqual([
      'spec-001-user-auth',
      'spec-002-billing',
    ]);
    expect(entities[0].metadata.annotations!['specstage.io/base-name']).toBe(
      'spec-001-user-auth',
    );
  });

  it('disambiguates every spec of a collision, whatever the order', () => {
    const a = () => entity('file:/repo-a/specs/001-user-auth', 'SPEC-001');
    const b = () => entity('file:/repo-b/specs/001-user-auth', 'SPEC-001');
    const first = [a(), b()];
    const second = [b(), a()];
    assignSpecEntityNames(first);
    assignSpecEntityNames(second);
    const names = first.map(e => e.metadata.name);
    expect(new Set(names).size).toBe(2);
    for (const name of names) {
      expect(name).toMatch(/^spec-001-user-auth-[0-9a-f]{8}$/);
    }
    expect(second.map(e => e.metadata.name).reverse()).toEqual(names);
    // The readable name stays findable.
    expect(
      first.map(e => e.metadata.annotations!['specstage.io/base-name']),
    ).toEqual(['spec-001-user-auth', 'spec-001-user-auth']);
  });

  it('gives a spec its readable name back once the collision is gone', () => {
    const entities = [entity('file:/repo-a/specs/001-user-auth', 'SPEC-001')];
    entities[0].metadata.annotations!['specstage.io/base-name'] =
      'spec-001-user-auth';
    entities[0].metadata.name = 'spec-001-user-auth-0123abcd';
    assignSpecEntityNames(entities);
    expect(entities[0].metadata.name).toBe('spec-001-user-auth');
  });
});
