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

// The demo backend as the page and scale benchmarks run it: `yarn workspace
// backend start` with the repository's app-config.yaml and one more config
// file, in a process group of its own so that stopping it stops yarn, the
// CLI and the backend together.

import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '../..');

/** Starts the demo backend with `configFile` on top of app-config.yaml. */
export function startDemoBackend(configFile: string): ChildProcess {
  return spawn(
    'yarn',
    [
      'workspace',
      'backend',
      'start',
      '--config',
      path.join(REPO_ROOT, 'app-config.yaml'),
      '--config',
      configFile,
    ],
    { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'], detached: true },
  );
}

/** Stops a backend from {@link startDemoBackend}: SIGTERM, then SIGKILL after `graceMs`. */
export async function stopDemoBackend(
  backend: ChildProcess | undefined,
  graceMs = 3000,
): Promise<void> {
  const group = backend?.pid;
  if (!group) return;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-group, name);
      return true;
    } catch {
      return false; // already gone
    }
  };
  if (signal('SIGTERM') && graceMs > 0) {
    await new Promise(resolve => setTimeout(resolve, graceMs));
    signal('SIGKILL');
  }
}
