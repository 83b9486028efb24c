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

// Bundles the CLI and everything it imports into one CommonJS file,
// dist/specstage.cjs.js, for Node.js 18 and later.
//
// Why a bundle: `specstage lint` runs in other people's CI images, with
// whatever Node they have (18 to 24) and through `npx`. The published package
// therefore has no dependencies at all (`"bundled": true` makes
// `backstage-cli package prepack` drop them from the packed package.json):
// nothing to resolve, no engine constraints of transitive packages (commander
// 14 says node >= 20, the code it needs runs on 18), and the parser is exactly
// the one this repository tested. The licences of the bundled packages go into
// dist/THIRD_PARTY_LICENSES.md next to the bundle.

const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const pkgDir = path.resolve(__dirname, '..');
const outfile = path.join(pkgDir, 'dist', 'specstage.cjs.js');
const licensesFile = path.join(pkgDir, 'dist', 'THIRD_PARTY_LICENSES.md');
const ownPackage = require(path.join(pkgDir, 'package.json'));

/** The package.json above a bundled input file, if it is a node_modules package. */
function packageOf(file) {
  let dir = path.dirname(path.resolve(file));
  while (dir !== path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      const json = JSON.parse(fs.readFileSync(manifest, 'utf8'));
      if (json.name && json.version) {
        return { dir, json };
      }
    }
    dir = path.dirname(dir);
  }
  return undefined;
}

function licenseText(dir) {
  const name = fs
    .readdirSync(dir)
    .find(f => /^(licen[cs]e|copying|notice)(\.(md|txt))?$/i.test(f));
  return name
    ? fs.readFileSync(path.join(dir, name), 'utf8').trim()
    : undefined;
}

async function main() {
  const result = await esbuild.build({
    entryPoints: [path.join(pkgDir, 'src', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    // Prefer the CommonJS entry points, as Node itself would for require().
    mainFields: ['main', 'module'],
    sourcemap: false,
    minify: false,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
    banner: {
      js: `/* ${ownPackage.name}@${ownPackage.version}: bundled with its dependencies, see THIRD_PARTY_LICENSES.md */`,
    },
  });

  const bundled = new Map();
  for (const input of Object.keys(result.metafile.inputs)) {
    const pkg = packageOf(input);
    if (!pkg || pkg.json.name === ownPackage.name) {
      continue;
    }
    bundled.set(`${pkg.json.name}@${pkg.json.version}`, pkg);
  }
  const sections = [...bundled.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, { dir, json }]) => {
      const text = licenseText(dir);
      const license =
        typeof json.license === 'string' ? json.license : 'see below';
      return [
        `## ${id}`,
        '',
        `License: ${license}`,
        ...(text ? ['', '```text', text, '```'] : []),
        '',
      ].join('\n');
    });
  fs.writeFileSync(
    licensesFile,
    [
      `# Third-party licences of ${ownPackage.name}`,
      '',
      `\`dist/specstage.cjs.js\` contains the following packages.`,
      '',
      ...sections,
    ].join('\n'),
  );
  const size = fs.statSync(outfile).size;
  console.log(
    `bundled ${path.relative(pkgDir, outfile)} (${(size / 1024).toFixed(
      0,
    )} KiB, ${bundled.size} packages) and ${path.relative(
      pkgDir,
      licensesFile,
    )}`,
  );
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
