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

import { ReactNode } from 'react';
import { Entity } from '@backstage/catalog-model';
import { TestApiProvider, wrapInTestApp } from '@backstage/test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { renderHook, waitFor } from '@testing-library/react';
import { parseSpec } from '@specstage/plugin-specs-common';
import { sourceUrlOf, useSpecLinks } from './useSpecLinks';

function spec(
  name: string,
  root: string,
  files: string[],
  extra: { specId?: string; location?: string; source?: string } = {},
): Entity {
  return {
    apiVersion: 'specstage.io/v1alpha1',
    kind: 'Spec',
    metadata: {
      name,
      namespace: 'default',
      title: name,
      annotations: {
        'specstage.io/spec-root': root,
        'backstage.io/managed-by-location':
          extra.source ?? 'specstage:file:/repo/specs',
      },
    },
    spec: { files, specId: extra.specId, location: extra.location },
  };
}

const self = spec('spec-0042-x', 'file:/repo/specs', ['SPEC-0042-x.md'], {
  specId: 'SPEC-0042',
});
const other = spec(
  'spec-0043-y',
  'file:/repo/specs/0043-y',
  ['spec.md', 'plan.md'],
  {
    specId: 'SPEC-0043',
  },
);
const kit = spec('spec-003-auth', 'file:/repo/specs/003-auth', ['spec.md'], {
  specId: 'SPEC-003',
  location: 'specs/003-auth',
});

function renderLinks(entity: Entity, markdown: string, entities: Entity[]) {
  const catalogApi = catalogApiMock({ entities });
  const wrapper = ({ children }: { children: ReactNode }) =>
    wrapInTestApp(
      <TestApiProvider apis={[[catalogApiRef, catalogApi]]}>
        {children}
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
  // One files array for every render, as a loaded document gives it.
  const files = [
    {
      path: entity === self ? 'SPEC-0042-x.md' : 'spec.md',
      role: 'spec' as const,
      markdown,
    },
  ];
  // The document as the backend sends it: parsed by the one parser, whose
  // files[].links say, through specLinkedFiles, which link targets may be other specs.
  const loaded = {
    files,
    document: parseSpec(
      files.map(f => ({ path: f.path, content: f.markdown })),
    ),
  };
  return renderHook(
    () =>
      useSpecLinks(
        entity,
        loaded,
        'http://backend/api/specs/v1/entities/default/x/files/',
      ),
    { wrapper },
  );
}

describe('useSpecLinks', () => {
  const markdown = [
    '[y](./0043-y/spec.md) [plan](0043-y/plan.md#phase-1) [gone](./0099-z/spec.md)',
    '[img](diagram.pdf) and SPEC-0043, SPEC-0044 and 003-auth',
  ].join('\n');

  it("sends a link to another spec's file to that spec's page, at the anchor", async () => {
    const { result } = renderLinks(self, markdown, [self, other, kit]);
    await waitFor(() =>
      expect(result.current.resolvePath({ path: '0043-y/spec.md' })).toEqual({
        type: 'href',
        href: '/catalog/default/spec/spec-0043-y',
        title: 'SPEC-0043 — spec-0043-y',
      }),
    );
    expect(
      result.current.resolvePath({
        path: '0043-y/plan.md',
        fragment: 'phase-1',
      }),
    ).toMatchObject({ href: '/catalog/default/spec/spec-0043-y#phase-1' });
  });

  it('fetches an attachment with credentials and marks what leads nowhere as broken', async () => {
    const { result } = renderLinks(self, markdown, [self, other]);
    await waitFor(() =>
      expect(
        result.current.resolvePath({ path: '0099-z/spec.md' }),
      ).toMatchObject({
        type: 'file',
      }),
    );
    expect(result.current.resolvePath({ path: 'diagram.pdf' })).toEqual({
      type: 'file',
      href: 'http://backend/api/specs/v1/entities/default/x/files/diagram.pdf',
    });
    expect(
      result.current.resolvePath({ path: '../elsewhere.md' }),
    ).toMatchObject({
      type: 'broken',
    });
  });

  it('links spec ids mentioned in the text when the spec exists', async () => {
    const { result } = renderLinks(self, markdown, [self, other, kit]);
    await waitFor(() =>
      expect(result.current.resolveMention!('SPEC-0043')).toEqual({
        href: '/catalog/default/spec/spec-0043-y',
        title: 'SPEC-0043 — spec-0043-y',
      }),
    );
    expect(result.current.resolveMention!('SPEC-0044')).toBeUndefined();
    expect(result.current.resolveMention!('003-auth')).toMatchObject({
      href: '/catalog/default/spec/spec-003-auth',
    });
  });

  it('prefers the spec of the same source when an id repeats across repositories', async () => {
    const elsewhere = spec(
      'spec-0043-other',
      'url:https://github.com/o/r/tree/main/specs/0043',
      ['spec.md'],
      {
        specId: 'SPEC-0043',
        source: 'specstage:url:https://github.com/o/r/tree/main/specs',
      },
    );
    const { result } = renderLinks(self, markdown, [self, other, elsewhere]);
    await waitFor(() =>
      expect(result.current.resolveMention!('SPEC-0043')).toMatchObject({
        href: '/catalog/default/spec/spec-0043-y',
      }),
    );
  });

  it('opens files of a repository spec that are no spec in the SCM', async () => {
    const scm = spec(
      'spec-0050-s',
      'url:https://github.com/o/r/tree/main/docs/specs/0050-s',
      ['spec.md'],
    );
    const { result } = renderLinks(scm, '[c](../../constitution.md#rules)', [
      scm,
    ]);
    await waitFor(() =>
      expect(
        result.current.resolvePath({
          path: '../../constitution.md',
          fragment: 'rules',
        }),
      ).toEqual({
        type: 'href',
        href: 'https://github.com/o/r/tree/main/docs/constitution.md#rules',
        external: true,
      }),
    );
    expect(sourceUrlOf(scm, 'spec.md', 12)).toBe(
      'https://github.com/o/r/tree/main/docs/specs/0050-s/spec.md#L12',
    );
    expect(sourceUrlOf(self, 'SPEC-0042-x.md', 12)).toBeUndefined();
  });
});
