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

import { summarizeSpec } from '../summarizeSpec';
import { parseFixture } from '../__testUtils__/fixtures';

// Real `.kiro/specs/<feature>/` trees of two teams (__fixtures__/kiro-wild,
// sources in its SOURCES.md). Counts were taken by hand.

const ROOT = 'kiro-wild/.kiro/specs';

describe('Kiro fixtures', () => {
  it('reads requirements with their numbered acceptance criteria', () => {
    const doc = parseFixture(`${ROOT}/clang-format`);
    expect(doc.format).toBe('kiro');
    expect(doc.title).toBe('clang-format Integration');
    expect(doc.summary).toMatch(
      /^This document specifies the requirements for integrating `clang-format`/,
    );
    expect(
      doc.requirements.map(r => [r.id, r.kind, r.name, r.criteria?.length]),
    ).toEqual([
      ['1', 'REQ', 'Requirement 1', 4],
      ['2', 'REQ', 'Requirement 2', 4],
      ['3', 'REQ', 'Requirement 3', 4],
    ]);
    expect(doc.requirements[0].text).toBe(
      'As a developer, I want a single canonical `.clang-format` configuration at the repository root so that all contributors and tools reference the same style rules automatically.',
    );
    // A criterion wrapped over several lines is one criterion.
    expect(doc.requirements[0].criteria![0]).toMatchObject({
      id: '1.1',
      text: 'WHEN the repository is cloned THEN a `.clang-format` file SHALL exist at the repository root.',
    });
    expect(summarizeSpec(doc).tasks).toEqual({ done: 7, partial: 0, total: 7 });
    expect(doc.status).toEqual({ value: 'done', stale: false });
  });

  it('gives requirement coverage from _Requirements:_ lines, ranges expanded', () => {
    const doc = parseFixture(`${ROOT}/clang-format`);
    const tasks = doc.phases.flatMap(p => p.tasks);
    expect(doc.phases.map(p => [p.title, p.tasks.length])).toEqual([
      ['Phase 1: Style Configuration (Tasks 1–3)', 3],
      ['Phase 2: CMake Targets (Tasks 4–7)', 4],
    ]);
    expect(tasks.map(t => [t.id, t.cites])).toEqual([
      ['1', ['1.1', '1.2', '1.3', '1.4']],
      ['2', ['1.4']],
      ['3', ['1.4']],
      ['4', ['2.3', '3.1']],
      ['5', ['2.1', '2.2', '2.3', '2.4']],
      ['6', ['3.1', '3.2', '3.3', '3.4']],
      ['7', ['2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4']],
    ]);
    // Every requirement is cited, every cited criterion exists.
    expect(doc.diagnostics).toEqual([]);
  });

  it('counts nested tasks, each with its own box', () => {
    const doc = parseFixture(`${ROOT}/cbor-rpc-serializer`);
    expect(doc.title).toBe('Cbor rpc serializer');
    const tasks = doc.phases.flatMap(p => p.tasks);
    expect(tasks.map(t => [t.id, t.state])).toEqual([
      ['1', 'done'],
      ['1.1', 'done'],
      ['1.2', 'done'],
      ['1.3', 'done'],
      ['9', 'done'],
      ['9.1', 'done'],
      ['9.3', 'todo'],
      ['10', 'todo'],
      ['10.1', 'todo'],
      ['10.2', 'done'],
      ['10.3', 'todo'],
    ]);
    expect(summarizeSpec(doc).tasks).toEqual({
      done: 7,
      partial: 0,
      total: 11,
    });
    expect(doc.status).toEqual({ value: 'in-progress', stale: false });
    // `_Requirements: All_` cites nothing in particular.
    expect(tasks[5].cites).toEqual([]);
    expect(doc.diagnostics.map(d => [d.rule, d.message])).toEqual([
      ['missing-section', 'Missing requirements.md'],
    ]);
  });

  it('shows optional tasks as such and leaves them out of the total', () => {
    const doc = parseFixture(`${ROOT}/tags-from-filename`);
    expect(doc.title).toBe('Tags from Filename');
    expect(
      doc.requirements.map(r => [r.id, r.name, r.criteria?.length]),
    ).toEqual([
      ['1', 'Mask-Based Path Parsing', 10],
      ['2', 'Path Scope Selection', 5],
    ]);
    const tasks = doc.phases.flatMap(p => p.tasks);
    expect(tasks.filter(t => t.optional).map(t => [t.id, t.text])).toEqual([
      [
        '2.2',
        'Write property test: Extraction splits on literal delimiters (Property 1)',
      ],
      [
        '2.3',
        'Write property test: Ignore token produces no tag entry (Property 2)',
      ],
      [
        '3.2',
        'Write property test: Path scope selects correct path portion (Property 4)',
      ],
    ]);
    // 11 boxes, 3 optional: 8 counted, all done.
    expect(tasks).toHaveLength(11);
    expect(summarizeSpec(doc).tasks).toEqual({ done: 8, partial: 0, total: 8 });
    expect(doc.status.value).toBe('done');
    // `**Validates: Requirements 1.2, 1.3, 1.5**` under an optional task.
    expect(tasks[5].cites).toEqual(['1.2', '1.3', '1.5']);
    // The excerpt left requirements 3, 4 and 9 out: tasks citing them are
    // reported, once per task and id.
    const undefinedRefs = doc.diagnostics
      .filter(d => d.rule === 'undefined-reference')
      .map(d => d.message);
    expect(undefinedRefs).toEqual([
      'Task 1.1 cites requirement 4.3, which requirements.md does not define',
      'Task 1.1 cites requirement 4.4, which requirements.md does not define',
      'Task 1.2 cites requirement 3.1, which requirements.md does not define',
      'Task 1.2 cites requirement 3.2, which requirements.md does not define',
      'Task 1.2 cites requirement 4.1, which requirements.md does not define',
      'Task 1.2 cites requirement 4.2, which requirements.md does not define',
      'Task 2.1 cites requirement 9.1, which requirements.md does not define',
      'Task 2.1 cites requirement 9.2, which requirements.md does not define',
    ]);
  });
});
