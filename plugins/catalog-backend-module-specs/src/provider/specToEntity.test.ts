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
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { parseSpec } from '@specstage/plugin-specs-common';
import { specToEntity } from './specToEntity';

const integrations = ScmIntegrations.fromConfig(new ConfigReader({}));

const doc = (body: string) =>
  parseSpec([{ path: 'spec.md', content: body }], { location: '042-x' });

describe('specToEntity', () => {
  const source = {
    key: 'file:/repo/specs',
    type: 'file' as const,
    target: '/repo/specs',
    owner: 'platform',
    components: ['component:default/from-source'],
  };

  it('links only values that are entity refs or entity names', () => {
    const entity = specToEntity(
      {
        source,
        sourceRoot: 'file:/repo/specs',
        specPath: '042-x',
        layout: 'directory',
        doc: doc(
          [
            '# Spec: X',
            '',
            '**Spec ID**: SPEC-0042',
            '**Status**: Draft',
            '',
            '## Components Affected',
            '',
            '| Component | Change |',
            '| --- | --- |',
            '| `component:default/broker` | new |',
            '| Broker agent DaemonSet | new |',
            '| system:identity | updated |',
            '',
          ].join('\n'),
        ),
      },
      integrations,
    );
    const components = entity.spec!.components as string[];
    expect(components).toEqual([
      'component:default/broker',
      'component:default/from-source',
      'system:default/identity',
    ]);
    expect(components.some(c => /\s/.test(c))).toBe(false);
    expect(entity.spec!.owner).toBe('group:default/platform');
    expect(entity.metadata.annotations).toMatchObject({
      'backstage.io/managed-by-location': 'specstage:file:/repo/specs',
      'specstage.io/spec-root': 'file:/repo/specs/042-x',
    });
  });

  it('names the entity after its file, keeping the legacy name as an annotation', () => {
    const entity = specToEntity(
      {
        source,
        sourceRoot: 'file:/repo/specs',
        specPath: 'SPEC-0042-workload-identity-federation.md',
        layout: 'file',
        doc: doc('# Spec: X\n\n**Spec ID**: SPEC-0042\n**Status**: Draft\n'),
      },
      integrations,
    );
    expect(entity.metadata.name).toBe('spec-0042-workload-identity-federation');
    expect(entity.metadata.annotations?.['specstage.io/legacy-name']).toMatch(
      /^spec-0042-workload-identity-federation-[0-9a-f]{8}$/,
    );
  });
});
