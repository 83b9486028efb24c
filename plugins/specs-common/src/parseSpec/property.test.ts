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

import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parseSpec } from './parseSpec';
import { SpecDocument } from '../model';
import { FIXTURES_DIR, listFiles } from '../__testUtils__/fixtures';

// The parser must never throw and must stay linear, whatever the input. The
// time bounds here are deliberately generous: they catch hangs and
// catastrophic backtracking, not slowness.

function expectWellFormed(doc: SpecDocument) {
  expect(typeof doc.title).toBe('string');
  expect(Array.isArray(doc.diagnostics)).toBe(true);
  expect(doc.diagnostics.filter(d => d.rule === 'parse-failure')).toEqual([]);
}

function timed<T>(fn: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = fn();
  return { result, ms: performance.now() - start };
}

const VOCABULARY = [
  '# Spec: Title',
  '## Tasks',
  '## Review Checklist',
  '### Project Manager (PM)',
  '### Phase 1: Setup',
  '## Phase 2 — Build',
  '#### User Story 1 - Title (Priority: P1)',
  '### US-2: Title (Priority: P2)',
  '## CL-1 — 2026-01-01 — Question',
  '### Session 2025-09-18',
  '- Q: question → A: answer',
  '**Spec ID**: SPEC-0042',
  '**ID**: SPEC-XXX',
  '**Status**: Draft',
  '**Status:** ✅ done',
  '**Goal**: goal',
  '**Exit Criteria**:',
  '**Checkpoint**: ok',
  '**Acceptance Scenarios**:',
  '1. **Given** a, **When** b, **Then** c',
  '- **FR-001**: System MUST work',
  '- **SC-001**: measurable',
  '- [ ] T001 [P] [US1] task',
  '- [x] **T002**: task (FR-001..003)',
  '- [X] Task 1.1: task',
  '- [~] T-003 partial',
  '- [P] not a box',
  '  - [ ] nested step',
  '- [ ] [NEEDS CLARIFICATION: why?',
  '[NEEDS CLARIFICATION: [[[',
  '```',
  '~~~',
  '````yaml',
  '<!--',
  '-->',
  '<!-- one line -->',
  '---',
  '| a | b |',
  '|---|---|',
  '> quote',
  '[Title] [Feature Name] #XXX YYYY-MM-DD <task description>',
  '`code` ``` `` `',
  '',
  '   ',
  '\t- [ ] tab',
];

const lineSoup = fc
  .array(
    fc.oneof(
      fc.constantFrom(...VOCABULARY),
      fc.string({ maxLength: 40 }),
      fc
        .tuple(fc.constantFrom(...VOCABULARY), fc.string({ maxLength: 10 }))
        .map(([a, b]) => a + b),
    ),
    { maxLength: 120 },
  )
  .map(lines => lines.join('\n'));

const fixtureFiles = listFiles(FIXTURES_DIR)
  .filter(f => f.endsWith('.md'))
  .map(f => fs.readFileSync(path.join(FIXTURES_DIR, f), 'utf8'));

type Mutation =
  | { kind: 'delete' | 'duplicate' | 'swap'; at: number; other: number }
  | { kind: 'inject'; at: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constantFrom(
      'delete' as const,
      'duplicate' as const,
      'swap' as const,
    ),
    at: fc.nat(),
    other: fc.nat(),
  }),
  fc.record({
    kind: fc.constant('inject' as const),
    at: fc.nat(),
    text: fc.constantFrom(
      '```',
      '~~~',
      '<!--',
      '-->',
      '---',
      '- [ ]',
      '# ',
      '**Status**:',
      '|',
    ),
  }),
);

function mutate(text: string, mutations: Mutation[]): string {
  const lines = text.split('\n');
  for (const m of mutations) {
    if (lines.length === 0) {
      break;
    }
    const at = m.at % lines.length;
    if (m.kind === 'delete') {
      lines.splice(at, 1);
    } else if (m.kind === 'duplicate') {
      lines.splice(at, 0, lines[at]);
    } else if (m.kind === 'swap') {
      const other = m.other % lines.length;
      [lines[at], lines[other]] = [lines[other], lines[at]];
    } else if ('text' in m) {
      lines.splice(at, 0, m.text);
    }
  }
  return lines.join('\n');
}

describe('parseSpec robustness', () => {
  it('never throws on random strings', () => {
    expect(() =>
      fc.assert(
        fc.property(
          fc.string({ maxLength: 2000 }),
          fc.string({ maxLength: 30 }),
          (content, name) => {
            expectWellFormed(parseSpec([{ path: name, content }]));
          },
        ),
        { numRuns: 300 },
      ),
    ).not.toThrow();
  });

  it('never throws on random unicode', () => {
    expect(() =>
      fc.assert(
        fc.property(
          fc.string({ unit: 'grapheme', maxLength: 500 }),
          content => {
            expectWellFormed(parseSpec([{ path: 'spec.md', content }]));
          },
        ),
        { numRuns: 200 },
      ),
    ).not.toThrow();
  });

  it('never throws on markdown-ish line soups built from the spec vocabulary', () => {
    expect(() =>
      fc.assert(
        fc.property(lineSoup, lineSoup, (spec, plan) => {
          const doc = parseSpec(
            [
              { path: 'spec.md', content: spec },
              { path: 'plan.md', content: plan },
            ],
            { location: 'docs/specs/done/0001-x' },
          );
          expectWellFormed(doc);
          // Counts stay consistent with the model.
          for (const phase of doc.phases) {
            for (const task of phase.tasks) {
              expect(['todo', 'done', 'partial']).toContain(task.state);
            }
          }
        }),
        { numRuns: 300 },
      ),
    ).not.toThrow();
  });

  it('never throws on mutated real files', () => {
    expect(() =>
      fc.assert(
        fc.property(
          fc.constantFrom(...fixtureFiles),
          fc.array(mutation, { maxLength: 20 }),
          (text, mutations) => {
            expectWellFormed(
              parseSpec([
                { path: 'spec.md', content: mutate(text, mutations) },
              ]),
            );
          },
        ),
        { numRuns: 200 },
      ),
    ).not.toThrow();
  });

  it('never throws on random bytes', () => {
    expect(() =>
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 4000 }), bytes => {
          expectWellFormed(parseSpec([{ path: 'spec.md', content: bytes }]));
        }),
        { numRuns: 200 },
      ),
    ).not.toThrow();
  });

  it('handles empty input', () => {
    for (const content of ['', new Uint8Array()]) {
      const doc = parseSpec([{ path: 'spec.md', content }]);
      expectWellFormed(doc);
      expect(doc.isSpec).toBe(false);
    }
  });

  it('handles invalid UTF-8', () => {
    const doc = parseSpec([
      {
        path: 'spec.md',
        content: new Uint8Array([
          0x23, 0x20, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1,
        ]),
      },
    ]);
    expectWellFormed(doc);
    expect(doc.diagnostics.map(d => d.rule)).toContain('invalid-utf8');
  });

  it('parses 10 MB', () => {
    // Linear time is checked on CPU time, not wall time, by
    // budget.test.ts: a wall-clock ratio here failed on a loaded machine.
    const unit = fixtureFiles.join('\n');
    const large = unit.repeat(Math.ceil(10_000_000 / unit.length));
    expectWellFormed(parseSpec([{ path: 'spec.md', content: large }]));
  });

  it('handles unbalanced fences and comments', () => {
    for (const content of [
      '```\n- [ ] T001\n',
      '~~~~\n# x\n```\n',
      '<!--\n- [ ] T001\n',
      '<!-- <!-- -->\n-->',
    ]) {
      const doc = parseSpec([{ path: 'tasks.md', content }]);
      expectWellFormed(doc);
      expect(doc.phases.flatMap(p => p.tasks)).toEqual([]);
    }
  });

  it('handles 10,000-deep nesting', () => {
    const inputs = [
      `${'- '.repeat(10_000)}[ ] T001 deep`,
      `${'> '.repeat(10_000)}- [ ] T001 deep`,
      `${'['.repeat(10_000)}NEEDS CLARIFICATION: x${']'.repeat(10_000)}`,
      Array.from(
        { length: 10_000 },
        (_, i) => `${' '.repeat(i % 200)}- [ ] T${i} level ${i}`,
      ).join('\n'),
      Array.from(
        { length: 10_000 },
        (_, i) => `${'#'.repeat((i % 6) + 1)} Phase ${i}: x`,
      ).join('\n'),
    ];
    for (const content of inputs) {
      const { result, ms } = timed(() =>
        parseSpec([{ path: 'tasks.md', content }]),
      );
      expectWellFormed(result);
      expect(ms).toBeLessThan(10_000);
    }
  });

  it('handles 50,000-character lines', () => {
    const inputs = [
      'a'.repeat(50_000),
      `- [ ] T001 ${'x '.repeat(25_000)}`,
      '['.repeat(50_000),
      '[x'.repeat(25_000),
      '<'.repeat(50_000),
      '`'.repeat(50_000),
      '` ``'.repeat(12_500),
      '*'.repeat(50_000),
      `**Status**: ${'['.repeat(50_000)}`,
      `**Issue**: ${'[#1]('.repeat(10_000)}`,
      'FR-001..'.repeat(6_000),
      '](]('.repeat(12_500),
      `<!--${'-'.repeat(50_000)}`,
      `- **FR-001** (${'('.repeat(50_000)}`,
      'SPEC-X'.repeat(8_000),
      `# ${'#'.repeat(50_000)}`,
    ];
    for (const content of inputs) {
      const { result, ms } = timed(() =>
        parseSpec([{ path: 'spec.md', content }]),
      );
      expectWellFormed(result);
      expect(ms).toBeLessThan(5_000);
    }
  });
});
