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

import fc from 'fast-check';
import { parseSpec } from '../parseSpec/parseSpec';
import {
  renderDirectorySpec,
  renderSingleFileSpec,
  seedHeaderValue,
  seedParagraph,
  seedTitleValue,
  SpecTemplateValues,
} from './seedSpec';

// Text as people type it into a form: words, punctuation, markdown marks,
// non-Latin letters, stray whitespace.
const word = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9]{1,10}$/),
  fc.constantFrom(
    '#',
    '##',
    '-',
    '*',
    '**',
    '·',
    '>',
    '|',
    '1.',
    '[ ]',
    '[x]',
    '`code`',
    '_x_',
    'Ünïcødé',
    '日本語',
    'SPEC-0001',
    'FR-001',
    'Task 1.1:',
    '[NEEDS CLARIFICATION: x]',
  ),
);
const phrase = fc.array(word, { minLength: 1, maxLength: 8 }).chain(words =>
  fc
    .array(fc.constantFrom(' ', '  ', '\t', '\n'), {
      minLength: words.length,
      maxLength: words.length,
    })
    .map(gaps => words.map((w, i) => `${w}${gaps[i]}`).join('')),
);
const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}[a-z0-9]$/);

const values: fc.Arbitrary<SpecTemplateValues> = fc
  .record({
    number: fc.integer({ min: 1, max: 99999 }),
    title: phrase,
    type: fc.constantFrom('platform', 'security', 'infrastructure', 'feature'),
    owner: name,
    components: fc.array(name, { maxLength: 3 }),
    summary: phrase,
    priority: fc.constantFrom('P1' as const, 'P2' as const, 'P3' as const),
    author: phrase,
    created: fc
      .date({
        min: new Date('2000-01-01'),
        max: new Date('2099-12-31'),
        noInvalidDate: true,
      })
      .map(d => d.toISOString().slice(0, 10)),
    issue: fc.option(fc.integer({ min: 1, max: 99999 }), { nil: undefined }),
  })
  .filter(v => !!seedTitleValue(v.title) && !!seedParagraph(v.summary))
  .map(v => ({
    specId: `SPEC-${String(v.number).padStart(4, '0')}`,
    title: seedTitleValue(v.title),
    type: v.type,
    owner: `group:default/${v.owner}`,
    components: [...new Set(v.components)].map(c => `component:default/${c}`),
    summary: seedParagraph(v.summary),
    priority: v.priority,
    author: seedHeaderValue(v.author) || 'someone',
    created: v.created,
    issueUrl:
      v.issue === undefined
        ? undefined
        : `https://github.com/o/r/issues/${v.issue}`,
  }));

function expectReadBack(
  v: SpecTemplateValues,
  doc: ReturnType<typeof parseSpec>,
) {
  expect(doc.isSpec).toBe(true);
  expect(doc.isTemplate).toBe(false);
  expect(doc.diagnostics.filter(d => d.severity === 'error')).toEqual([]);
  expect(doc.id).toBe(v.specId);
  expect(doc.title).toBe(v.title);
  expect(doc.status.value).toBe('draft');
  expect(doc.type).toBe(v.type);
  expect(doc.owner).toBe(v.owner);
  expect(doc.components).toEqual(v.components);
  expect(doc.created).toBe(v.created);
  // A summary that is a clarification marker is an open question, not a
  // summary: the parser reads it as one.
  if (!v.summary.includes('[NEEDS CLARIFICATION')) {
    expect(doc.summary).toBe(v.summary);
  }
  expect(doc.requirements.map(r => r.id)).toEqual(
    v.type === 'security' ? ['FR-001', 'SR-001'] : ['FR-001'],
  );
  expect(doc.successCriteria.map(c => c.id)).toEqual(['SC-001']);
  expect(doc.phases.map(p => p.tasks.length)).toEqual([2, 2]);
  expect(doc.review.map(p => p.items.length)).toEqual([3, 2, 2, 2]);
}

describe('the seed writer and the parser', () => {
  it('read back what the writer wrote, single file', () => {
    fc.assert(
      fc.property(values, v => {
        const doc = parseSpec(
          [{ path: `${v.specId}-x.md`, content: renderSingleFileSpec(v) }],
          { location: `docs/specs/${v.specId}-x.md` },
        );
        expectReadBack(v, doc);
      }),
      { numRuns: 3000 },
    );
  });

  it('read back what the writer wrote, spec directory', () => {
    fc.assert(
      fc.property(values, v => {
        const doc = parseSpec(renderDirectorySpec(v), {
          location: `docs/specs/${v.specId.slice(5)}-x`,
        });
        expectReadBack(v, doc);
      }),
      { numRuns: 3000 },
    );
  });
});
