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

// Checks the packed tarballs in <dir> the way a registry user would meet
// them: every public workspace has exactly one tarball; each has a README,
// the licence, a CHANGELOG, a dist/ folder and no src/; every entry point of its package.json (main,
// module, types, bin, exports, typesVersions, configSchema) is a file in the
// tarball and none points into src/; the config schema that the source
// declares is there; subpath exports of the source (`/alpha`) survive; no
// dependency is left on a workspace-only range; bundled packages declare no
// dependencies at all.
//   node scripts/install/checkTarballs.cjs dist-packages

const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const dir = path.resolve(process.argv[2] ?? 'dist-packages');
const problems = [];
const problem = (tarball, message) => problems.push(`${tarball}: ${message}`);

const sources = new Map(
  execFileSync('node', [path.join(__dirname, 'publicWorkspaces.cjs')], {
    encoding: 'utf8',
  })
    .split('\n')
    .filter(Boolean)
    .map(line => {
      const [name, location] = line.split('\t');
      const pkg = JSON.parse(
        fs.readFileSync(path.join(location, 'package.json'), 'utf8'),
      );
      return [name, pkg];
    }),
);

/**
 * Every file named by an exports/typesVersions/bin value. The `backstage`
 * condition of an export is a feature marker (`@backstage/FrontendPlugin`),
 * not a file.
 */
function targets(value) {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(targets);
  if (value && typeof value === 'object')
    return Object.entries(value)
      .filter(([key]) => key !== 'backstage')
      .flatMap(([, v]) => targets(v));
  return [];
}

function listFiles(root) {
  const out = [];
  const walk = rel => {
    for (const e of fs.readdirSync(path.join(root, rel), {
      withFileTypes: true,
    })) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(child);
      else out.push(child);
    }
  };
  walk('');
  return out;
}

const tarballs = fs
  .readdirSync(dir)
  .filter(f => f.endsWith('.tgz'))
  .sort();
const seen = new Set();

for (const tarball of tarballs) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'specstage-tgz-'));
  try {
    execFileSync('tar', ['-xzf', path.join(dir, tarball), '-C', tmp]);
    const root = path.join(tmp, 'package');
    const pkg = JSON.parse(
      fs.readFileSync(path.join(root, 'package.json'), 'utf8'),
    );
    const source = sources.get(pkg.name);
    seen.add(pkg.name);
    if (!source) {
      problem(tarball, `${pkg.name} is not a public workspace`);
      continue;
    }
    const files = listFiles(root);
    const has = rel => fs.existsSync(path.join(root, rel.replace(/^\.\//, '')));

    if (!files.some(f => /^readme(\.md)?$/i.test(f))) {
      problem(tarball, 'no README');
    }
    if (!files.some(f => /^licen[cs]e(\.md|\.txt)?$/i.test(f))) {
      problem(tarball, 'no LICENSE');
    }
    if (!files.includes('CHANGELOG.md')) {
      problem(tarball, 'no CHANGELOG.md');
    }
    if (!files.some(f => f.startsWith('dist/'))) {
      problem(tarball, 'no dist/');
    }
    if (files.some(f => f.startsWith('src/'))) {
      problem(tarball, 'ships src/');
    }

    const entryPoints = [
      ['main', pkg.main],
      ['module', pkg.module],
      ['types', pkg.types],
      ['configSchema', pkg.configSchema],
      ...targets(pkg.bin).map(t => ['bin', t]),
      ...targets(pkg.exports).map(t => ['exports', t]),
      ...targets(pkg.typesVersions).map(t => ['typesVersions', t]),
    ].filter(([, target]) => typeof target === 'string');
    for (const [field, target] of entryPoints) {
      if (/^(\.\/)?src\//.test(target)) {
        problem(tarball, `${field} points into src/: ${target}`);
      } else if (!has(target)) {
        problem(tarball, `${field} target missing: ${target}`);
      }
    }
    if (source.configSchema) {
      if (!pkg.configSchema || !has(pkg.configSchema)) {
        problem(tarball, 'the config schema of config.d.ts is missing');
      } else if (pkg.configSchema.endsWith('.json')) {
        JSON.parse(fs.readFileSync(path.join(root, pkg.configSchema), 'utf8'));
      }
    }
    if (source.exports) {
      for (const subpath of Object.keys(source.exports)) {
        if (!pkg.exports || !(subpath in pkg.exports)) {
          problem(tarball, `export ${subpath} is missing`);
        }
      }
    }
    if (!pkg.main && !pkg.exports && !pkg.bin) {
      problem(tarball, 'no main, exports or bin');
    }
    for (const field of [
      'dependencies',
      'peerDependencies',
      'optionalDependencies',
    ]) {
      for (const [dep, range] of Object.entries(pkg[field] ?? {})) {
        if (/^(workspace|link|portal|file):/.test(range)) {
          problem(tarball, `${field}.${dep} is ${range}`);
        }
      }
    }
    if (pkg.bundled && pkg.dependencies) {
      problem(tarball, 'a bundled package declares dependencies');
    }

    const size = fs.statSync(path.join(dir, tarball)).size;
    console.log(
      `[pack] ${tarball}  ${pkg.name}@${pkg.version}  ${files.length} files, ${(
        size / 1024
      ).toFixed(0)} KiB${
        pkg.configSchema ? `, schema ${pkg.configSchema}` : ''
      }${
        pkg.exports
          ? `, exports ${Object.keys(pkg.exports)
              .filter(k => k !== './package.json')
              .join(' ')}`
          : ''
      }`,
    );
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

for (const name of sources.keys()) {
  if (!seen.has(name)) {
    problems.push(`${name}: no tarball in ${dir}`);
  }
}

if (problems.length > 0) {
  console.error(`[pack] ${problems.length} problem(s):`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`[pack] ${tarballs.length} tarballs OK in ${dir}`);
