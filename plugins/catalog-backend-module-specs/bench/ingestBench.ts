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
 * yarn bench:ingest [N ...]   (default: 1000 10000)
 *
 * For each N, in one process and against the same kind of catalog (real
 * catalog backend, in-memory SQLite, the Spec processor installed):
 *  1. writes N synthetic specs to disk (sizes like the corpus) and measures
 *     the time until all N Spec entities are visible through the catalog API
 *     with their relations;
 *  2. measures a rescan with no change (the provider's next refresh);
 *  3. writes the same N entities as plain YAML into one file location and
 *     measures the time until the catalog shows them with relations — the
 *     baseline: the catalog's own YAML ingest.
 * Prints the ratio (specs / YAML), the rescan cost and peak RSS, and writes
 * them to the "## Ingest" section of docs/benchmarks.md.
 */
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { createBackendModule } from '@backstage/backend-plugin-api';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  catalogProcessingExtensionPoint,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { coreServices } from '@backstage/backend-plugin-api';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { stringify } from 'yaml';
import { SpecEntityProcessor } from '../src/processor/SpecEntityProcessor';
import { SpecsEntityProvider } from '../src/provider/SpecsEntityProvider';
import { COMPONENTS_PER_SPEC, syntheticSpec } from './syntheticSpec';
// Shared bench helpers live in scripts/bench; bench files are not part of
// any package's exports.
// eslint-disable-next-line @backstage/no-relative-monorepo-imports
import { writeBenchSection } from '../../../scripts/bench/benchDoc';

function writeSpecs(dir: string, n: number) {
  for (let i = 0; i < n; i++) {
    const d = path.join(dir, `${String(i).padStart(5, '0')}-synthetic-${i}`);
    fs.mkdirSync(d, { recursive: true });
    fs.writeFileSync(path.join(d, 'spec.md'), syntheticSpec(i));
  }
}

function componentsYaml(n: number): string {
  const docs = [];
  for (let c = 0; c < Math.ceil(n / COMPONENTS_PER_SPEC); c++) {
    docs.push(
      stringify({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: `svc-${c}` },
        spec: {
          type: 'service',
          lifecycle: 'production',
          owner: 'group:default/team-a',
        },
      }),
    );
  }
  return docs.join('---\n');
}

async function until(fn: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await fn())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise(r => setTimeout(r, 200));
  }
}

async function countWithRelations(server: any, n: number): Promise<boolean> {
  const res = await request(server)
    .get('/api/catalog/entities/by-query')
    .query({
      filter: 'kind=spec,relations.specifies',
      limit: 1,
      fields: 'metadata.name',
    })
    .set('authorization', mockCredentials.service.header());
  return res.status === 200 && res.body.totalItems >= n;
}

let peakRss = 0;
const rssTimer = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 100);

async function runCatalog(options: {
  locations: Array<{ type: string; target: string }>;
  provider?: (deps: any) => SpecsEntityProvider;
}) {
  let provider: SpecsEntityProvider | undefined;
  const module = createBackendModule({
    pluginId: 'catalog',
    moduleId: 'specs-bench',
    register(reg) {
      reg.registerInit({
        deps: {
          processing: catalogProcessingExtensionPoint,
          catalog: catalogServiceRef,
          logger: coreServices.logger,
          reader: coreServices.urlReader,
          auth: coreServices.auth,
        },
        async init(deps) {
          deps.processing.addProcessor(new SpecEntityProcessor());
          if (options.provider) {
            provider = options.provider(deps);
            deps.processing.addEntityProvider(provider);
          }
        },
      });
    },
  });
  const backend = await startTestBackend({
    features: [
      catalogPlugin,
      module,
      mockServices.rootConfig.factory({
        data: {
          catalog: {
            // New entities are processed at once; the interval only
            // paces re-processing, which would compete with the ingest.
            processingInterval: { seconds: 600 },
            rules: [{ allow: ['Component', 'Spec', 'Location'] }],
            locations: options.locations,
          },
        },
      }),
      mockServices.rootLogger.factory({ level: 'warn' }),
    ],
  });
  return { backend, provider: () => provider! };
}

/** The entities the provider produces for a tree, captured without a catalog. */
async function captureEntities(specsDir: string): Promise<any[]> {
  const config = new ConfigReader({
    catalog: {
      providers: {
        specs: { sources: [{ target: specsDir }], annotationDiscovery: false },
      },
    },
  });
  let entities: any[] = [];
  const provider = new SpecsEntityProvider({
    config,
    logger: mockServices.rootLogger({ level: 'warn' }),
    // Local sources only: neither the URL reader nor the catalog is used.
    reader: {} as any,
    catalog: {} as any,
    auth: mockServices.auth(),
    integrations: ScmIntegrations.fromConfig(config),
  });
  await provider.connect({
    applyMutation: async m => {
      if (m.type === 'full') entities = m.entities.map(e => e.entity);
    },
    refresh: async () => {},
  });
  await provider.refresh();
  return entities;
}

async function benchOne(n: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `specstage-bench-${n}-`));
  const specsDir = path.join(dir, 'specs');
  writeSpecs(specsDir, n);
  const componentsFile = path.join(dir, 'components.yaml');
  fs.writeFileSync(componentsFile, componentsYaml(n));
  const bytes = n * Buffer.byteLength(syntheticSpec(1));

  // The same N entities as plain YAML: the baseline is the catalog's own
  // ingest of exactly what the provider would publish.
  const yamlFile = path.join(dir, 'specs.yaml');
  fs.writeFileSync(
    yamlFile,
    (await captureEntities(specsDir))
      .map(e => {
        const { annotations: _a, ...metadata } = e.metadata;
        return stringify({ ...e, metadata });
      })
      .join('---\n'),
  );

  // 1. Baseline: YAML from a file location, timed from backend start.
  const y0 = performance.now();
  const yamlRun = await runCatalog({
    locations: [
      { type: 'file', target: componentsFile },
      { type: 'file', target: yamlFile },
    ],
  });
  await until(
    () => countWithRelations(yamlRun.backend.server, n),
    n > 100 ? 30 * 60_000 : 60_000,
  );
  const yamlMs = performance.now() - y0;
  await yamlRun.backend.stop();

  // 2. Specs from disk through the provider, timed the same way.
  const config = new ConfigReader({
    catalog: {
      providers: {
        specs: { sources: [{ target: specsDir }], annotationDiscovery: false },
      },
    },
  });
  const t0 = performance.now();
  const specsRun = await runCatalog({
    locations: [{ type: 'file', target: componentsFile }],
    provider: deps =>
      new SpecsEntityProvider({
        config,
        logger: deps.logger,
        reader: deps.reader,
        catalog: deps.catalog,
        auth: deps.auth,
        integrations: ScmIntegrations.fromConfig(config),
      }),
  });
  const p0 = performance.now();
  const first = await specsRun.provider().refresh();
  const tParsed = performance.now() - p0;
  await until(
    () => countWithRelations(specsRun.backend.server, n),
    n > 100 ? 30 * 60_000 : 60_000,
  );
  const specsMs = performance.now() - t0;

  // 3. Rescan with no change.
  const r0 = performance.now();
  const rescan = await specsRun.provider().refresh();
  const rescanMs = performance.now() - r0;
  await specsRun.backend.stop();
  fs.rmSync(dir, { recursive: true, force: true });

  return {
    n,
    bytes,
    parseMs: tParsed,
    specsMs,
    yamlMs,
    ratio: specsMs / yamlMs,
    rescanMs,
    rescanShare: rescanMs / specsMs,
    firstParsed: first.parsed,
    rescanParsed: rescan.parsed,
    rescanApplied: rescan.applied,
  };
}

async function main() {
  const sizes = process.argv.slice(3).map(Number).filter(Boolean);
  const ns = sizes.length ? sizes : [1000, 10000];
  // Warm-up: JIT, schema compilation and module loading for both pipelines,
  // so that neither side pays them inside its measurement.
  await benchOne(20);
  const rows = [];
  for (const n of ns) {
    peakRss = 0;
    const r = await benchOne(n);
    rows.push({ ...r, peakRssMb: peakRss / 1024 / 1024 });
    console.log(
      `N=${n}: specs ${(r.specsMs / 1000).toFixed(1)} s (parse+provider ${(
        r.parseMs / 1000
      ).toFixed(1)} s), ` +
        `YAML ${(r.yamlMs / 1000).toFixed(1)} s, ratio ${r.ratio.toFixed(
          2,
        )} (target <= 1.25), ` +
        `rescan ${r.rescanMs.toFixed(0)} ms = ${(r.rescanShare * 100).toFixed(
          2,
        )}% of a full ingest (target <= 5%, parsed ${r.rescanParsed}, applied ${
          r.rescanApplied
        }), ` +
        `peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB`,
    );
  }
  clearInterval(rssTimer);
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  writeBenchSection(
    [
      '## Ingest',
      '',
      `\`yarn bench:ingest\` — ${new Date()
        .toISOString()
        .slice(0, 10)}, ${cpu}, ${os.cpus().length} cores, Node ${
        process.version
      }.`,
      'Real catalog backend (in-memory SQLite) in the benchmark process, after a warm-up run of both pipelines. "Specs": N synthetic',
      'spec directories (~5 KB each, like the corpus) through the Specstage provider, until all N are visible through',
      'the catalog API with `specifies` relations. "YAML": the same N entities as plain YAML in one file location,',
      "ingested by the same catalog with the same processors (captured from the provider, so identical). Both are timed from backend start. Rescan: the provider's next refresh with nothing changed.",
      '',
      '| N | specs (s) | YAML (s) | ratio | rescan (ms) | rescan / full | peak RSS (MB) |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows.map(
        r =>
          `| ${r.n} | ${(r.specsMs / 1000).toFixed(1)} | ${(
            r.yamlMs / 1000
          ).toFixed(1)} | ${r.ratio.toFixed(2)} | ${r.rescanMs.toFixed(0)} | ${(
            r.rescanShare * 100
          ).toFixed(2)}% | ${r.peakRssMb.toFixed(0)} |`,
      ),
      '',
      'Targets: ratio <= 1.25, rescan <= 5% of a full ingest.',
      '',
    ].join('\n'),
  );
}

main().then(
  // Stopped backends still leave timers of the catalog's engine behind; the
  // benchmark is done, so it ends itself.
  () => process.exit(0),
  e => {
    console.error(e);
    process.exit(1);
  },
);
