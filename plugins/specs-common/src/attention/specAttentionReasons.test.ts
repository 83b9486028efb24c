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

import { DEFAULT_SPEC_ATTENTION_OPTIONS } from './SpecAttention';
import { findDuplicateSpecIds } from './findDuplicateSpecIds';
import { rankSpecAttention } from './rankSpecAttention';
import {
  SpecAttentionInput,
  specAttentionReasons,
} from './specAttentionReasons';

const TODAY = '2026-12-01';

function input(overrides: Partial<SpecAttentionInput>): SpecAttentionInput {
  return {
    status: 'in-progress',
    stale: false,
    tasks: { done: 2, partial: 0, total: 10 },
    openClarifications: 0,
    review: [],
    specifies: ['component:default/a'],
    history: { tasksChangedOn: TODAY },
    ...overrides,
  };
}

const kinds = (spec: SpecAttentionInput) =>
  specAttentionReasons(spec, DEFAULT_SPEC_ATTENTION_OPTIONS, TODAY).map(
    r => r.kind,
  );

describe('specAttentionReasons', () => {
  it('finds nothing in a healthy spec', () => {
    expect(kinds(input({}))).toEqual([]);
  });

  it("reports a stale status with the parser's reason", () => {
    const [reason] = specAttentionReasons(
      input({
        status: 'in-review',
        stale: true,
        staleReason: 'All 9 tasks are done but the status is "In Review"',
        tasks: { done: 9, partial: 0, total: 9 },
      }),
      DEFAULT_SPEC_ATTENTION_OPTIONS,
      TODAY,
    );
    expect(reason).toEqual({
      kind: 'stale-status',
      weight: 40,
      message: 'All 9 tasks are done but the status is "In Review"',
    });
  });

  it('reports no progress from the day a task was last ticked', () => {
    const stuck = input({ history: { tasksChangedOn: '2026-11-10' } });
    const [reason] = specAttentionReasons(
      stuck,
      DEFAULT_SPEC_ATTENTION_OPTIONS,
      TODAY,
    );
    expect(reason).toMatchObject({
      kind: 'no-progress',
      days: 21,
      message: 'In progress, but no task ticked for 21 days (2 of 10 done)',
    });
    // One day short of the threshold, finished, or not in progress: nothing.
    expect(kinds(input({ history: { tasksChangedOn: '2026-11-18' } }))).toEqual(
      [],
    );
    expect(kinds(input({ history: { tasksChangedOn: '2026-11-17' } }))).toEqual(
      ['no-progress'],
    );
    expect(
      kinds({ ...stuck, tasks: { done: 10, partial: 0, total: 10 } }),
    ).toEqual([]);
    expect(kinds({ ...stuck, status: 'approved' })).toEqual([]);
    // Without history there is no clock.
    expect(kinds({ ...stuck, history: undefined })).toEqual([]);
  });

  it('reports clarifications open for too long', () => {
    const open = input({
      openClarifications: 2,
      history: { tasksChangedOn: TODAY, clarificationsOpenSince: '2026-11-01' },
    });
    expect(
      specAttentionReasons(open, DEFAULT_SPEC_ATTENTION_OPTIONS, TODAY)[0],
    ).toMatchObject({
      kind: 'old-clarifications',
      days: 30,
      message: '2 clarifications open for 30 days',
    });
    expect(kinds({ ...open, status: 'done' })).toEqual([]);
    expect(kinds({ ...open, status: 'draft' })).toEqual(['old-clarifications']);
  });

  it('reports reviews below the threshold while in progress', () => {
    const behind = input({
      review: [
        { persona: 'PM', checked: 4, total: 5 },
        { persona: 'SRE', checked: 1, total: 5 },
        { persona: 'Security', checked: 1, total: 2 },
        { persona: 'Empty', checked: 0, total: 0 },
      ],
    });
    expect(
      specAttentionReasons(behind, DEFAULT_SPEC_ATTENTION_OPTIONS, TODAY),
    ).toEqual([
      {
        kind: 'review-behind',
        weight: 20,
        personas: [{ persona: 'SRE', checked: 1, total: 5 }],
        message: 'In progress while a review is below 50%: SRE 20%',
      },
    ]);
    expect(kinds({ ...behind, status: 'approved' })).toEqual([]);
  });

  it('reports duplicate ids and specs linked to nothing', () => {
    const reasons = specAttentionReasons(
      input({
        specId: 'SPEC-0007',
        duplicates: ['spec:default/y', 'spec:default/x'],
        specifies: [],
      }),
      DEFAULT_SPEC_ATTENTION_OPTIONS,
      TODAY,
    );
    expect(reasons).toEqual([
      {
        kind: 'duplicate-id',
        weight: 35,
        message: 'SPEC-0007 is also the id of 2 other specs in the same source',
        duplicates: ['spec:default/x', 'spec:default/y'],
      },
      {
        kind: 'no-component',
        weight: 10,
        message: 'Linked to no component or system',
      },
    ]);
    expect(kinds(input({ specifies: [], status: 'superseded' }))).toEqual([]);
  });

  it('follows the configured thresholds', () => {
    const spec = input({
      history: { tasksChangedOn: '2026-11-28' },
      review: [{ persona: 'SRE', checked: 4, total: 5 }],
    });
    expect(
      specAttentionReasons(
        spec,
        { noProgressDays: 3, clarificationDays: 1, reviewThreshold: 0.9 },
        TODAY,
      ).map(r => r.kind),
    ).toEqual(['no-progress', 'review-behind']);
  });
});

describe('findDuplicateSpecIds', () => {
  it('pairs specs with one id in one source, not across sources', () => {
    const duplicates = findDuplicateSpecIds([
      { entityRef: 'spec:default/a', specId: 'SPEC-1', source: 'repo-1' },
      { entityRef: 'spec:default/b', specId: 'SPEC-1', source: 'repo-1' },
      { entityRef: 'spec:default/c', specId: 'SPEC-1', source: 'repo-2' },
      { entityRef: 'spec:default/d', specId: 'SPEC-2', source: 'repo-1' },
      { entityRef: 'spec:default/e', source: 'repo-1' },
      { entityRef: 'spec:default/f', source: 'repo-1' },
    ]);
    expect([...duplicates.entries()]).toEqual([
      ['spec:default/a', ['spec:default/b']],
      ['spec:default/b', ['spec:default/a']],
    ]);
  });
});

describe('rankSpecAttention', () => {
  it('keeps specs with reasons, highest score first, then by key', () => {
    const reason = (weight: number) => ({
      kind: 'no-component' as const,
      message: '',
      weight,
    });
    const ranked = rankSpecAttention(
      [
        { spec: { ref: 'b' }, reasons: [reason(10)] },
        { spec: { ref: 'ok' }, reasons: [] },
        { spec: { ref: 'c' }, reasons: [reason(30.4), reason(10)] },
        { spec: { ref: 'a' }, reasons: [reason(10)] },
      ],
      s => s.ref,
    );
    expect(ranked.map(r => [r.ref, r.score])).toEqual([
      ['c', 40],
      ['a', 10],
      ['b', 10],
    ]);
  });
});
