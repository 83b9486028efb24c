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
 * Parser throughput benchmark: `yarn bench:parser`.
 *
 * Measures, in one process, the throughput of `parseSpec` over every spec of
 * the reference corpus (grouped by `discoverSpecs`, as the CLI and the
 * ingestion do) next to `marked.lexer` over the same bytes, then checks that
 * parse time grows linearly with input size. Results are printed and written
 * to the `## Parser` section of docs/benchmarks.md (skip with --no-write).
 * The corpus is `SPECSTAGE_CORPUS` when set, else the repository's copy in
 * src/__fixtures__/corpus.
 */

import { marked } from 'marked';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { discoverSpecs, parseSpec, SpecSourceFile } from '../src';
// Shared bench helpers live in scripts/bench; bench files are not part of
// any package's exports.
// eslint-disable-next-line @backstage/no-relative-monorepo-imports
import { BENCH_DOC, writeBenchSection } from '../../../scripts/bench/benchDoc';

const REPO_ROOT = path.resolve(__dirname, '../../..');
// The real-world corpus kept in this repository (only the corpus: the other
// fixtures are rule tests, not a workload); SPECSTAGE_CORPUS points it at
// another tree.
const CORPUS =
  process.env.SPECSTAGE_CORPUS ??
  path.resolve(__dirname, '../src/__fixtures__/corpus');

const WARMUP_MS = 1500;
const ROUND_MS = 300;
const ROUNDS = 9;
const MB = 1024 * 1024;

interface Workload {
  name: string;
  specs: { files: SpecSourceFile[]; location: string }[];
  /** The same files as `specs`, decoded once, for marked. */
  texts: string[];
  bytes: number;
}

function walk(root: string): string[] {
  const out: string[] = [];
  const pending = [''];
  while (pending.length) {
    const rel = pending.pop()!;
    for (const entry of fs.readdirSync(path.join(root, rel), {
      withFileTypes: true,
    })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (
        entry.isDirectory() &&
        !['node_modules', '.git'].includes(entry.name)
      ) {
        pending.push(child);
      } else if (entry.isFile()) {
        out.push(child);
      }
    }
  }
  return out.sort();
}

function loadCorpus(): Workload {
  const root = CORPUS;
  const paths = walk(root);
  // Templates are parsed too: they are spec files, and the more bytes the
  // steadier the numbers.
  const candidates = discoverSpecs(paths, { includeTemplates: true });
  const decoder = new TextDecoder();
  const specs: Workload['specs'] = [];
  const texts: string[] = [];
  let bytes = 0;
  for (const candidate of candidates) {
    const rootAbs = path.join(root, candidate.root);
    const base = candidate.layout === 'file' ? path.dirname(rootAbs) : rootAbs;
    const names =
      candidate.layout === 'file'
        ? [path.posix.basename(candidate.root)]
        : candidate.files.map(f =>
            f.startsWith(`${candidate.root}/`)
              ? f.slice(candidate.root.length + 1)
              : f,
          );
    const files: SpecSourceFile[] = [];
    for (const name of names) {
      const buffer = fs.readFileSync(path.join(base, name));
      const content = new Uint8Array(
        buffer.buffer,
        buffer.byteOffset,
        buffer.byteLength,
      );
      bytes += content.byteLength;
      texts.push(decoder.decode(content));
      files.push({ path: name, content });
    }
    specs.push({ files, location: candidate.root });
  }
  return {
    name: path.relative(REPO_ROOT, root) || root,
    specs,
    texts,
    bytes,
  };
}

/** Keeps results observable so that no engine can skip the work. */
let sink = 0;

function runParser(w: Workload) {
  for (const spec of w.specs) {
    sink += parseSpec(spec.files, { location: spec.location }).diagnostics
      .length;
  }
}

function runParserOnStrings(asText: Workload['specs']) {
  for (const spec of asText) {
    sink += parseSpec(spec.files, { location: spec.location }).diagnostics
      .length;
  }
}

function runMarked(w: Workload) {
  for (const text of w.texts) {
    sink += marked.lexer(text).length;
  }
}

/** Runs `fn` repeatedly for about `ms` and returns MB/s. */
/**
 * Runs `fn` repeatedly for about `ms` of wall time and returns MiB per
 * second of the CPU time the process spent (user + system). CPU time, not
 * wall time: on a machine shared with other work, the time this process is
 * not scheduled says nothing about the code; both contenders are measured
 * the same way.
 */
function round(fn: () => void, bytes: number, ms: number): number {
  let passes = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  do {
    fn();
    passes += 1;
  } while (performance.now() - start < ms);
  const cpu = process.cpuUsage(cpuStart);
  const seconds = (cpu.user + cpu.system) / 1e6;
  return (passes * bytes) / MB / seconds;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** One unit of a synthetic spec: a story, requirements, criteria, a phase. */
function syntheticUnit(k: number): string {
  const fr = (i: number) => `FR-${String(k * 10 + i).padStart(4, '0')}`;
  const sc = (i: number) => `SC-${String(k * 10 + i).padStart(4, '0')}`;
  const lines = [
    `### US-${k}: Operator provisions resource ${k} (Priority: P${
      (k % 3) + 1
    })`,
    '',
    `As a platform engineer I want resource ${k} provisioned declaratively so that`,
    'teams get a consistent, reviewed setup without tickets — **every time**.',
    '',
    '**Acceptance Scenarios**:',
    '',
    `1. **Given** a claim for resource ${k}, **When** it is applied, **Then** it becomes ready.`,
    `2. **Given** a deleted claim, **When** reconciled, **Then** cloud resources are removed.`,
    '',
    ...[1, 2, 3, 4, 5].map(
      i =>
        `- **${fr(
          i,
        )}**: The system MUST reconcile field ${i} of resource ${k} within 60s.`,
    ),
    ...[1, 2, 3].map(
      i =>
        `- **${sc(i)}**: p95 reconcile time of resource ${k} stays under ${
          i * 10
        }s [NEEDS CLARIFICATION: which cluster?]`,
    ),
    '',
    '```yaml',
    `apiVersion: cloud.example.io/v1alpha1`,
    `kind: Resource${k}`,
    '- [ ] not a task: inside a fence',
    '```',
    '',
    `### Phase ${k}: Deliver resource ${k}`,
    '',
    `**Goal**: resource ${k} is usable end to end.`,
    '',
    ...[1, 2, 3, 4, 5, 6, 7, 8].map(
      i =>
        `- [${i % 3 === 0 ? 'x' : ' '}] T${String(k * 10 + i).padStart(
          4,
          '0',
        )} [P] [US${k}] Implement step ${i} (${fr((i % 5) + 1)})`,
    ),
    '',
    `**Exit Criteria**: ${sc(1)} verified on staging.`,
    '',
  ];
  return lines.join('\n');
}

function syntheticSpec(units: number): string {
  const head = [
    '# Spec: Synthetic benchmark spec',
    '',
    '**Spec ID**: SPEC-0999',
    '**Status**: in-review',
    '**Created**: 2026-01-01',
    '',
    '## User Scenarios & Testing',
    '',
  ].join('\n');
  const body: string[] = [];
  for (let k = 1; k <= units; k++) {
    body.push(syntheticUnit(k));
  }
  const tail = [
    '## Review Checklist',
    '',
    '### Project Manager (PM)',
    '- [x] Problem statement is clear',
    '- [ ] Success criteria are measurable',
    '',
    '### SRE',
    '- [ ] Alerts defined',
    '',
  ].join('\n');
  return `${head}\n${body.join('\n')}\n${tail}`;
}

function fmt(n: number, digits = 1): string {
  return n.toFixed(digits);
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map(r => r[i].length)));
  const line = (r: string[]) =>
    `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [
    line(rows[0]),
    `| ${widths.map(w => '-'.repeat(w)).join(' | ')} |`,
    ...rows.slice(1).map(line),
  ].join('\n');
}

function main() {
  const write = !process.argv.includes('--no-write');
  const corpus = loadCorpus();
  const encoder = new TextEncoder();
  const asText = corpus.specs.map(s => ({
    location: s.location,
    files: s.files.map(f => ({
      path: f.path,
      content: new TextDecoder().decode(f.content as Uint8Array),
    })),
  }));
  const fileCount = corpus.texts.length;
  process.stdout.write(
    `Corpus ${corpus.name}: ${
      corpus.specs.length
    } specs, ${fileCount} files, ${fmt(corpus.bytes / 1024)} KiB\n`,
  );

  // Warm-up: let the JIT settle for every code path that is measured.
  const warmEnd = performance.now() + WARMUP_MS;
  while (performance.now() < warmEnd) {
    runParser(corpus);
    runParserOnStrings(asText);
    runMarked(corpus);
  }

  const results = {
    parser: [] as number[],
    strings: [] as number[],
    marked: [] as number[],
  };
  // Interleaved rounds, so drift (thermal, GC) hits every contender alike.
  for (let i = 0; i < ROUNDS; i++) {
    results.parser.push(round(() => runParser(corpus), corpus.bytes, ROUND_MS));
    results.strings.push(
      round(() => runParserOnStrings(asText), corpus.bytes, ROUND_MS),
    );
    results.marked.push(round(() => runMarked(corpus), corpus.bytes, ROUND_MS));
  }
  const parser = median(results.parser);
  const markedRate = median(results.marked);
  const ratio = parser / markedRate;

  const throughput = table([
    ['Contender', 'Input', 'MiB/s (median)', 'min', 'max'],
    ...(
      [
        ['parseSpec', 'bytes (decodes itself)', results.parser],
        ['parseSpec', 'strings', results.strings],
        ['marked.lexer', 'strings (pre-decoded)', results.marked],
      ] as const
    ).map(([name, input, rs]) => [
      name,
      input,
      fmt(median([...rs])),
      fmt(Math.min(...rs)),
      fmt(Math.max(...rs)),
    ]),
  ]);

  // Linearity: the same spec shape at 1×, 10× and 100× the size.
  const sizes = [1, 10, 100];
  const linear = sizes.map(n => {
    const bytes = encoder.encode(syntheticSpec(n * 20));
    const files = [{ path: 'spec.md', content: bytes }];
    const rate = median(
      Array.from({ length: 5 }, () =>
        round(
          () => {
            sink += parseSpec(files).diagnostics.length;
          },
          bytes.byteLength,
          ROUND_MS,
        ),
      ),
    );
    return { n, bytes: bytes.byteLength, msPerMb: 1000 / rate };
  });
  const growth = linear[linear.length - 1].msPerMb / linear[0].msPerMb;
  const linearity = table([
    ['Size', 'Input', 'ms per MiB'],
    ...linear.map(l => [
      `${l.n}×`,
      `${fmt(l.bytes / 1024)} KiB`,
      fmt(l.msPerMb, 2),
    ]),
  ]);

  const verdict = ratio >= 5 ? 'meets' : 'misses';
  const summary = `parseSpec / marked.lexer = ${fmt(
    ratio,
    2,
  )}× (target ≥ 5×: ${verdict})`;
  const linearSummary = `ms/MiB at 100× ÷ ms/MiB at 1× = ${fmt(
    growth,
    2,
  )} (1.0 is perfectly linear)`;

  process.stdout.write(
    `\n${throughput}\n\n${summary}\n\n${linearity}\n\n${linearSummary}\n`,
  );

  if (write) {
    const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
    // Paragraphs are single lines: the file stays prettier-clean whatever
    // the lengths of the numbers and names that go into it.
    const section = [
      '## Parser',
      '',
      [
        `Measured ${new Date().toISOString().slice(0, 10)} on ${cpu.trim()}`,
        `(${os.cpus().length} cores), Node.js ${process.version},`,
        'by `yarn bench:parser` (plugins/specs-common/bench/parserBench.ts).',
      ].join(' '),
      '',
      [
        `Workload: every spec of \`${corpus.name}\` as \`discoverSpecs\``,
        `groups it (templates included): ${corpus.specs.length} specs,`,
        `${fileCount} files, ${fmt(corpus.bytes / 1024)} KiB.`,
        '`parseSpec` gets the raw bytes and decodes them itself, as in real',
        'use; `marked.lexer` gets the same files already decoded to strings,',
        `its best case. Warm-up ${WARMUP_MS} ms, then ${ROUNDS} interleaved`,
        `rounds of ${ROUND_MS} ms each; throughput is per second of the`,
        'CPU time the process used (not wall time), so that other work on a',
        'shared machine does not count against either contender.',
      ].join(' '),
      '',
      throughput,
      '',
      `**${summary}**`,
      '',
      [
        'Linearity: a synthetic spec (user stories, requirements, criteria,',
        'a phase of tasks and a fenced block per unit) at 1×, 10× and 100×',
        'size.',
      ].join(' '),
      '',
      linearity,
      '',
      `${linearSummary}.`,
      '',
    ].join('\n');
    writeBenchSection(section);
    process.stdout.write(
      `\nUpdated ${path.relative(process.cwd(), BENCH_DOC)}\n`,
    );
  }
  if (sink === -1) {
    process.stdout.write('\n');
  }
}

main();
