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

// yarn check:replicas — two backend replicas on one fresh PostgreSQL
// database (the second started once the first is up: both would race on
// Backstage's first migrations otherwise). Checks that
//   1. the spec refresh runs once per interval in total, never overlapping;
//   2. both replicas serve the same Spec entities and documents;
//   3. killing (SIGKILL) the replica that is refreshing loses no spec, and
//      the other one takes over at a following interval.
// Prints "N passed, M failed"; exits non-zero on a failure.
//
// Environment: REPLICA_PG (default postgresql://postgres@127.0.0.1:5432),
// REPLICA_PORTS (two ports, default: free ones), REPLICA_SPECS (default 1000: a refresh long enough to be killed mid-run).

import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

const repoRoot = path.resolve(__dirname, '../..');
const pgUrl = process.env.REPLICA_PG ?? 'postgresql://postgres@127.0.0.1:5432';
const SPECS = Number(process.env.REPLICA_SPECS ?? 1000);
const FREQUENCY_S = 3;
const TIMEOUT_S = 10;
const TOKEN = randomBytes(24).toString('hex');

let passed = 0;
let failed = 0;
function check(ok: boolean, what: string, detail = '') {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? ` (${detail})` : ''}`);
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

async function until<T>(
  fn: () => Promise<T | undefined | false>,
  what: string,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(250);
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function specMarkdown(i: number, version: string) {
  const id = `SPEC-${String(i).padStart(4, '0')}`;
  return `# Feature ${i} ${version}

**Spec ID**: ${id}
**Status**: In Progress
**Owner**: group:default/team-${i % 5}

## Summary

Feature ${i} lets users do thing ${i}.

## Requirements

- **FR-001**: The system MUST handle case ${i}.
- **FR-002**: The system MUST log case ${i}.

## Implementation Phases

### Phase 1: Build

- [x] Task 1.1: Build it (FR-001)
- [ ] Task 1.2: Log it (FR-002)
`;
}

function writeSpecs(dir: string, version: string) {
  for (let i = 1; i <= SPECS; i++) {
    const d = path.join(dir, `${String(i).padStart(4, '0')}-feature`);
    fs.mkdirSync(d, { recursive: true });
    fs.writeFileSync(path.join(d, 'spec.md'), specMarkdown(i, version));
  }
}

interface RefreshEvent {
  replica: string;
  at: number;
  kind: 'started' | 'finished';
}

class Replica {
  readonly events: RefreshEvent[] = [];
  private child?: ChildProcess;
  private output: string[] = [];
  exited = false;

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly configFile: string,
    private readonly sink: RefreshEvent[],
  ) {}

  start() {
    this.child = spawn(
      process.execPath,
      [
        path.join(repoRoot, 'scripts/run-ts.cjs'),
        'scripts/replicas/replicaBackend.ts',
        '--config',
        this.configFile,
      ],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        this.output.push(line);
        if (this.output.length > 200) this.output.shift();
        const kind = line.includes('Spec refresh started')
          ? 'started'
          : /Spec refresh: \d+ sources/.test(line)
          ? 'finished'
          : undefined;
        if (kind) {
          const event = { replica: this.name, at: Date.now(), kind } as const;
          this.events.push(event);
          this.sink.push(event);
        }
      }
    };
    this.child.stdout!.on('data', onData);
    this.child.stderr!.on('data', onData);
    this.child.on('exit', () => {
      this.exited = true;
    });
  }

  kill() {
    this.child?.kill('SIGKILL');
  }

  tail() {
    return this.output.slice(-30).join('\n');
  }

  async get(route: string): Promise<any> {
    const res = await fetch(`http://127.0.0.1:${this.port}${route}`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    if (!res.ok) throw new Error(`${route}: ${res.status}`);
    return res.json();
  }

  async specs(): Promise<any[]> {
    return this.get(
      '/api/catalog/entities?filter=kind=spec&fields=metadata.name,metadata.title,spec.counts,spec.specId',
    );
  }
}

function config(port: number, database: string, dir: string) {
  const pg = new URL(pgUrl);
  return JSON.stringify(
    {
      app: { baseUrl: `http://localhost:${port}` },
      backend: {
        baseUrl: `http://localhost:${port}`,
        listen: { port, host: '127.0.0.1' },
        database: {
          client: 'pg',
          // One database for everything, a schema per plugin: a fresh
          // database per run, dropped at the end.
          pluginDivisionMode: 'schema',
          connection: {
            host: pg.hostname,
            port: Number(pg.port || 5432),
            user: decodeURIComponent(pg.username || 'postgres'),
            password: decodeURIComponent(pg.password || ''),
            database,
          },
        },
        auth: {
          externalAccess: [
            {
              type: 'static',
              options: { token: TOKEN, subject: 'replica-check' },
            },
          ],
        },
        logger: {
          level: 'warn',
          overrides: [
            { matchers: { message: '/^Spec refresh/' }, level: 'debug' },
          ],
        },
      },
      catalog: {
        rules: [{ allow: ['Spec', 'Location'] }],
        processingInterval: { seconds: 2 },
        providers: {
          specs: {
            annotationDiscovery: false,
            sources: [{ target: dir, owner: 'group:default/team-0' }],
            schedule: {
              frequency: { seconds: FREQUENCY_S },
              timeout: { seconds: TIMEOUT_S },
              initialDelay: { seconds: 1 },
            },
          },
        },
      },
    },
    null,
    2,
  );
}

/** True when no two runs overlap: every start follows the previous finish. */
function runsNeverOverlap(events: RefreshEvent[], dead: Set<string>) {
  let running: RefreshEvent | undefined;
  for (const e of events) {
    if (e.kind === 'started') {
      // A run of a killed replica never finishes; its lock expires.
      if (running && !dead.has(running.replica)) return false;
      running = e;
    } else if (running?.replica === e.replica) {
      running = undefined;
    }
  }
  return true;
}

async function main() {
  const started = Date.now();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'specstage-replicas-'));
  const specsDir = path.join(work, 'specs');
  writeSpecs(specsDir, 'v1');
  const database = `specstage_replicas_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: `${pgUrl}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);

  const ports = process.env.REPLICA_PORTS
    ? process.env.REPLICA_PORTS.split(',').map(Number)
    : [await freePort(), await freePort()];
  const all: RefreshEvent[] = [];
  const replicas = ['a', 'b'].map((name, i) => {
    const file = path.join(work, `app-config.${name}.json`);
    fs.writeFileSync(file, config(ports[i], database, specsDir));
    return new Replica(name, ports[i], file, all);
  });
  const [a, b] = replicas;
  const dead = new Set<string>();

  try {
    a.start();
    await until(
      async () => (await a.specs()).length === SPECS,
      'replica a',
      180_000,
    );
    console.log(
      `replica a serves ${SPECS} specs (${Math.round(
        (Date.now() - started) / 1000,
      )}s)`,
    );
    b.start();
    await until(
      async () => (await b.specs()).length === SPECS,
      'replica b',
      180_000,
    );
    console.log(
      `replica b is up (${Math.round((Date.now() - started) / 1000)}s)`,
    );

    // 1. One refresh per interval in total.
    const windowS = 5 * FREQUENCY_S;
    const from = all.length;
    await sleep(windowS * 1000);
    const window = all.slice(from);
    const runs = window.filter(e => e.kind === 'finished');
    const byReplica = ['a', 'b'].map(
      r => `${r}: ${runs.filter(e => e.replica === r).length}`,
    );
    check(
      runs.length >= windowS / FREQUENCY_S - 1 &&
        runs.length <= windowS / FREQUENCY_S + 1,
      `one refresh per ${FREQUENCY_S}s interval across both replicas`,
      `${runs.length} runs in ${windowS}s, ${byReplica.join(', ')}`,
    );
    check(runsNeverOverlap(all, dead), 'refresh runs never overlap');

    // 2. Same specs and documents on both.
    const key = (list: any[]) =>
      JSON.stringify(
        list
          .map(e => [e.metadata.name, e.metadata.title, e.spec?.counts])
          .sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
      );
    const [specsA, specsB] = [await a.specs(), await b.specs()];
    check(
      specsA.length === SPECS && key(specsA) === key(specsB),
      'both replicas serve the same Spec entities',
      `${specsA.length} / ${specsB.length}`,
    );
    const sample = specsA.slice(0, 3).map(e => e.metadata.name as string);
    let sameDocs = true;
    for (const name of sample) {
      const route = `/api/specs/v1/entities/default/${name}/document`;
      const [docA, docB] = [await a.get(route), await b.get(route)];
      if (JSON.stringify(docA) !== JSON.stringify(docB)) sameDocs = false;
    }
    check(
      sameDocs,
      'both replicas serve the same spec documents',
      sample.join(', '),
    );

    // 3. Kill the refreshing replica mid-run; nothing is lost, the other
    // replica takes over once the dead run's lock times out.
    writeSpecs(specsDir, 'v2');
    const before = all.length;
    const start = await until(
      async () => all.slice(before).find(e => e.kind === 'started'),
      'a refresh that reads the changed specs',
      30_000,
    );
    const victim = replicas.find(r => r.name === start.replica)!;
    const survivor = replicas.find(r => r !== victim)!;
    victim.kill();
    dead.add(victim.name);
    const killedAt = Date.now();
    const finishedBeforeKill = victim.events.some(
      e => e.kind === 'finished' && e.at >= start.at,
    );
    console.log(
      `killed replica ${victim.name} ${
        finishedBeforeKill ? 'right after' : 'during'
      } a refresh`,
    );
    let lowest = SPECS;
    const updated = await until(
      async () => {
        const list = await survivor.specs();
        lowest = Math.min(lowest, list.length);
        return (
          list.length === SPECS &&
          list.every((e: any) => / v2$/.test(e.metadata.title)) &&
          list
        );
      },
      'the surviving replica to apply the change',
      (TIMEOUT_S + 4 * FREQUENCY_S) * 1000 + 60_000,
    ).catch(() => undefined);
    check(
      lowest === SPECS,
      'no spec lost while a replica was killed',
      `lowest count ${lowest}`,
    );
    check(
      survivor.events.some(e => e.kind === 'finished' && e.at > killedAt),
      `replica ${survivor.name} continues refreshing after the kill`,
    );
    check(
      Boolean(updated),
      `replica ${survivor.name} applies the change`,
      `${Math.round(
        (Date.now() - killedAt) / 1000,
      )}s after the kill, lock timeout ${TIMEOUT_S}s`,
    );
    check(runsNeverOverlap(all, dead), 'refresh runs never overlap');
  } catch (error) {
    check(false, 'replicas check', String(error));
    for (const r of replicas)
      console.log(`--- replica ${r.name}:\n${r.tail()}`);
  } finally {
    for (const r of replicas) r.kill();
    await until(
      async () => replicas.every(r => r.exited),
      'replicas to exit',
      10_000,
    ).catch(() => undefined);
    await admin
      .query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
      .catch(e => console.log(`could not drop ${database}: ${e}`));
    await admin.end();
    fs.rmSync(work, { recursive: true, force: true });
  }
  console.log(
    `check:replicas took ${Math.round((Date.now() - started) / 1000)}s`,
  );
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
