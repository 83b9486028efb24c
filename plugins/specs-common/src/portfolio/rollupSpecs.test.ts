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

import { SpecEntity } from '../entity/SpecEntity';
import { portfolioSpecFromEntity } from './portfolioSpecFromEntity';
import { countSpecsByStatus, PortfolioSpec, rollupSpecs } from './rollupSpecs';

function spec(overrides: Partial<PortfolioSpec>): PortfolioSpec {
  return {
    entityRef: 'spec:default/x',
    title: 'X',
    status: 'draft',
    stale: false,
    systems: [],
    specifies: [],
    tasks: { done: 0, partial: 0, total: 0 },
    openClarifications: 0,
    review: [],
    ...overrides,
  };
}

describe('rollupSpecs', () => {
  const specs = [
    spec({
      entityRef: 'spec:default/a',
      status: 'in-progress',
      owner: 'group:default/platform',
      systems: ['system:default/edge', 'system:default/identity'],
      tasks: { done: 6, partial: 1, total: 13 },
      openClarifications: 2,
      review: [
        { persona: 'SRE', checked: 1, total: 5 },
        { persona: 'PM', checked: 4, total: 5 },
      ],
    }),
    spec({
      entityRef: 'spec:default/b',
      status: 'approved',
      owner: 'group:default/platform',
      systems: ['system:default/edge'],
      tasks: { done: 0, partial: 0, total: 9 },
      review: [{ persona: 'SRE', checked: 2, total: 2 }],
    }),
    spec({ entityRef: 'spec:default/c', status: 'in-progress' }),
  ];

  it('sums specs, progress, questions and review per persona by owner', () => {
    expect(rollupSpecs(specs, s => (s.owner ? [s.owner] : []))).toEqual([
      {
        key: 'group:default/platform',
        specs: 2,
        inProgress: 1,
        tasks: { done: 6, partial: 1, total: 22 },
        openClarifications: 2,
        review: [
          { persona: 'PM', checked: 4, total: 5 },
          { persona: 'SRE', checked: 3, total: 7 },
        ],
      },
      {
        key: '',
        specs: 1,
        inProgress: 1,
        tasks: { done: 0, partial: 0, total: 0 },
        openClarifications: 0,
        review: [],
      },
    ]);
  });

  it('sums persona headings that name one persona in one row', () => {
    const rows = rollupSpecs(
      [
        spec({
          review: [{ persona: 'Project Manager (PM)', checked: 4, total: 5 }],
        }),
        spec({ review: [{ persona: 'PM', checked: 1, total: 2 }] }),
        spec({
          review: [{ persona: 'project manager', checked: 0, total: 1 }],
        }),
        spec({
          review: [{ persona: 'Security & Compliance', checked: 3, total: 4 }],
        }),
        spec({
          review: [
            { persona: 'Security and compliance', checked: 1, total: 1 },
          ],
        }),
        spec({
          review: [{ persona: 'Platform Manager', checked: 1, total: 1 }],
        }),
      ],
      () => [],
    );
    expect(rows[0].review).toEqual([
      { persona: 'Platform Manager', checked: 1, total: 1 },
      { persona: 'Project Manager (PM)', checked: 5, total: 8 },
      { persona: 'Security & Compliance', checked: 4, total: 5 },
    ]);
  });

  it('counts a spec of two systems in each', () => {
    const rows = rollupSpecs(specs, s => s.systems);
    expect(rows.map(r => [r.key, r.specs, r.tasks.total])).toEqual([
      ['system:default/edge', 2, 22],
      ['', 1, 0],
      ['system:default/identity', 1, 13],
    ]);
  });

  it('counts specs by status', () => {
    expect(countSpecsByStatus(specs)).toEqual([
      { status: 'in-progress', count: 2 },
      { status: 'approved', count: 1 },
    ]);
  });
});

describe('portfolioSpecFromEntity', () => {
  const entity = {
    apiVersion: 'specstage.io/v1alpha1',
    kind: 'Spec',
    metadata: {
      name: 'wif-1a2b3c4d',
      namespace: 'default',
      title: 'Workload Identity Federation',
      annotations: {
        'backstage.io/managed-by-location': 'specstage:url:https://x/specs',
        'backstage.io/view-url': 'https://x/specs/SPEC-0042.md',
        'backstage.io/edit-url': 'https://x/edit/specs/SPEC-0042.md',
      },
    },
    spec: {
      specId: 'SPEC-0042',
      status: { value: 'in-progress', stale: false },
      counts: {
        userStories: 3,
        requirements: 5,
        successCriteria: 2,
        tasks: { done: 6, partial: 1, total: 13 },
        review: { checked: 10, total: 18 },
        openClarifications: 2,
      },
      review: [{ persona: 'SRE', checked: 1, total: 5 }],
      location: 'SPEC-0042.md',
    },
    relations: [
      { type: 'ownedBy', targetRef: 'group:default/security-team' },
      { type: 'specifies', targetRef: 'component:default/broker' },
      { type: 'specifies', targetRef: 'system:default/identity' },
      { type: 'specifies', targetRef: 'component:default/orphan' },
      { type: 'references', targetRef: 'spec:default/other' },
    ],
  } as unknown as SpecEntity;

  it('reads counts, links, owner and systems (direct or through components)', () => {
    const systems: Record<string, string> = {
      'component:default/broker': 'system:default/identity',
    };
    expect(portfolioSpecFromEntity(entity, ref => systems[ref])).toEqual({
      entityRef: 'spec:default/wif-1a2b3c4d',
      title: 'Workload Identity Federation',
      specId: 'SPEC-0042',
      status: 'in-progress',
      stale: false,
      owner: 'group:default/security-team',
      systems: ['system:default/identity'],
      specifies: [
        'component:default/broker',
        'component:default/orphan',
        'system:default/identity',
      ],
      tasks: { done: 6, partial: 1, total: 13 },
      openClarifications: 2,
      review: [{ persona: 'SRE', checked: 1, total: 5 }],
      source: 'specstage:url:https://x/specs',
      viewUrl: 'https://x/specs/SPEC-0042.md',
      editUrl: 'https://x/edit/specs/SPEC-0042.md',
      location: 'SPEC-0042.md',
    });
  });

  it('degrades to zeros for an entity without counts', () => {
    const bare = {
      apiVersion: 'specstage.io/v1alpha1',
      kind: 'Spec',
      metadata: { name: 'bare' },
      spec: {},
    } as unknown as SpecEntity;
    expect(portfolioSpecFromEntity(bare, () => undefined)).toEqual({
      entityRef: 'spec:default/bare',
      title: 'bare',
      status: 'unknown',
      stale: false,
      systems: [],
      specifies: [],
      tasks: { done: 0, partial: 0, total: 0 },
      openClarifications: 0,
      review: [],
    });
  });
});
