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

import { lintSpecs } from '../lint/lintSpecs';
import { summarizeSpec } from '../summarizeSpec';
import { parseFixture } from '../__testUtils__/fixtures';

// Real OpenSpec trees of two teams (__fixtures__/openspec-wild, sources in
// its SOURCES.md). Counts were taken by hand (one `### Requirement:` per
// requirement, one box per task line) and agree with `openspec list --json`
// and `openspec list --specs --json` (see scripts/openspecOracle.ts).

const ROOT = 'openspec-wild/openspec';

describe('OpenSpec fixtures', () => {
  it('reads a capability spec: requirements by name, with their scenarios', () => {
    const doc = parseFixture(`${ROOT}/specs/cli-list`);
    expect(doc.format).toBe('openspec');
    expect(doc.type).toBe('capability');
    expect(doc.openspec).toEqual({ kind: 'capability', name: 'cli-list' });
    expect(doc.title).toBe('List Command Specification');
    expect(doc.status).toEqual({ value: 'implemented', stale: false });
    expect(doc.summary).toMatch(/^The `openspec list` command SHALL provide/);
    expect(doc.id).toBeUndefined();
    expect(
      doc.requirements.map(r => [r.id, r.name, r.level, r.scenarios?.length]),
    ).toEqual([
      ['cli-list/command-execution', 'Command Execution', 'MUST', 2],
      ['cli-list/task-counting', 'Task Counting', 'MUST', 1],
      ['cli-list/output-format', 'Output Format', 'MUST', 2],
      ['cli-list/flags', 'Flags', 'MUST', 2],
      ['cli-list/empty-state', 'Empty State', 'MUST', 1],
      ['cli-list/error-handling', 'Error Handling', 'MUST', 1],
      ['cli-list/sorting', 'Sorting', 'MUST', 1],
    ]);
    expect(doc.requirements[1].text).toBe(
      'The command SHALL accurately count task completion status using standard markdown checkbox patterns.',
    );
    expect(doc.requirements[0].scenarios![0]).toMatchObject({
      name: 'Scanning for changes (default)',
      steps: [
        '**WHEN** `openspec list` is executed without flags',
        '**THEN** scan the `openspec/changes/` directory for change directories',
        '**AND** exclude the `archive/` subdirectory from results',
        "**AND** parse each change's `tasks.md` file to count task completion",
      ],
    });
    expect(summarizeSpec(doc).requirements).toBe(7);
    expect(summarizeSpec(doc).tasks).toEqual({ done: 0, partial: 0, total: 0 });
    // No template rules (status, user stories, FR ids) for OpenSpec.
    expect(doc.diagnostics).toEqual([]);
  });

  it('reads an active change: proposal, tasks and its delta', () => {
    const doc = parseFixture(`${ROOT}/changes/add-cli-man-page`);
    expect(doc.format).toBe('openspec');
    expect(doc.type).toBe('change');
    expect(doc.title).toBe('Ship an offline man page');
    expect(doc.summary).toMatch(/^`man openspec` finds nothing\./);
    // Every task done but not archived yet: implemented, ready to archive.
    expect(doc.status).toEqual({ value: 'implemented', stale: false });
    expect(doc.completed).toBeUndefined();
    expect(summarizeSpec(doc).tasks).toEqual({
      done: 10,
      partial: 0,
      total: 10,
    });
    expect(doc.phases.map(p => [p.title, p.tasks.length])).toEqual([
      ['1. Render the manual from the CLI', 5],
      ['2. Generate and ship it', 3],
      ['3. Say where it is', 2],
    ]);
    expect(doc.phases[0].tasks[0]).toMatchObject({
      id: '1.1',
      state: 'done',
      text: 'Walk the commander tree through its public Help API, so hidden commands stay hidden',
    });
    expect(doc.openspec).toEqual({
      kind: 'change',
      name: 'add-cli-man-page',
      capabilities: ['cli-man-page'],
      deltas: [
        {
          operation: 'added',
          capability: 'cli-man-page',
          requirement: 'Packaged Manual Page',
          requirementId: 'cli-man-page/packaged-manual-page',
          file: 'specs/cli-man-page/spec.md',
          line: 3,
        },
      ],
    });
    expect(
      doc.requirements.map(r => [r.id, r.delta, r.scenarios?.length]),
    ).toEqual([['cli-man-page/packaged-manual-page', 'added', 3]]);
    expect(doc.diagnostics).toEqual([]);
  });

  it('reads an archived change as done, on the date of its directory', () => {
    const doc = parseFixture(
      `${ROOT}/changes/archive/2025-11-25-add-list-json-output`,
    );
    expect(doc.type).toBe('change');
    expect(doc.title).toBe('Add list json output');
    expect(doc.status).toEqual({ value: 'done', stale: false });
    expect(doc.completed).toBe('2025-11-25');
    // The archive date is no spec number.
    expect(doc.id).toBeUndefined();
    expect(doc.openspec).toMatchObject({
      kind: 'change',
      name: 'add-list-json-output',
      archived: true,
      capabilities: ['cli-list'],
    });
    expect(
      doc.openspec!.deltas!.map(d => [d.operation, d.requirement]),
    ).toEqual([['modified', 'Output Format']]);
    expect(summarizeSpec(doc).tasks).toEqual({
      done: 11,
      partial: 0,
      total: 11,
    });
  });

  it("reads another team's change: bold task ids, a legend of boxes", () => {
    const doc = parseFixture(
      `${ROOT}/changes/v20260305-dev-machine-management`,
    );
    expect(doc.title).toBe('V20260305 dev machine management');
    expect(doc.status).toEqual({ value: 'in-progress', stale: false });
    // As `openspec list` counts: every box of tasks.md, the two boxes of the
    // legend ("- [ ] 未开始", "- [x] 已完成") included.
    expect(summarizeSpec(doc).tasks).toEqual({
      done: 10,
      partial: 0,
      total: 16,
    });
    expect(
      doc.requirements.map(r => [r.name, r.delta, r.scenarios?.length]),
    ).toEqual([
      ['User can login with username and password', 'added', 2],
      ['User can logout', 'added', 1],
      ['Dynamic page titles', 'added', 1],
    ]);
    expect(doc.openspec?.capabilities).toEqual(['user-auth']);
  });

  it('lints a MODIFIED requirement the capability does not have', () => {
    const capability = parseFixture(`${ROOT}/specs/cli-list`);
    const change = parseFixture(`${ROOT}/changes/add-cli-man-page`);
    const archived = parseFixture(
      `${ROOT}/changes/archive/2025-11-25-add-list-json-output`,
    );
    // The archived change modified `Output Format`, which cli-list has, and
    // archived changes are history anyway; the active one only adds.
    expect(lintSpecs([capability, change, archived])).toEqual([]);
    const renamed = {
      ...archived,
      location: 'openspec/changes/rename-output',
      openspec: {
        ...archived.openspec!,
        archived: undefined,
        deltas: [
          {
            operation: 'modified' as const,
            capability: 'cli-list',
            requirement: 'Output Formats',
            file: 'specs/cli-list/spec.md',
            line: 2,
          },
        ],
      },
    };
    expect(lintSpecs([capability, renamed])).toEqual([
      {
        severity: 'warning',
        rule: 'delta-unknown-requirement',
        message:
          'MODIFIED requirement "Output Formats" is not in the cli-list capability spec',
        file: 'openspec/changes/rename-output/specs/cli-list/spec.md',
        line: 2,
      },
    ]);
  });
});
