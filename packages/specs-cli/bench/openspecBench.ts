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
 * `yarn bench:openspec`: `specstage parse --summary` against OpenSpec's own
 * CLI (`openspec list --json` then `openspec list --specs --json`, which is
 * what it takes OpenSpec to report the same counts) on the same trees, as
 * separate processes, side by side. Before timing, the counts of both are
 * compared (the oracle): a bench of a parser that disagrees means nothing.
 *
 * Trees: the pinned excerpt (specs-common's __fixtures__/openspec-wild) and
 * the same excerpt repeated N times under other names (a large monorepo's
 * worth of capabilities and changes). Results go to the `## OpenSpec`
 * section of docs/benchmarks.md (skip with --no-write).
 */

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
// Shared bench helpers live in scripts/bench; bench files are not part of
// any package's exports.
// eslint-disable-next-line @backstage/no-relative-monorepo-imports
import { writeBenchSection } from '../../../scripts/bench/benchDoc';
// The oracle test's way of running the pinned OpenSpec CLI, shared.
// eslint-disable-next-line @backstage/no-relative-monorepo-imports
import {
  openSpecBin,
  openSpecEnv,
} from '../../../plugins/specs-common/src/__testUtils__/openspecOracle';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const EXCERPT = path.join(
  REPO_ROOT,
  'plugins/specs-common/src/__fixtures__/openspec-wild',
);
const BUNDLE = path.join(REPO_ROOT, 'packages/specs-cli/dist/specstage.cjs.js');
const RUNS = 7;

/** The excerpt repeated `copies` times (copy k: every change and capability suffixed `-k`). */
function scaledTree(copies: number): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'openspec-bench-'));
  const from = path.join(EXCERPT, 'openspec');
  for (let k = 1; k <= copies; k++) {
    for (const [group, sub] of [
      ['specs', ''],
      ['changes', ''],
      ['changes', 'archive'],
    ] as const) {
      const dir = path.join(from, group, sub);
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        if (!entry.isDirectory() || entry.name === 'archive') {
          continue;
        }
        const name = copies === 1 ? entry.name : `${entry.name}-${k}`;
        fs.cpSync(
          path.join(dir, entry.name),
          path.join(root, 'openspec', group, sub, name),
          { recursive: true },
        );
      }
    }
  }
  return root;
}

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv): string {
  return execFileSync(process.execPath, args, {
    cwd,
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

interface Result {
  tree: string;
  capabilities: number;
  changes: number;
  specstageMs: number;
  openspecMs: number;
}

function measure(label: string, root: string): Result {
  const env = openSpecEnv();
  const specstage = () => run([BUNDLE, 'parse', 'openspec'], root, env);
  const openspec = () => [
    run([openSpecBin(), 'list', '--json'], root, env),
    run([openSpecBin(), 'list', '--specs', '--json'], root, env),
  ];

  // The oracle first: both tools count the same.
  const parsed: Array<{ format: string; openspec?: any; counts: any }> =
    JSON.parse(specstage());
  const [changesOut, specsOut] = openspec();
  const changes = JSON.parse(changesOut).changes ?? [];
  const specs = JSON.parse(specsOut).specs ?? [];
  const ours = new Map<string, string>();
  for (const doc of parsed) {
    const info = doc.openspec;
    if (doc.format !== 'openspec' || !info || info.archived) continue;
    ours.set(
      `${info.kind}:${info.name}`,
      info.kind === 'change'
        ? `${doc.counts.tasks.done}/${doc.counts.tasks.total}`
        : `${doc.counts.requirements}`,
    );
  }
  const theirs = new Map<string, string>();
  for (const c of changes) {
    theirs.set(`change:${c.name}`, `${c.completedTasks}/${c.totalTasks}`);
  }
  for (const s of specs) {
    theirs.set(`capability:${s.id}`, `${s.requirementCount}`);
  }
  const disagree = [...theirs].filter(([k, v]) => ours.get(k) !== v);
  if (disagree.length > 0 || ours.size !== theirs.size) {
    throw new Error(
      `specstage and openspec disagree on ${label}: ${JSON.stringify(
        disagree.slice(0, 5),
      )} (${ours.size} vs ${theirs.size} items)`,
    );
  }

  const time = (fn: () => unknown) => {
    fn(); // warm-up: file cache, node's compile cache
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      fn();
      samples.push(performance.now() - start);
    }
    return median(samples);
  };
  // Interleaved rounds would be fairer on a busy machine; alternating
  // whole series keeps each tool's page cache warm instead. Both are timed
  // the same way.
  const specstageMs = time(specstage);
  const openspecMs = time(openspec);
  return {
    tree: label,
    capabilities: specs.length,
    changes: changes.length,
    specstageMs,
    openspecMs,
  };
}

function writeSection(results: Result[]) {
  const cpu = os.cpus()[0]?.model.split(' ').slice(0, 2).join(' ') ?? 'CPU';
  const rows = results.map(
    r =>
      `| ${r.tree} | ${r.capabilities} | ${r.changes} | ${r.specstageMs.toFixed(
        0,
      )} | ${r.openspecMs.toFixed(0)} | ${(
        r.openspecMs / r.specstageMs
      ).toFixed(2)}× |`,
  );
  const section = [
    '## OpenSpec',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpu} (${
      os.cpus().length
    } cores), Node.js ${
      process.version
    }, by \`yarn bench:openspec\` (packages/specs-cli/bench/openspecBench.ts), \`@fission-ai/openspec\` 1.13.2.`,
    '',
    'Wall time of whole processes, median of ' +
      `${RUNS} runs after a warm-up: \`specstage parse openspec\` (the bundled CLI; every spec of the tree, capabilities, active and archived changes, parsed and linted) against \`openspec list --json\` followed by \`openspec list --specs --json\` (the two commands that give OpenSpec's own counts of the same tree). Before timing, the bench checks that both report the same task and requirement counts for every active change and capability. "excerpt" is the pinned fixture tree; "excerpt ×N" the same tree copied N times under other names. Load average during the run: ${os
        .loadavg()
        .map(n => n.toFixed(1))
        .join(', ')} (the machine is shared).`,
    '',
    '| tree | capabilities | active changes | specstage parse (ms) | openspec list ×2 (ms) | openspec / specstage |',
    '| ---- | -----------: | -------------: | -------------------: | --------------------: | -------------------: |',
    ...rows,
    '',
  ].join('\n');
  writeBenchSection(section);
}

function main() {
  if (!fs.existsSync(BUNDLE)) {
    process.stdout.write('building the specstage CLI bundle…\n');
    execFileSync('yarn', ['workspace', '@specstage/cli', 'build'], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
    });
  }
  const results: Result[] = [];
  for (const copies of [1, 50, 250]) {
    const root = scaledTree(copies);
    try {
      const label = copies === 1 ? 'excerpt' : `excerpt ×${copies}`;
      const result = measure(label, root);
      results.push(result);
      process.stdout.write(
        `${label}: ${result.capabilities} capabilities, ${
          result.changes
        } active changes — specstage ${result.specstageMs.toFixed(
          0,
        )} ms, openspec ${result.openspecMs.toFixed(0)} ms (${(
          result.openspecMs / result.specstageMs
        ).toFixed(2)}×)\n`,
      );
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  }
  if (!process.argv.includes('--no-write')) {
    writeSection(results);
  }
}

main();
