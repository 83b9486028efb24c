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
import { parseFixture, phaseRows } from '../__testUtils__/fixtures';
import { parseSpec } from './parseSpec';

// Tasks written as headings, and headings in other languages: exact counts
// on fixtures written in the shapes of public spec-kit repositories.

const RULES = 'spec-kit-rules/specs';

describe('counting rules: tasks written as headings', () => {
  const doc = parseFixture(`${RULES}/102-tasks-as-headings`);

  it('counts each task heading once, whatever marks it done (6 of 11 done, 1 partial)', () => {
    expect(summarizeSpec(doc).tasks).toEqual({
      done: 6,
      partial: 1,
      total: 11,
    });
    expect(
      doc.phases.map(p => p.tasks.map(t => `${t.id ?? '-'}:${t.state}`)),
    ).toEqual([
      // ✅ after the title; `[x]` in backticks; `- **Status**: [X] Completed`.
      ['Task 1.1:done', 'Task 1.2:done', 'Task 1.3:done'],
      // `[DONE]`; `**Status**: ✅ Done`; 1 of 3 steps ticked; no step ticked;
      // no steps at all.
      ['T004:done', 'T005:done', 'T006:partial', 'T007:todo', 'T008:todo'],
      // The T009 heading details the T009 box: one task. The range heading
      // `T011–T013 Polish` is no task; the box under it is one.
      ['T009:done', 'T010:todo', '-:todo'],
    ]);
  });

  it('cleans the task text of its id, tags and marks', () => {
    expect(doc.phases[0].tasks[0].text).toBe('Bottom navigation');
    expect(doc.phases[1].tasks[0]).toMatchObject({
      id: 'T004',
      text: 'Settings screen',
      cites: ['US-2'],
    });
    expect(doc.phases[1].tasks[3]).toMatchObject({
      id: 'T007',
      text: 'Empty states',
      parallel: true,
    });
  });

  it('counts no step, and no sub-step under a box task, as a task', () => {
    const steps = parseSpec([
      {
        path: 'tasks.md',
        content: [
          '## Phase 1: Build',
          '',
          '### T001 - Install',
          '- [x] npm install',
          '- [x] npm test',
          '',
          '## Phase 2: Configure',
          '',
          '- [X] T002 Configure',
          '  - [X] Write the config',
          '  - [ ] Document it',
          '',
        ].join('\n'),
      },
    ]);
    expect(phaseRows(steps)).toEqual([
      ['Phase 1: Build', 1, 1],
      ['Phase 2: Configure', 1, 1],
    ]);
  });
});

describe('counting rules: headings in Portuguese and Spanish', () => {
  const doc = parseFixture(`${RULES}/107-fase-e-historias`);

  it('reads `Fase N`, `Fase A`, `História de Usuário N (Prioridade: P1)` and the title prefix', () => {
    expect(doc.title).toBe('Lista de compras compartilhada');
    expect(doc.status).toEqual({
      raw: 'Rascunho',
      value: 'draft',
      stale: false,
    });
    expect(summarizeSpec(doc)).toMatchObject({
      userStories: 2,
      requirements: 2,
      successCriteria: 1,
      tasks: { done: 3, partial: 0, total: 5 },
    });
    expect(doc.userStories.map(s => [s.id, s.priority, s.title])).toEqual([
      ['US-1', 'P1', 'Compartilhar uma lista'],
      ['US-2', 'P2', 'Marcar itens comprados'],
    ]);
    expect(doc.phases.map(p => [p.id, p.tasks.length])).toEqual([
      ['1', 2],
      ['2', 2],
      ['A', 1],
    ]);
  });
});
