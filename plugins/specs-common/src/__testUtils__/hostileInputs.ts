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

// Worst-case parser inputs and the checks every parse must pass, shared by
// the per-file budget test (budget.test.ts) and the fuzz harness
// (`yarn fuzz:parser`, plugins/specs-common/fuzz/fuzzParser.ts).

import { performance } from 'node:perf_hooks';
import { SpecDocument, SpecSourceFile } from '../model';
import { parseSpec } from '../parseSpec/parseSpec';

const KiB = 1024;
const MiB = 1024 * KiB;

/** The largest file the specs backend reads by default (`specs.files.maxBytes`). */
export const MAX_FILE_BYTES = 5 * MiB;

/**
 * Main-thread CPU time one file of `bytes` may take, in milliseconds.
 *
 * @remarks
 * The parser runs at about 100 MiB/s; the budget allows 2 MiB/s plus a
 * fixed 250 ms, so that only a hang or a super-linear blow-up (the
 * quadratic YAML took 4-6 s for 256 KiB) exceeds it, not a loaded machine.
 */
export function parseBudgetMs(bytes: number): number {
  return 250 + (bytes / MiB) * 500;
}

/** `unit` repeated until the text is at least `bytes` long, cut to `bytes`. */
export function repeatTo(unit: string, bytes: number): string {
  return unit
    .repeat(Math.max(0, Math.ceil(bytes / unit.length)))
    .slice(0, bytes);
}

/** `count` lines made by `line(i)`, joined with `\n`, stopping at `bytes`. */
export function linesTo(line: (i: number) => string, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const text = line(i);
    parts.push(text);
    size += text.length + 1;
  }
  return parts.join('\n');
}

/** A named input for the parser. */
export interface HostileInput {
  name: string;
  files: SpecSourceFile[];
}

const spec = (content: string | Uint8Array): SpecSourceFile[] => [
  { path: 'spec.md', content },
];

const withFrontMatter = (yaml: string, body = '# Title\n\nBody\n') =>
  `---\n${yaml}\n---\n${body}`;

/**
 * The inputs known or suspected to be worst for the parser and its YAML
 * front matter, each at the size a real deployment reads (5 MiB files,
 * front matter as large as the scanner looks for).
 */
export function worstCaseInputs(size = MAX_FILE_BYTES): HostileInput[] {
  const keyLines = (bytes: number) => linesTo(i => `k${i}: ${i}`, bytes);
  const fm = Math.min(256 * KiB, Math.floor(size / 2));
  return [
    // Front matter.
    {
      name: 'front matter: 256 KiB of keys (the quadratic duplicate check)',
      files: spec(withFrontMatter(keyLines(fm - 1024))),
    },
    {
      name: 'front matter: keys just under the size cap',
      files: spec(withFrontMatter(keyLines(32 * KiB - 64))),
    },
    {
      name: 'front matter: one flow sequence just under the size cap',
      files: spec(withFrontMatter(`x: [${repeatTo('x,', 32 * KiB - 64)}]`)),
    },
    {
      name: 'front matter: a flow mapping of keys just under the size cap',
      files: spec(
        withFrontMatter(
          `{${linesTo(i => `k${i}: ${i},`, 32 * KiB - 64).replace(
            /\n/g,
            ' ',
          )}}`,
        ),
      ),
    },
    {
      name: 'front matter: 128 Ki nested flow sequences',
      files: spec(
        withFrontMatter(`x: ${'['.repeat(128 * KiB)}${']'.repeat(128 * KiB)}`),
      ),
    },
    {
      name: 'front matter: self-referencing alias',
      files: spec(withFrontMatter('x: &a [*a]')),
    },
    {
      name: 'front matter: alias amplification',
      files: spec(
        withFrontMatter(
          [
            'a: &a [x, x, x, x, x, x, x, x, x, x]',
            ...Array.from({ length: 20 }, (_, i) => {
              const prev = i === 0 ? 'a' : `a${i}`;
              return `a${i + 1}: &a${i + 1} [${Array(10)
                .fill(`*${prev}`)
                .join(', ')}]`;
            }),
          ].join('\n'),
        ),
      ),
    },
    {
      name: 'front matter: anchors on every key just under the cap',
      files: spec(
        withFrontMatter(linesTo(i => `k${i}: &a${i} v`, 32 * KiB - 64)),
      ),
    },
    {
      name: 'front matter: opened and never closed, then a large body',
      files: spec(`---\n${keyLines(fm)}\n${repeatTo('text\n', size - fm)}`),
    },
    {
      name: 'front matter: many lines of only `---` after an open',
      files: spec(`---\n${repeatTo('--- x\n', size)}`),
    },
    // Markdown body.
    {
      name: 'one line of `[` brackets',
      files: spec(repeatTo('[', size)),
    },
    {
      name: 'one line of backticks',
      files: spec(repeatTo('`', size)),
    },
    {
      name: 'one line of `*` emphasis markers',
      files: spec(repeatTo('*', size)),
    },
    {
      name: 'one line of `<` and `!--`',
      files: spec(repeatTo('<!--<', size)),
    },
    {
      name: 'one line of table pipes',
      files: spec(repeatTo('|', size)),
    },
    {
      name: 'one line of spec and ADR ids',
      files: spec(repeatTo('SPEC-0001 ADR-0002 ', size)),
    },
    {
      name: 'one line of requirement ranges',
      files: spec(repeatTo('FR-001..FR-100 ', size)),
    },
    {
      name: 'lines of requirement ranges (100 ids each)',
      files: spec(linesTo(() => '- FR-001..100', size)),
    },
    {
      name: 'lines of requirement ranges and slashes',
      files: spec(linesTo(() => '- FR-001..100 SC-001/002/003/004 US1', size)),
    },
    {
      name: 'unclosed HTML comment',
      files: spec(`<!--\n${repeatTo('- [ ] T001 task\n', size)}`),
    },
    {
      name: 'unclosed code fence',
      files: spec(`\`\`\`\n${repeatTo('- [ ] T001 task\n', size)}`),
    },
    {
      name: 'alternating fences',
      files: spec(repeatTo('```\n~~~\n', size)),
    },
    {
      name: 'task lines',
      files: spec(
        linesTo(
          i => `- [ ] T${i % 1000000} [P] [US${i % 9}] task FR-001`,
          size,
        ),
      ),
    },
    {
      name: 'nested list items, ever deeper',
      files: spec(linesTo(i => `${' '.repeat(i % 2000)}- [ ] step`, size)),
    },
    {
      name: 'headings',
      files: spec(linesTo(i => `${'#'.repeat((i % 6) + 1)} Phase ${i}`, size)),
    },
    {
      name: 'key: value header lines',
      files: spec(linesTo(i => `**Status**: Draft ${i}`, size)),
    },
    {
      name: 'table rows',
      files: spec(`| a | b |\n|---|---|\n${repeatTo('| x | y |\n', size)}`),
    },
    {
      name: 'unclosed clarification markers',
      files: spec(repeatTo('[NEEDS CLARIFICATION: ', size)),
    },
    {
      name: 'blockquotes nested deep',
      files: spec(linesTo(i => `${'>'.repeat(i % 1000)} text`, size)),
    },
    {
      name: 'CRLF line endings',
      files: spec(repeatTo('- [ ] T001 task\r\n', size)),
    },
    {
      name: 'lone CR line endings',
      files: spec(repeatTo('- [ ] T001 task\r', size)),
    },
    {
      name: 'BOM and NUL bytes',
      files: spec(`\ufeff${repeatTo('a\u0000b\n', size)}`),
    },
    {
      name: 'invalid UTF-8 bytes',
      files: spec(new Uint8Array(size).fill(0xff)),
    },
    {
      name: 'one enormous line of words',
      files: spec(repeatTo('word ', size)),
    },
    {
      name: 'a spec directory of five large files',
      files: [
        'spec.md',
        'plan.md',
        'tasks.md',
        'research.md',
        'data-model.md',
      ].map(path => ({
        path,
        content: linesTo(
          i => `- [ ] T${i} [US1] task SPEC-0001 FR-00${i % 9}`,
          size / 5,
        ),
      })),
    },
  ];
}

/** Why a parse result is not plain JSON data, or undefined when it is. */
export function findNonJson(
  value: unknown,
  at = 'document',
): string | undefined {
  const seen = new Set<object>();
  const visit = (v: unknown, path: string): string | undefined => {
    switch (typeof v) {
      case 'string':
      case 'boolean':
        return undefined;
      case 'number':
        return Number.isFinite(v) ? undefined : `${path} is ${v}`;
      case 'undefined':
        return undefined;
      case 'object': {
        if (v === null) return undefined;
        if (seen.has(v)) return `${path} is a circular reference`;
        seen.add(v);
        let problem: string | undefined;
        if (Array.isArray(v)) {
          for (let i = 0; i < v.length && !problem; i++) {
            problem =
              v[i] === undefined
                ? `${path}[${i}] is undefined`
                : visit(v[i], `${path}[${i}]`);
          }
        } else {
          const proto = Object.getPrototypeOf(v);
          if (proto !== Object.prototype && proto !== null) {
            return `${path} is a ${
              proto?.constructor?.name ?? 'non-plain'
            } object`;
          }
          for (const key of Object.keys(v)) {
            if (key === '__proto__') return `${path} has a __proto__ key`;
            problem = visit(
              (v as Record<string, unknown>)[key],
              `${path}.${key}`,
            );
            if (problem) break;
          }
        }
        seen.delete(v);
        return problem;
      }
      default:
        return `${path} is a ${typeof v}`;
    }
  };
  return visit(value, at);
}

/** Main-thread CPU time where the runtime offers it, wall time otherwise. */
function now(): number {
  const threadCpuUsage = (
    process as unknown as {
      threadCpuUsage?: () => { user: number; system: number };
    }
  ).threadCpuUsage;
  if (typeof threadCpuUsage === 'function') {
    const { user, system } = threadCpuUsage.call(process);
    return (user + system) / 1000;
  }
  return performance.now();
}

/** What one checked parse found. */
export interface ParseCheck {
  doc?: SpecDocument;
  /** Main-thread CPU milliseconds (the least of the attempts when re-measured). */
  ms: number;
  /**
   * Wall-clock milliseconds of the first attempt: finer-grained than the CPU
   * time (which some kernels count in scheduler ticks), for statistics.
   */
  wallMs: number;
  budgetMs: number;
  bytes: number;
  /** Undefined when the parse passed every check. */
  failure?: string;
}

/** The byte size of an input, as the budget counts it. */
export function inputBytes(files: SpecSourceFile[]): number {
  return files.reduce(
    (sum, f) =>
      sum +
      (typeof f.content === 'string' ? f.content.length : f.content.byteLength),
    0,
  );
}

/**
 * Parses `files` and checks the result: no exception, no internal parse
 * failure, plain JSON data, and main-thread CPU time within
 * {@link parseBudgetMs}. A parse over budget is measured twice more and the
 * least time counts, so that a garbage collection or a busy machine does not
 * fail it.
 */
export function checkParse(
  files: SpecSourceFile[],
  options?: { location?: string },
): ParseCheck {
  const bytes = inputBytes(files);
  const budgetMs = parseBudgetMs(bytes);
  let doc: SpecDocument | undefined;
  let ms = Infinity;
  let wallMs = -1;
  for (let attempt = 0; attempt < 3 && ms > budgetMs; attempt++) {
    const wallStart = performance.now();
    const start = now();
    try {
      doc = parseSpec(files, options);
    } catch (error) {
      return {
        ms: now() - start,
        wallMs: performance.now() - wallStart,
        budgetMs,
        bytes,
        failure: `parseSpec threw: ${(error as Error)?.stack ?? error}`,
      };
    }
    ms = Math.min(ms, now() - start);
    if (wallMs < 0) wallMs = performance.now() - wallStart;
  }
  const internal = doc!.diagnostics.find(d => d.rule === 'parse-failure');
  if (internal) {
    return {
      doc,
      ms,
      wallMs,
      budgetMs,
      bytes,
      failure: `parse-failure: ${internal.message}`,
    };
  }
  let problem: string | undefined;
  try {
    JSON.stringify(doc);
    problem = findNonJson(doc);
  } catch (error) {
    problem = `JSON.stringify threw: ${error}`;
  }
  if (problem) {
    return {
      doc,
      ms,
      wallMs,
      budgetMs,
      bytes,
      failure: `not serializable: ${problem}`,
    };
  }
  if (ms > budgetMs) {
    return {
      doc,
      ms,
      wallMs,
      budgetMs,
      bytes,
      failure: `took ${ms.toFixed(
        0,
      )} ms of CPU, over the budget of ${budgetMs.toFixed(
        0,
      )} ms for ${bytes} bytes`,
    };
  }
  return { doc, ms, wallMs, budgetMs, bytes };
}
