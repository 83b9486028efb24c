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

// yarn bench:scale [N] — the demo backend on PostgreSQL (a fresh database,
// dropped afterwards) with N synthetic specs (default 10,000), under 20
// concurrent users (autocannon): the requests the /specs page, a spec page
// and search make. p50/p95 latency per request type, errors, and the
// backend's memory (RSS of its process group). Writes docs/benchmarks.md.
//
// Environment: REPLICA_PG (default postgresql://postgres@127.0.0.1:5432),
// BENCH_BACKEND_PORT (default 7028), BENCH_SECONDS (per request type, 15).

import autocannon from 'autocannon';
import { ChildProcess, execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { syntheticSpec } from '../../plugins/catalog-backend-module-specs/bench/syntheticSpec';
import { writeBenchSection } from './benchDoc';
import { startDemoBackend, stopDemoBackend } from './demoBackend';

const pgUrl = process.env.REPLICA_PG ?? 'postgresql://postgres@127.0.0.1:5432';
const PORT = Number(process.env.BENCH_BACKEND_PORT ?? 7028);
const BASE = `http://localhost:${PORT}`;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = 20;
const PHRASE = 'report failures with a clear status condition';

// Targets (p95, ms) for a portal that feels instant to 20 people at once:
// list and facet requests under half a second, a cached document well
// under that, a cold document (read + parse) and a search under a second.
const TARGETS: Record<string, number> = {
  list: 500,
  filtered: 500,
  facets: 800,
  documentCold: 1000,
  documentCached: 200,
  search: 1000,
};
const RSS_TARGET_MB = 2048;

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

async function json(url: string, token?: string) {
  const res = await fetch(url, {
    headers: token
      ? { authorization: `Bearer ${token}` }
      : { 'X-Requested-With': 'XMLHttpRequest' },
  });
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return res.json();
}

const token = async () =>
  (await json(`${BASE}/api/auth/guest/refresh`)).backstageIdentity.token;

function rssMb(pid: number): number {
  try {
    const out = execSync(`ps -o rss= -g ${pid}`).toString();
    return (
      out
        .split('\n')
        .map(Number)
        .filter(Boolean)
        .reduce((a, b) => a + b, 0) / 1024
    );
  } catch {
    return 0;
  }
}

async function load(
  name: string,
  paths: () => string,
  auth: string,
  backendPid: number,
) {
  const latencies: number[] = [];
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, rssMb(backendPid));
  }, 500);
  const instance = autocannon({
    url: BASE,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { authorization: `Bearer ${auth}` },
    requests: [{ setupRequest: (req: any) => ({ ...req, path: paths() }) }],
  });
  instance.on('response', (_c: unknown, _s: number, _b: number, ms: number) =>
    latencies.push(ms),
  );
  const result: any = await instance;
  clearInterval(timer);
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
  return {
    name,
    requests: latencies.length,
    p50: Math.round(pct(0.5)),
    p95: Math.round(pct(0.95)),
    errors: result.errors + result.timeouts + result.non2xx,
    rss: peak,
  };
}

async function main() {
  const n = Number(process.argv[3]) || 10000;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'specstage-scale-'));
  for (let i = 0; i < n; i++) {
    const d = path.join(work, 'specs', `${String(i).padStart(5, '0')}-s-${i}`);
    fs.mkdirSync(d, { recursive: true });
    fs.writeFileSync(path.join(d, 'spec.md'), syntheticSpec(i));
  }
  const database = `specstage_scale_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: `${pgUrl}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  const pg = new URL(pgUrl);
  const configFile = path.join(work, 'app-config.scale.json');
  fs.writeFileSync(
    configFile,
    JSON.stringify({
      app: { baseUrl: BASE },
      backend: {
        baseUrl: BASE,
        listen: { port: PORT },
        database: {
          client: 'pg',
          pluginDivisionMode: 'schema',
          connection: {
            host: pg.hostname,
            port: Number(pg.port || 5432),
            user: decodeURIComponent(pg.username || 'postgres'),
            password: decodeURIComponent(pg.password || ''),
            database,
          },
        },
      },
      catalog: {
        processingInterval: { minutes: 30 },
        providers: {
          specs: {
            sources: [
              {
                target: path.join(work, 'specs'),
                owner: 'group:default/platform-team',
              },
            ],
            schedule: {
              frequency: { minutes: 30 },
              timeout: { minutes: 20 },
              initialDelay: { seconds: 1 },
            },
          },
        },
      },
      search: {
        collators: {
          specs: {
            schedule: {
              frequency: { minutes: 2 },
              timeout: { minutes: 20 },
              initialDelay: { seconds: 5 },
            },
          },
        },
      },
    }),
  );

  let backend: ChildProcess | undefined;
  try {
    backend = startDemoBackend(configFile);
    const t0 = Date.now();
    let auth = '';
    for (;;) {
      try {
        auth = await token();
        const { totalItems } = await json(
          `${BASE}/api/catalog/entities/by-query?filter=kind=spec&limit=1&fields=metadata.name`,
          auth,
        );
        const search = await json(
          `${BASE}/api/search/query?term=${encodeURIComponent(
            PHRASE,
          )}&types%5B0%5D=spec`,
          auth,
        );
        if (totalItems >= n && search.results?.length) break;
      } catch {
        // starting
      }
      if (Date.now() - t0 > 40 * 60_000) throw new Error('not ready');
      await sleep(3000);
    }
    console.log(
      `backend serves and indexes ${n} specs on PostgreSQL (${Math.round(
        (Date.now() - t0) / 1000,
      )} s)`,
    );
    const sample = await json(
      `${BASE}/api/catalog/entities/by-query?filter=kind=spec&limit=1&fields=spec.status`,
      auth,
    );
    const status = sample.items[0].spec.status.value;
    const names: string[] = [];
    let cursor: string | undefined;
    do {
      const page: any = await json(
        `${BASE}/api/catalog/entities/by-query?${
          cursor
            ? `cursor=${encodeURIComponent(cursor)}`
            : 'filter=kind=spec&limit=1000'
        }&fields=metadata.name`,
        auth,
      );
      names.push(...page.items.map((e: any) => e.metadata.name));
      cursor = page.pageInfo?.nextCursor;
    } while (cursor);
    const fields = [
      'kind',
      'metadata.name',
      'metadata.namespace',
      'metadata.title',
      'metadata.description',
      'spec',
      'relations',
    ].join(',');
    const pid = backend.pid!;
    let cold = 0;
    const rows = [];
    const runs: Array<[string, () => string]> = [
      [
        'list',
        () =>
          `/api/catalog/entities/by-query?filter=kind=spec&limit=20&fields=${fields}`,
      ],
      [
        'filtered',
        () =>
          `/api/catalog/entities/by-query?filter=kind=spec,spec.status.value=${encodeURIComponent(
            status,
          )}&limit=20&fields=${fields}`,
      ],
      [
        'facets',
        () =>
          '/api/catalog/entity-facets?filter=kind=spec&facet=spec.status.value&facet=spec.status.stale&facet=spec.type&facet=relations.ownedBy&facet=relations.specifies&facet=spec.counts.openClarifications',
      ],
      [
        'documentCold',
        () =>
          `/api/specs/v1/entities/default/${
            names[cold++ % names.length]
          }/document`,
      ],
      [
        'documentCached',
        () => `/api/specs/v1/entities/default/${names[0]}/document`,
      ],
      [
        'search',
        () =>
          `/api/search/query?term=${encodeURIComponent(
            PHRASE,
          )}&types%5B0%5D=spec`,
      ],
    ];
    for (const [name, paths] of runs) {
      const r = await load(name, paths, auth, pid);
      rows.push(r);
      console.log(
        `${name}: ${r.requests} requests, p50 ${r.p50} ms, p95 ${
          r.p95
        } ms (target ${TARGETS[name]} ms), ${
          r.errors
        } errors, backend RSS ${r.rss.toFixed(0)} MB`,
      );
    }
    const coldNote =
      cold > names.length
        ? `more requests (${cold}) than specs: later ones were cached`
        : `${cold} distinct documents, each read once`;
    const label: Record<string, string> = {
      list: '`/specs` first page (20 rows, list fields)',
      filtered: `\`/specs\` filtered by status (\`${status}\`)`,
      facets: 'Summary facets (the /specs header)',
      documentCold: `A spec's document, cold (${coldNote})`,
      documentCached: "A spec's document, cached",
      search: `Search for a requirement phrase ("${PHRASE}", PostgreSQL engine)`,
    };
    const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
    const peak = Math.max(...rows.map(r => r.rss));
    const section = `## Scale on PostgreSQL (\`yarn bench:scale\`)

Measured ${new Date().toISOString().slice(0, 10)} on ${cpu} (${
      os.cpus().length
    } cores), Node.js ${
      process.version
    }, by \`yarn bench:scale ${n}\` (scripts/bench/scaleBench.ts): the demo backend (\`yarn workspace backend start\`) on a fresh PostgreSQL database with ${n} synthetic specs, indexed by the PostgreSQL search engine; ${CONNECTIONS} concurrent connections (autocannon) for ${SECONDS} s per request type, as a guest user. Load average during the run: ${os
      .loadavg()
      .map(l => l.toFixed(1))
      .join(', ')} (the machine is shared).

| Request | requests | p50 (ms) | p95 (ms) | p95 target (ms) | errors |
| --- | ---: | ---: | ---: | ---: | ---: |
${rows
  .map(
    r =>
      `| ${label[r.name]} | ${r.requests} | ${r.p50} | ${r.p95} | ${
        TARGETS[r.name]
      }${r.p95 > TARGETS[r.name] ? ' (missed)' : ''} | ${r.errors} |`,
  )
  .join('\n')}

Backend memory: peak RSS ${peak.toFixed(
      0,
    )} MB (process group, sampled every 0.5 s; target ≤ ${RSS_TARGET_MB} MB). Targets: list and filter requests are what every visit to /specs makes, so they get the tightest bound (500 ms at p95 under 20 users); facets aggregate over all specs (800 ms); a cached document is a cache hit plus a permission check (200 ms); a cold document reads and parses the spec's files (1 s); search goes through PostgreSQL full text (1 s).
`;
    writeBenchSection(section);
  } finally {
    await stopDemoBackend(backend);
    await admin
      .query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
      .catch(e => console.log(`could not drop ${database}: ${e}`));
    await admin.end();
    fs.rmSync(work, { recursive: true, force: true });
  }
  process.exit(0);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
