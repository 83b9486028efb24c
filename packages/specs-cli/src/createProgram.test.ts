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

import { CommanderError } from 'commander';
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { createProgram } from './createProgram';
import {
  captureIo,
  createTempTree,
  GOOD_SPEC,
  removeTempTrees,
} from './testUtils';

async function run(cwd: string, ...args: string[]) {
  const io = captureIo(cwd);
  let exitCode: number | undefined;
  await createProgram(io, code => {
    exitCode = code;
  }).parseAsync(['node', 'specstage', ...args]);
  return { exitCode, out: io.out(), err: io.err() };
}

describe('createProgram', () => {
  afterEach(removeTempTrees);

  it('runs parse with its options', async () => {
    const cwd = createTempTree({ 'specs/0042-cache.md': GOOD_SPEC });
    const result = await run(cwd, 'parse', 'specs', '--pretty');
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.out)[0].path).toBe('specs/0042-cache.md');
    expect(result.out).toContain('\n  {');
  });

  it('runs lint with its options', async () => {
    const cwd = createTempTree({ 'specs/0042-cache.md': GOOD_SPEC });
    const result = await run(
      cwd,
      'lint',
      'specs',
      '--format',
      'json',
      '--max-warnings',
      '1000',
    );
    expect(result.exitCode).toBe(0);
    expect(Array.isArray(JSON.parse(result.out))).toBe(true);
  });

  it('rejects bad usage with a CommanderError', async () => {
    const cwd = createTempTree({});
    await expect(run(cwd, 'lint')).rejects.toThrow(CommanderError);
    await expect(run(cwd, 'lint', '.', '--max-warnings', '-1')).rejects.toThrow(
      CommanderError,
    );
    await expect(run(cwd, 'lint', '.', '--format', 'xml')).rejects.toThrow(
      CommanderError,
    );
    await expect(
      run(cwd, 'lint', '.', '--format', 'github'),
    ).resolves.toMatchObject({ exitCode: 0 });
  });
});

describe('bin/specstage', () => {
  const bin = path.resolve(__dirname, '../bin/specstage');
  const exec = (cwd: string, ...args: string[]) =>
    spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });

  afterEach(removeTempTrees);

  it('sets the exit code from the command', () => {
    const cwd = createTempTree({
      'specs/001-broken/spec.md': Buffer.from([0, 1, 2, 0xff]),
    });
    expect(exec(cwd, 'lint', 'specs').status).toBe(1);
    expect(exec(cwd, 'lint', 'missing').status).toBe(2);
    expect(exec(cwd, 'lint').status).toBe(2);
    const help = exec(cwd, '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('lint');
  }, 30_000);

  it('stops quietly when its reader goes away (specstage parse | head)', async () => {
    // Far more output than a pipe buffer holds, so the write hits the
    // closed pipe.
    const corpus = path.resolve(
      __dirname,
      '../../../plugins/specs-common/src/__fixtures__/corpus',
    );
    const child = spawn(process.execPath, [bin, 'parse', corpus, '--pretty'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', d => {
      stderr += d;
    });
    // Read one chunk, then close our end, as `head -n 1` does.
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>(resolve =>
      child.on('close', code => resolve(code)),
    );
    expect(stderr).not.toMatch(/EPIPE|Unhandled|at /);
    expect(status).toBe(0);
  }, 30_000);
});
