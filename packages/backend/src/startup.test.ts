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
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

// Start-up smoke test: runs the real backend as its own process with the local
// config (embedded SQLite, example data), the way `yarn start` does, and checks
// that the example components reach the catalog API. It catches what unit tests
// cannot: mismatched package versions, broken plugin wiring, bad config.

const repoRoot = path.resolve(__dirname, '../../..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function poll<T>(
  what: string,
  fn: () => Promise<T | undefined>,
  timeoutMs: number,
  output: () => string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const value = await fn();
      if (value !== undefined) {
        return value;
      }
    } catch {
      // not ready yet
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${what}. Backend output:\n${output()}`);
    }
    await new Promise(r => setTimeout(r, 500));
  }
}

describe('backend start-up', () => {
  let child: ChildProcess | undefined;
  let logs = '';
  let baseUrl = '';
  let configFile = '';

  beforeAll(async () => {
    const port = await freePort();
    baseUrl = `http://localhost:${port}`;
    configFile = path.join(
      fs.mkdtempSync(path.join(os.tmpdir(), 'specstage-startup-')),
      'app-config.test.yaml',
    );
    fs.writeFileSync(
      configFile,
      [
        'backend:',
        `  baseUrl: ${baseUrl}`,
        '  listen:',
        `    port: ${port}`,
        'app:',
        `  baseUrl: ${baseUrl}`,
        '',
      ].join('\n'),
    );
    child = spawn(
      process.execPath,
      [
        '--enable-source-maps',
        '--require',
        require.resolve('@backstage/cli-node/config/nodeTransform.cjs'),
        'src/index.ts',
        '--config',
        path.join(repoRoot, 'app-config.yaml'),
        '--config',
        configFile,
      ],
      {
        cwd: path.resolve(__dirname, '..'),
        env: { ...process.env, NODE_ENV: 'development' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout!.on('data', d => {
      logs += d.toString();
    });
    child.stderr!.on('data', d => {
      logs += d.toString();
    });
  });

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise(r => child!.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise(r => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    fs.rmSync(path.dirname(configFile), { recursive: true, force: true });
  });

  it('becomes healthy and serves the example components', async () => {
    await poll(
      'readiness',
      async () => {
        const res = await fetch(`${baseUrl}/.backstage/health/v1/readiness`);
        return res.ok ? true : undefined;
      },
      150_000,
      () => logs,
    );

    const token = await poll(
      'a guest token',
      async () => {
        const res = await fetch(`${baseUrl}/api/auth/guest/refresh`, {
          headers: { 'X-Requested-With': 'XMLHttpRequest' },
        });
        const body = await res.json();
        return body?.backstageIdentity?.token as string | undefined;
      },
      30_000,
      () => logs,
    );

    // Every component the example locations define. The locations are
    // processed one by one, so poll until all of them are there rather than
    // until the first one is: on a busy machine the last arrives much later.
    const expected = [
      'ingress-gateway',
      'metrics-pipeline',
      'spec-portal',
      'specstage',
      'workload-identity-broker',
    ];
    const names = await poll(
      'all example components in the catalog',
      async () => {
        const res = await fetch(
          `${baseUrl}/api/catalog/entities?filter=kind=component&fields=metadata.name`,
          { headers: { Authorization: `Bearer ${token}` } },
        );
        if (!res.ok) return undefined;
        const entities: Array<{ metadata: { name: string } }> =
          await res.json();
        const found = entities.map(e => e.metadata.name).sort();
        return expected.every(name => found.includes(name))
          ? found
          : undefined;
      },
      180_000,
      () => logs,
    );

    expect(names).toEqual(expect.arrayContaining(expected));
    expect(logs).not.toMatch(/Plugin '.*' startup failed/i);
    expect(child!.exitCode).toBeNull();
  }, 420_000);
});
