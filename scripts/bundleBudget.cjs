#!/usr/bin/env node
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

// yarn check:bundle — the Specs plugin's share of the demo app's production
// build (packages/app/dist, `yarn workspace app build`), from the build's
// source maps (source-map-explorer), against budgets:
//   - the plugin's own JS: plugins/specs and specs-common sources, plus the
//     libraries only the plugin brings (marked, DOMPurify, mermaid, recharts
//     and what they pull in), not what Backstage ships anyway;
//   - what of it loads before any page is shown (the entry chunks named in
//     index.html): the plugin's registrations only;
//   - mermaid and recharts never in the entry chunks (loaded when a page
//     needs them).
// Prints one line per figure with its budget and "N passed, M failed";
// exits non-zero over budget. --json prints the figures as JSON instead.

const fs = require('node:fs');
const path = require('node:path');
const { explore } = require('source-map-explorer');

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'packages/app/dist');
const KB = 1024;

// Budgets in bytes (minified, uncompressed), set about 15% above the
// figures of docs/benchmarks.md ("Pages"): a larger regression fails.
const BUDGETS = {
  // Measured 2026-11-30: 268 KiB own code, 5263 KiB of libraries (mermaid
  // and its layout engines are 4.5 MiB of it, all loaded lazily).
  pluginOwn: 320 * KB,
  pluginTotal: 6400 * KB,
  // Measured: 6 KiB (route refs, extension definitions).
  pluginInitial: 60 * KB,
  lazyLibsInitial: 0,
};

/** Packages reachable from `names` through installed package.json deps. */
function reachable(names) {
  const seen = new Set();
  const stack = [...names];
  while (stack.length) {
    const name = stack.pop();
    if (seen.has(name)) continue;
    let pkg;
    try {
      pkg = JSON.parse(
        fs.readFileSync(
          path.join(root, 'node_modules', name, 'package.json'),
          'utf8',
        ),
      );
    } catch {
      continue;
    }
    seen.add(name);
    stack.push(...Object.keys(pkg.dependencies ?? {}));
    stack.push(...Object.keys(pkg.peerDependencies ?? {}));
  }
  return seen;
}

/** Libraries only the Specs plugin brings into the app. */
function pluginOnlyPackages() {
  const read = p =>
    JSON.parse(fs.readFileSync(path.join(root, p, 'package.json'), 'utf8'));
  const plugin = read('plugins/specs');
  const app = read('packages/app');
  const own = Object.keys(plugin.dependencies).filter(
    n => !n.startsWith('@backstage/') && !n.startsWith('@specstage/'),
  );
  const others = [
    ...Object.keys(app.dependencies).filter(n => !n.startsWith('@specstage/')),
    ...Object.keys(plugin.dependencies).filter(n =>
      n.startsWith('@backstage/'),
    ),
    '@material-ui/core',
    'react',
    'react-dom',
  ];
  const shared = reachable(others);
  return new Set([...reachable(own)].filter(n => !shared.has(n)));
}

function packageOf(file) {
  const i = file.lastIndexOf('node_modules/');
  if (i < 0) return undefined;
  const parts = file.slice(i + 'node_modules/'.length).split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

function entryChunks() {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  return new Set(
    [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map(m =>
      path.basename(m[1]),
    ),
  );
}

async function measure() {
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    throw new Error(
      'No production build in packages/app/dist: run `yarn workspace app build` first',
    );
  }
  const staticDir = path.join(dist, 'static');
  const bundles = fs
    .readdirSync(staticDir)
    .filter(
      f => f.endsWith('.js') && fs.existsSync(path.join(staticDir, `${f}.map`)),
    )
    .map(f => path.join(staticDir, f));
  const result = await explore(bundles, {
    output: { format: 'json' },
    noBorderChecks: true,
  });
  const pluginLibs = pluginOnlyPackages();
  const entries = entryChunks();
  const figures = {
    appTotal: 0,
    appInitial: 0,
    pluginOwn: 0,
    pluginLibs: 0,
    pluginTotal: 0,
    pluginInitial: 0,
    lazyLibsInitial: 0,
    mermaid: 0,
    recharts: 0,
    byLib: {},
  };
  for (const bundle of result.bundles) {
    const initial = entries.has(path.basename(bundle.bundleName));
    for (const [file, { size }] of Object.entries(bundle.files)) {
      if (file.startsWith('[')) continue; // [unmapped], [EOLs], …
      figures.appTotal += size;
      if (initial) figures.appInitial += size;
      const pkg = packageOf(file);
      const own = !pkg && /(^|\/)plugins\/specs(-common)?\/src\//.test(file);
      const lib = pkg && pluginLibs.has(pkg);
      if (!own && !lib) continue;
      if (own) figures.pluginOwn += size;
      else {
        figures.pluginLibs += size;
        figures.byLib[pkg] = (figures.byLib[pkg] ?? 0) + size;
      }
      figures.pluginTotal += size;
      if (initial) figures.pluginInitial += size;
      const heavy =
        pkg &&
        (pkg === 'mermaid' ||
          pkg === 'recharts' ||
          pkg.startsWith('@mermaid-js/') ||
          pkg === 'cytoscape' ||
          pkg === 'elkjs' ||
          pkg === 'katex');
      if (pkg === 'mermaid' || pkg?.startsWith('@mermaid-js/'))
        figures.mermaid += size;
      if (pkg === 'recharts') figures.recharts += size;
      if (heavy && initial) figures.lazyLibsInitial += size;
    }
  }
  return figures;
}

async function main() {
  const figures = await measure();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(figures, null, 2));
    return;
  }
  const kb = n => `${(n / KB).toFixed(0)} KiB`;
  let passed = 0;
  let failed = 0;
  const row = (label, value, budget) => {
    const ok = value <= budget;
    if (ok) passed += 1;
    else failed += 1;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${label}: ${kb(value)} (budget ${kb(budget)})`,
    );
  };
  console.log(
    `app: ${kb(figures.appTotal)} of JS, ${kb(
      figures.appInitial,
    )} in the entry chunks; Specs plugin: ${kb(
      figures.pluginOwn,
    )} own code + ${kb(
      figures.pluginLibs,
    )} of libraries only it brings (mermaid ${kb(
      figures.mermaid,
    )}, recharts ${kb(figures.recharts)})`,
  );
  row('Specs plugin own code', figures.pluginOwn, BUDGETS.pluginOwn);
  row(
    'Specs plugin JS (own + its libraries)',
    figures.pluginTotal,
    BUDGETS.pluginTotal,
  );
  row(
    'Specs plugin JS in the entry chunks',
    figures.pluginInitial,
    BUDGETS.pluginInitial,
  );
  row(
    'mermaid (and its layout engines), recharts in the entry chunks',
    figures.lazyLibsInitial,
    BUDGETS.lazyLibsInitial,
  );
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

module.exports = { measure, BUDGETS };

if (require.main === module) {
  main().catch(error => {
    console.error(error);
    process.exit(1);
  });
}
