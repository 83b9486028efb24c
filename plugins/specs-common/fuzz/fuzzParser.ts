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

/*
 * Parser fuzz harness:
 *
 *   yarn fuzz:parser [N] [--seed S] [--path P] [--record]
 *
 * Feeds N seeded random inputs (default 10,000, seed 20261201) to parseSpec:
 * the fixture corpus under plugins/specs-common/src/__fixtures__ with line,
 * character and byte mutations, huge lines, deep nesting, hostile YAML front
 * matter, binary data, CRLF/CR/BOM variants and multi-file specs. Each input
 * must parse without an exception or internal `parse-failure`, give plain
 * JSON data, and stay within the per-file CPU budget of the budget test
 * (parseBudgetMs). The first failure stops the run: its files are written to
 * test-results/fuzz/ with the seed and the fast-check path that replay it
 * (`--seed S --path P`). `--record` writes the run to the "## Parser fuzzing"
 * section of docs/benchmarks.md.
 */

import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { SpecSourceFile } from '../src';
import { FIXTURES_DIR, listFiles } from '../src/__testUtils__/fixtures';
import {
  checkParse,
  inputBytes,
  linesTo,
  repeatTo,
} from '../src/__testUtils__/hostileInputs';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const OUT_DIR = path.join(REPO_ROOT, 'test-results/fuzz');
const BENCH_DOC = path.join(REPO_ROOT, 'docs/benchmarks.md');
const SECTION = '## Parser fuzzing';
const DEFAULT_RUNS = 10_000;
const DEFAULT_SEED = 20261201;
const KiB = 1024;

interface FuzzInput {
  /** Which generator made it. */
  kind: string;
  /** What was generated, for the report of a failure. */
  label: string;
  files: SpecSourceFile[];
  location?: string;
}

// --- The corpus -------------------------------------------------------------

interface CorpusSpec {
  location: string;
  files: Array<{ path: string; content: string }>;
}

/** Every spec of the fixture corpus: spec directories and single files. */
function loadCorpus(): CorpusSpec[] {
  const byDir = new Map<string, CorpusSpec>();
  for (const rel of listFiles(FIXTURES_DIR)) {
    if (!/\.(md|markdown)$/i.test(rel)) continue;
    const content = fs.readFileSync(path.join(FIXTURES_DIR, rel), 'utf8');
    const dir = path.posix.dirname(rel);
    // Files that sit directly in an era folder are single-file specs.
    const single =
      !/\/(spec|plan|tasks|research|requirements|design|proposal)\.md$/i.test(
        `/${rel}`,
      );
    const key = single ? rel : dir;
    const spec = byDir.get(key) ?? { location: key, files: [] };
    spec.files.push({
      path: single ? path.posix.basename(rel) : path.posix.relative(dir, rel),
      content,
    });
    byDir.set(key, spec);
  }
  return [...byDir.values()].sort((a, b) => (a.location < b.location ? -1 : 1));
}

// --- Building blocks -----------------------------------------------------------

const TOKENS = [
  '# ',
  '## Tasks',
  '### Phase 1: Setup',
  '#### User Story 1 - Title (Priority: P1)',
  '- [ ] T001 [P] [US1] task',
  '- [x] ',
  '- [~] ',
  '**Status**: Draft',
  '**Spec ID**: SPEC-0042',
  '- **FR-001**: System MUST',
  'FR-001..100',
  'SC-001/002/003',
  'US1',
  'SPEC-0001',
  'ADR-0001',
  '[NEEDS CLARIFICATION: ',
  '[CLARIFIED',
  '```',
  '~~~',
  '````mermaid',
  '<!--',
  '-->',
  '---',
  '...',
  '| a | b |',
  '|---|',
  '> ',
  '[x](y)',
  '![a](b.png)',
  '<img src="x">',
  '[',
  ']',
  '`',
  '*',
  '_',
  '\\',
  '\t',
  '\r',
  '\r\n',
  '\u0000',
  '\ufeff',
  '\u2028',
  '\ud800',
  '\udfff',
  '😀',
  '\u200b',
];

const HOSTILE_YAML = [
  'x: &a [*a]',
  'a: &a {b: *a}',
  '*a',
  '&a',
  'a: &a [x, x, x]\nb: [*a, *a, *a]\nc: [*b, *b, *b]',
  '<<: *a',
  '__proto__: {polluted: true}',
  'constructor: {prototype: {x: 1}}',
  'a: !!binary aGVsbG8=',
  'a: !!timestamp 2001-12-14',
  'a: !!set {x, y}',
  'a: !!omap [x: 1]',
  'a: !custom x',
  'a: .inf\nb: .nan',
  'a: 0x1F\nb: 0o17\nc: 1e400',
  '? [a, b]\n: c',
  '? {a: b}\n: c',
  'a: "unclosed',
  "a: 'unclosed",
  'a: |\n  block\n   more',
  'a: >-\n  folded',
  '%YAML 1.1\n---\na: 1',
  '- a\n- b',
  'plain scalar',
  'a: 1\na: 2',
  'a:\n  - b:\n      - c: [d, {e: f}]',
  '\t a: tab',
  'a: b: c',
];

const YAML_SHAPES: Array<(n: number) => string> = [
  n => linesTo(i => `k${i}: ${i}`, n),
  n => linesTo(() => 'dup: 1', n),
  n => `x: [${repeatTo('x,', n)}]`,
  n => `x: ${'['.repeat(n)}${']'.repeat(n)}`,
  n => `x: ${'{a: '.repeat(n)}`,
  n => linesTo(i => `${' '.repeat(i)}k${i}:`, n),
  n => linesTo(i => `k${i}: &a${i} v`, n),
  n => `a: &a x\n${linesTo(i => `b${i}: *a`, n)}`,
  n => `a: "${repeatTo('\\u0041', n)}"`,
  n => `a: ${repeatTo('word ', n)}`,
  n => linesTo(() => '#', n),
];

type Mutation =
  | { op: 'delete' | 'duplicate' | 'swap'; at: number; other: number }
  | { op: 'inject'; at: number; text: string }
  | { op: 'repeat'; at: number; times: number }
  | { op: 'flip'; at: number; char: string }
  | { op: 'truncate'; at: number }
  | { op: 'run'; at: number; token: string; times: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constantFrom(
      'delete' as const,
      'duplicate' as const,
      'swap' as const,
    ),
    at: fc.nat(),
    other: fc.nat(),
  }),
  fc.record({
    op: fc.constant('inject' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.constantFrom(...TOKENS),
      fc.string({ maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 20 }),
    ),
  }),
  fc.record({
    op: fc.constant('repeat' as const),
    at: fc.nat(),
    times: fc.integer({ min: 2, max: 5000 }),
  }),
  fc.record({
    op: fc.constant('flip' as const),
    at: fc.nat(),
    char: fc.oneof(
      fc.constantFrom(...TOKENS.filter(t => t.length <= 2)),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    ),
  }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('run' as const),
    at: fc.nat(),
    token: fc.constantFrom(...TOKENS),
    times: fc.integer({ min: 1, max: 20_000 }),
  }),
);

/** Mutations never grow a file past this (the backend reads up to 5 MiB). */
const MAX_MUTATED_CHARS = 2 * 1024 * KiB;

function mutate(text: string, mutations: Mutation[]): string {
  let lines = text.split('\n');
  const room = () =>
    MAX_MUTATED_CHARS - lines.reduce((n, line) => n + line.length + 1, 0);
  for (const m of mutations) {
    if (lines.length === 0) lines = [''];
    const at = m.at % lines.length;
    switch (m.op) {
      case 'delete':
        lines.splice(at, 1);
        break;
      case 'duplicate':
        lines.splice(at, 0, lines[at]);
        break;
      case 'swap': {
        const other = m.other % lines.length;
        [lines[at], lines[other]] = [lines[other], lines[at]];
        break;
      }
      case 'inject':
        lines.splice(at, 0, m.text);
        break;
      case 'repeat': {
        const times = Math.min(
          m.times,
          Math.floor(room() / (lines[at].length + 1)),
        );
        lines = lines
          .slice(0, at)
          .concat(
            Array<string>(Math.max(0, times)).fill(lines[at]),
            lines.slice(at),
          );
        break;
      }
      case 'flip': {
        const line = lines[at];
        const pos = Math.floor(m.at / lines.length) % (line.length + 1);
        lines[at] = line.slice(0, pos) + m.char + line.slice(pos + 1);
        break;
      }
      case 'truncate': {
        const joined = lines.join('\n');
        lines = joined.slice(0, m.at % (joined.length + 1)).split('\n');
        break;
      }
      case 'run': {
        const line = lines[at];
        const pos = m.at % (line.length + 1);
        const times = Math.max(
          0,
          Math.min(m.times, Math.floor(room() / m.token.length)),
        );
        lines[at] =
          line.slice(0, pos) + m.token.repeat(times) + line.slice(pos);
        break;
      }
      default:
        break;
    }
  }
  return lines.join('\n');
}

type Whole = 'none' | 'crlf' | 'cr' | 'bom' | 'bytes-corrupt' | 'front-matter';

function applyWhole(
  text: string,
  whole: Whole,
  yaml: string,
  seed: number,
): string | Uint8Array {
  switch (whole) {
    case 'crlf':
      return text.replace(/\n/g, '\r\n');
    case 'cr':
      return text.replace(/\n/g, '\r');
    case 'bom':
      return `\ufeff${text}`;
    case 'front-matter':
      return `---\n${yaml}\n---\n${text}`;
    case 'bytes-corrupt': {
      const bytes = Buffer.from(text, 'utf8');
      // Invalid UTF-8: lone continuation bytes, overlongs, truncated sequences.
      const bad = [0x80, 0xbf, 0xc0, 0xc1, 0xf5, 0xff, 0xe2, 0xf0];
      for (let i = 0, s = seed; i < 16 && bytes.length > 0; i++) {
        s = (s * 1103515245 + 12345) >>> 0;
        bytes[s % bytes.length] = bad[s % bad.length];
      }
      return new Uint8Array(bytes);
    }
    default:
      return text;
  }
}

// --- Arbitraries ------------------------------------------------------------

function inputArbitrary(corpus: CorpusSpec[]): fc.Arbitrary<FuzzInput> {
  const yaml = fc.oneof(
    fc.constantFrom(...HOSTILE_YAML),
    fc
      .tuple(
        fc.integer({ min: 0, max: YAML_SHAPES.length - 1 }),
        fc.integer({ min: 1, max: 300 * KiB }),
      )
      .map(([shape, size]) => YAML_SHAPES[shape](size)),
    fc
      .array(fc.constantFrom(...HOSTILE_YAML), { maxLength: 6 })
      .map(parts => parts.join('\n')),
  );

  const wholes: fc.Arbitrary<Whole> = fc.constantFrom(
    'none',
    'none',
    'none',
    'crlf',
    'cr',
    'bom',
    'bytes-corrupt',
    'front-matter',
  );

  const mutatedCorpus = fc
    .record({
      spec: fc.integer({ min: 0, max: corpus.length - 1 }),
      mutations: fc.array(mutation, { maxLength: 8 }),
      whole: wholes,
      yaml,
      seed: fc.nat(),
    })
    .map(({ spec, mutations, whole, yaml: fm, seed }) => {
      const source = corpus[spec];
      return {
        kind: 'mutated corpus',
        label: `mutated ${source.location}, ${
          mutations.length
        } mutations (${mutations.map(m => m.op).join(', ')}), ${whole}`,
        location: source.location,
        files: source.files.map((f, i) => ({
          path: f.path,
          content: applyWhole(
            mutate(f.content, i === 0 ? mutations : mutations.slice(0, 2)),
            whole,
            fm,
            seed,
          ),
        })),
      };
    });

  const hugeLine = fc
    .record({
      token: fc.constantFrom(...TOKENS),
      // Log-uniform from 1 KiB to 2 MiB, so that most runs stay quick.
      exponent: fc.integer({ min: 10, max: 21 }),
      lines: fc.boolean(),
    })
    .map(({ token, exponent, lines }) => {
      const size = 2 ** exponent;
      return {
        kind: 'huge line',
        label: `${lines ? 'lines' : 'one line'} of ${JSON.stringify(
          token,
        )}, ${size} chars`,
        files: [
          {
            path: 'spec.md',
            content: lines ? linesTo(() => token, size) : repeatTo(token, size),
          },
        ],
      };
    });

  const NESTING: Array<[string, (depth: number) => string]> = [
    ['list', d => linesTo(i => `${' '.repeat(i % d)}- [ ] T${i} step`, d * 20)],
    ['blockquote', d => `${'>'.repeat(d)} quote`],
    ['fences', d => linesTo(i => '`'.repeat(3 + (i % d)), d * 4)],
    [
      'headings',
      d =>
        linesTo(
          i => `${'#'.repeat(1 + (i % 6))} ${'Phase '.repeat(i % 3)}${i}`,
          d * 10,
        ),
    ],
    ['html', d => `${'<div>'.repeat(d)}x${'</div>'.repeat(d)}`],
    ['links', d => `${'['.repeat(d)}x${'](y)'.repeat(d)}`],
    ['emphasis', d => `${'*_'.repeat(d)}x${'_*'.repeat(d)}`],
    ['yaml', d => `---\nx: ${'['.repeat(d)}${']'.repeat(d)}\n---\n# T`],
    ['comments', d => `${'<!--'.repeat(d)}${'-->'.repeat(d)}`],
  ];
  const deepNesting = fc
    .record({
      kind: fc.integer({ min: 0, max: NESTING.length - 1 }),
      depth: fc.integer({ min: 1, max: 100_000 }),
    })
    .map(({ kind, depth }) => ({
      kind: 'deep nesting',
      label: `deep ${NESTING[kind][0]}, depth ${depth}`,
      files: [{ path: 'spec.md', content: NESTING[kind][1](depth) }],
    }));

  const hostileYaml = fc
    .record({
      yaml,
      body: fc.constantFrom(...corpus.map(c => c.files[0].content)),
    })
    .map(({ yaml: fm, body }) => ({
      kind: 'hostile front matter',
      label: `front matter of ${fm.length} chars: ${JSON.stringify(
        fm.slice(0, 60),
      )}`,
      files: [{ path: 'spec.md', content: `---\n${fm}\n---\n${body}` }],
    }));

  const binary = fc.uint8Array({ maxLength: 64 * KiB }).map(bytes => ({
    kind: 'binary',
    label: `${bytes.length} random bytes`,
    files: [{ path: 'spec.md', content: bytes }],
  }));

  const multiFile = fc
    .array(
      fc.record({
        name: fc.constantFrom(
          'spec.md',
          'plan.md',
          'tasks.md',
          'research.md',
          'checklists/requirements.md',
          'phases/1-setup/plan.md',
          '../escape.md',
          '',
          'spec.md',
        ),
        spec: fc.integer({ min: 0, max: corpus.length - 1 }),
        mutations: fc.array(mutation, { maxLength: 4 }),
      }),
      { minLength: 2, maxLength: 6 },
    )
    .map(parts => ({
      kind: 'multi-file',
      label: `multi-file: ${parts.map(p => p.name || '(empty)').join(', ')}`,
      location: 'specs/001-fuzz',
      files: parts.map(p => ({
        path: p.name,
        content: mutate(corpus[p.spec].files[0].content, p.mutations),
      })),
    }));

  return fc.oneof(
    { arbitrary: mutatedCorpus, weight: 50 },
    { arbitrary: hostileYaml, weight: 15 },
    { arbitrary: hugeLine, weight: 10 },
    { arbitrary: deepNesting, weight: 10 },
    { arbitrary: binary, weight: 10 },
    { arbitrary: multiFile, weight: 5 },
  );
}

// --- The run ----------------------------------------------------------------------

interface Args {
  runs: number;
  seed: number;
  path?: string;
  record: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { runs: DEFAULT_RUNS, seed: DEFAULT_SEED, record: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--seed') args.seed = Number(argv[++i]);
    else if (arg === '--path') args.path = argv[++i];
    else if (arg === '--record') args.record = true;
    else if (/^\d[\d_,]*$/.test(arg))
      args.runs = Number(arg.replace(/[_,]/g, ''));
    else {
      process.stderr.write(
        'usage: yarn fuzz:parser [N] [--seed S] [--path P] [--record]\n',
      );
      process.exit(2);
    }
  }
  if (
    !Number.isSafeInteger(args.runs) ||
    args.runs < 1 ||
    !Number.isSafeInteger(args.seed)
  ) {
    process.stderr.write('N and the seed must be integers\n');
    process.exit(2);
  }
  return args;
}

function writeFailure(input: FuzzInput, args: Args, details: string): string {
  const dir = path.join(OUT_DIR, `failure-seed-${args.seed}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  input.files.forEach((file, i) => {
    const name = `${i}-${(file.path || 'empty').replace(
      /[^A-Za-z0-9._-]+/g,
      '_',
    )}`;
    fs.writeFileSync(path.join(dir, name), file.content);
  });
  fs.writeFileSync(
    path.join(dir, 'README.txt'),
    `${details}\n\nInput: ${input.label}\nFiles (in order): ${JSON.stringify(
      input.files.map(f => f.path),
    )}\nLocation: ${input.location ?? '(none)'}\n`,
  );
  return dir;
}

function percentile(sorted: number[], p: number): number {
  return (
    sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0
  );
}

function record(summary: string[]) {
  const doc = fs.existsSync(BENCH_DOC)
    ? fs.readFileSync(BENCH_DOC, 'utf8')
    : '# Benchmarks\n';
  const section = `${SECTION}\n\n${summary.join('\n')}\n`;
  const start = doc.indexOf(`${SECTION}\n`);
  let next: string;
  if (start < 0) {
    next = `${doc.trimEnd()}\n\n${section}`;
  } else {
    const after = doc.indexOf('\n## ', start + SECTION.length);
    next = doc.slice(0, start) + section + (after < 0 ? '' : doc.slice(after));
  }
  fs.writeFileSync(BENCH_DOC, next);
}

function main() {
  const args = parseArgs(process.argv.slice(3));
  const corpus = loadCorpus();
  const fixtureFiles = corpus.reduce((n, c) => n + c.files.length, 0);
  process.stdout.write(
    `fuzz:parser: ${args.runs} inputs, seed ${args.seed}, corpus of ${corpus.length} specs (${fixtureFiles} files)\n`,
  );

  const times: number[] = [];
  let bytes = 0;
  let slowest = { ms: 0, budgetMs: 0, bytes: 0, label: '' };
  let largest = 0;
  let done = 0;
  let failedInput: FuzzInput | undefined;
  const kinds = new Map<string, number>();
  const started = performance.now();
  const progressEvery = Math.max(1, Math.floor(args.runs / 10));

  const result = fc.check(
    fc.property(inputArbitrary(corpus), input => {
      const check = checkParse(input.files, { location: input.location });
      const size = inputBytes(input.files);
      done++;
      bytes += size;
      largest = Math.max(largest, size);
      times.push(check.wallMs);
      kinds.set(input.kind, (kinds.get(input.kind) ?? 0) + 1);
      if (check.ms / check.budgetMs > slowest.ms / (slowest.budgetMs || 1)) {
        slowest = {
          ms: check.ms,
          budgetMs: check.budgetMs,
          bytes: size,
          label: input.label,
        };
      }
      if (done % progressEvery === 0) {
        process.stderr.write(
          `  ${done}/${args.runs} (${(
            (performance.now() - started) /
            1000
          ).toFixed(0)} s)\n`,
        );
      }
      if (check.failure) {
        failedInput = input;
        throw new Error(check.failure);
      }
    }),
    {
      seed: args.seed,
      numRuns: args.runs,
      path: args.path,
      endOnFailure: true,
    },
  );

  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const summary = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${
      os.cpus()[0]?.model.trim() ?? 'unknown CPU'
    } (${os.cpus().length} cores), Node.js ${
      process.version
    }, by \`yarn fuzz:parser ${
      args.runs
    }\` (plugins/specs-common/fuzz/fuzzParser.ts), seed ${args.seed}.`,
    '',
    `Corpus: the ${corpus.length} fixture specs (${fixtureFiles} files) of plugins/specs-common/src/__fixtures__, mutated (lines deleted, duplicated, swapped, repeated up to 5,000 times; tokens and control characters injected; runs of up to 20,000 tokens; truncation; CRLF, CR, BOM, corrupt UTF-8 bytes, hostile front matter), plus hostile YAML front matter of up to 300 KiB, huge lines and line runs of up to 2 MiB, nesting up to 100,000 deep, random binary of up to 64 KiB and multi-file specs with odd paths. Checks per input: no exception, no internal parse failure, plain JSON result, main-thread CPU time within the per-file budget (250 ms + 500 ms per MiB). Times per input below are wall-clock; the budget is checked on CPU time.`,
    '',
    '| Inputs | Failures | Input MiB | Largest input | ms per input: median | p99 | max | Wall time |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${done} | ${result.failed ? 1 : 0} | ${(bytes / KiB / KiB).toFixed(
      1,
    )} | ${(largest / KiB).toFixed(0)} KiB | ${percentile(times, 0.5).toFixed(
      2,
    )} | ${percentile(times, 0.99).toFixed(1)} | ${(
      times[times.length - 1] ?? 0
    ).toFixed(1)} | ${seconds.toFixed(0)} s |`,
    '',
    `Inputs by kind: ${[...kinds.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}.`,
    '',
    `Closest to its budget (CPU time): ${slowest.label} (${(
      slowest.bytes / KiB
    ).toFixed(0)} KiB): ${slowest.ms.toFixed(
      1,
    )} ms of ${slowest.budgetMs.toFixed(0)} ms.`,
  ];

  if (result.failed) {
    const message = String(
      (result.errorInstance as Error | undefined)?.message ??
        result.error ??
        'failed',
    ).split('\n')[0];
    const details = [
      `fuzz:parser: input ${done} of ${args.runs} failed: ${message}`,
      `Replay: yarn fuzz:parser ${args.runs} --seed ${result.seed} --path ${result.counterexamplePath}`,
    ].join('\n');
    const dir = failedInput
      ? writeFailure(failedInput, args, details)
      : undefined;
    process.stdout.write(
      `\n${details}\nInput: ${failedInput?.label ?? '?'}\n${
        dir ? `Files: ${path.relative(process.cwd(), dir)}\n` : ''
      }\nfuzz: ${done - 1} passed, 1 failed\n`,
    );
    process.exit(1);
  }

  process.stdout.write(`\n${summary.join('\n')}\n`);
  if (args.record) {
    record(summary);
    process.stdout.write(
      `\nUpdated ${path.relative(process.cwd(), BENCH_DOC)}\n`,
    );
  }
  process.stdout.write(`\nfuzz: ${done} passed, 0 failed\n`);
}

main();
