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

import { entityKindSchemaValidator, Entity } from '@backstage/catalog-model';
import { parseFixture } from '../__testUtils__/fixtures';
import { parseSpec } from '../parseSpec/parseSpec';
import {
  isSpecEntity,
  readSpecEntity,
  SPEC_ENTITY_API_VERSION,
  SPEC_ENTITY_KIND,
  SpecEntity,
} from './SpecEntity';
import { specEntityV1alpha1Schema } from './specEntitySchema';
import { toSpecEntitySpec } from './toSpecEntitySpec';

const validate = entityKindSchemaValidator(specEntityV1alpha1Schema);

function entity(spec: unknown): Entity {
  return {
    apiVersion: SPEC_ENTITY_API_VERSION,
    kind: SPEC_ENTITY_KIND,
    metadata: { name: 'spec-0000' },
    spec: spec as Entity['spec'],
  };
}

describe('Spec entity', () => {
  it('summarizes a parsed spec compactly', () => {
    const doc = parseFixture(
      'corpus/2026-08-three-artifacts/docs/specs/done/2026-Q3/012-kvstore-composition-replace-bitnami',
    );
    expect(toSpecEntitySpec(doc)).toEqual({
      specId: 'SPEC-012',
      sortKey: 'SPEC-012',
      type: 'composition',
      format: 'cnref',
      status: {
        raw: 'draft',
        value: 'draft',
        stale: true,
        staleReason:
          'The spec is archived under "done/" but its status is "draft"',
      },
      components: [],
      created: '2026-07-20',
      updated: '2026-07-20',
      template: false,
      counts: {
        userStories: 3,
        requirements: 9,
        successCriteria: 7,
        tasks: { done: 0, partial: 0, total: 10 },
        review: { checked: 20, total: 20 },
        openClarifications: 0,
        templatePrompts: 0,
      },
      phases: [
        {
          title: 'Phase 1 — PR 1: composition (FR-001..004, FR-008, FR-009)',
          done: 0,
          partial: 0,
          total: 5,
        },
        {
          title: 'Phase 2 — PR 2: consumers (FR-005, FR-006, FR-007)',
          done: 0,
          partial: 0,
          total: 4,
        },
        { title: 'Phase 3 — post-merge', done: 0, partial: 0, total: 1 },
      ],
      review: [
        { persona: 'Project Manager', checked: 5, total: 5 },
        { persona: 'Platform Engineer', checked: 5, total: 5 },
        { persona: 'Security & Compliance', checked: 5, total: 5 },
        { persona: 'SRE', checked: 5, total: 5 },
      ],
      diagnostics: { errors: 0, warnings: 1, infos: 0 },
      files: [
        'spec.md',
        'plan.md',
        'clarifications.md',
        'VERIFICATION.md',
        'SUMMARY.md',
      ],
      progress: {
        percent: 0,
        order: '000',
        currentPhase:
          'Phase 1 — PR 1: composition (FR-001..004, FR-008, FR-009)',
        nextTask: {
          id: 'T001',
          state: 'todo',
          text: expect.stringMatching(
            /^`flux\/sources\/helmrepo-valkey\.yaml`.*…$/,
          ),
        },
      },
    });
  });

  it('validates entities built from every fixture with the kind schema', () => {
    for (const fixture of [
      'corpus/2026-01-typed-templates/docs/specs/completed/0000-#0-eks-pod-identity-composition.md',
      'corpus/2026-01-typed-templates/docs/specs/templates/spec-platform-capability.md',
      'corpus/2026-04-four-artifacts/docs/specs/done/2024-Q1/0000-eks-pod-identity',
      'corpus/2026-08-three-artifacts/docs/specs/008-app-wizard-self-service-ui',
      'spec-kit/001-photo-albums',
    ]) {
      const result = validate(entity(toSpecEntitySpec(parseFixture(fixture))));
      expect([fixture, (result as Entity).kind]).toEqual([
        fixture,
        SPEC_ENTITY_KIND,
      ]);
    }
    const broken = parseSpec([{ path: 'x.md', content: '\u0000' }]);
    expect(validate(entity(toSpecEntitySpec(broken)))).toBeTruthy();
  });

  it('rejects specs of the wrong shape and ignores other kinds', () => {
    const good = toSpecEntitySpec(
      parseSpec([
        { path: 'spec.md', content: '# Spec: X\n**Status**: draft\n' },
      ]),
    );
    expect(() => validate(entity({ ...good, extra: 1 }))).toThrow();
    expect(() =>
      validate(entity({ ...good, status: { value: 'banana', stale: false } })),
    ).toThrow();
    const { counts: _counts, ...missing } = good;
    expect(() => validate(entity(missing))).toThrow();
    expect(() =>
      validate(entity({ ...good, created: '15/01/2024' })),
    ).toThrow();
    expect(validate({ ...entity(good), kind: 'Component' })).toBe(false);
  });

  it('recognises Spec entities', () => {
    const spec = entity({}) as SpecEntity;
    expect(isSpecEntity(spec)).toBe(true);
    expect(isSpecEntity({ ...spec, kind: 'spec' })).toBe(true);
    expect(isSpecEntity({ ...spec, apiVersion: 'backstage.io/v1alpha1' })).toBe(
      false,
    );
    expect(isSpecEntity({ ...spec, kind: 'Component' })).toBe(false);
    expect(isSpecEntity(undefined)).toBe(false);
    // Fetched with `fields` that leave out the apiVersion: judged by kind.
    expect(isSpecEntity({ kind: 'spec' })).toBe(true);
    expect(isSpecEntity({ kind: 'spec', apiVersion: 'specstage.io/v1' })).toBe(
      true,
    );
  });

  it('reads a Spec entity with every part present', () => {
    const read = readSpecEntity({
      apiVersion: 'specstage.io/v1alpha1',
      kind: 'Spec',
      metadata: { name: 'x' },
      spec: { counts: { tasks: { done: 1, partial: 0, total: 2 } } },
    });
    expect(read?.spec.status).toEqual({ value: 'unknown', stale: false });
    expect(read?.spec.counts.tasks).toEqual({ done: 1, partial: 0, total: 2 });
    expect(read?.spec.counts.review).toEqual({ checked: 0, total: 0 });
    expect(read?.spec.phases).toEqual([]);
    expect(read?.spec.files).toEqual([]);
    // Unknown, not zero: ingested before template prompts were counted.
    expect('templatePrompts' in read!.spec.counts).toBe(false);
    expect(
      readSpecEntity({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'x' },
        spec: {},
      }),
    ).toBeUndefined();
  });
});
