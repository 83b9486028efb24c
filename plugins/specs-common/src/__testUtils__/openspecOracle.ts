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

// OpenSpec's own CLI as the oracle (tests and `yarn bench:openspec` only):
// `openspec list --json` gives every active change's task counts and
// `openspec list --specs --json` every capability's requirement count.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { discoverSpecs, specSourcePaths } from '../discovery/discoverSpecs';
import { parseSpec } from '../parseSpec/parseSpec';
import { summarizeSpec } from '../summarizeSpec';
import { listFiles } from './fixtures';

/** The pinned `@fission-ai/openspec` CLI (a root devDependency). */
export function openSpecBin(): string {
  // Looked up like node does, but by path: the package's `exports` do not
  // list its bin, and jest's resolver holds to them.
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const bin = path.join(
      dir,
      'node_modules/@fission-ai/openspec/bin/openspec.js',
    );
    if (fs.existsSync(bin)) {
      return bin;
    }
    if (path.dirname(dir) === dir) {
      throw new Error(
        '@fission-ai/openspec is not installed (a root devDependency): run yarn install',
      );
    }
  }
}

/**
 * The environment the CLI runs in: no telemetry, no update check, no
 * colours, and a config home of its own (it must not read or write the
 * user's).
 */
export function openSpecEnv(): NodeJS.ProcessEnv {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'openspec-home-'));
  return {
    PATH: process.env.PATH,
    HOME: home,
    XDG_CONFIG_HOME: home,
    XDG_DATA_HOME: home,
    OPENSPEC_TELEMETRY: '0',
    DO_NOT_TRACK: '1',
    OPENSPEC_NO_UPDATE_CHECK: '1',
    OPENSPEC_NO_AUTO_CONFIG: '1',
    OPENSPEC_NO_ANIMATION: '1',
    NO_COLOR: '1',
    CI: '1',
  };
}

/** Counts by name: `change:<name>` → tasks, `spec:<id>` → requirements. */
export type OracleCounts = Record<
  string,
  { completedTasks: number; totalTasks: number } | { requirements: number }
>;

/** What `openspec list` reports for the tree at `root` (holding `openspec/`). */
export function openSpecCounts(
  root: string,
  env: NodeJS.ProcessEnv = openSpecEnv(),
): OracleCounts {
  const run = (args: string[]) =>
    JSON.parse(
      execFileSync(process.execPath, [openSpecBin(), ...args], {
        cwd: root,
        env,
        encoding: 'utf8',
      }),
    );
  const counts: OracleCounts = {};
  for (const change of run(['list', '--json']).changes ?? []) {
    counts[`change:${change.name}`] = {
      completedTasks: change.completedTasks,
      totalTasks: change.totalTasks,
    };
  }
  for (const spec of run(['list', '--specs', '--json']).specs ?? []) {
    counts[`spec:${spec.id}`] = { requirements: spec.requirementCount };
  }
  return counts;
}

/** The same counts from Specstage's parser, for the active changes and capabilities. */
export function specstageCounts(root: string): OracleCounts {
  const counts: OracleCounts = {};
  for (const candidate of discoverSpecs(listFiles(root))) {
    const { location, files } = specSourcePaths(candidate);
    const doc = parseSpec(
      files.map(f => ({
        path: f.specPath,
        content: fs.readFileSync(path.join(root, f.treePath)),
      })),
      { location },
    );
    const info = doc.openspec;
    if (doc.format !== 'openspec' || !info || info.archived) {
      continue;
    }
    const summary = summarizeSpec(doc);
    if (info.kind === 'change') {
      counts[`change:${info.name}`] = {
        completedTasks: summary.tasks.done,
        totalTasks: summary.tasks.total,
      };
    } else {
      counts[`spec:${info.name}`] = { requirements: summary.requirements };
    }
  }
  return counts;
}
