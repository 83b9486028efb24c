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

// Writes scripts/install/backstage-release.json: the version of every
// @backstage/* package that a create-app app depends on, at the Backstage
// release this repository's packages are built against. verify-install.sh
// pins the fresh app to it, so that the app and Specstage's packages share
// one copy of each @backstage/* package, as they do in an adopter's app on
// that release.
//   node scripts/install/makeReleaseManifest.cjs <app made by create-app>
//
// Versions come from this repository's yarn.lock; for the template's
// packages that this repository does not use (techdocs, kubernetes, …) from
// the registry: the newest version published before the end of the day after
// this repository's @backstage/cli version was (a Backstage release publishes
// all its packages together; patch releases follow within a day). Run it
// again after a Backstage upgrade; it asks the registry only about those
// packages, once, and CI reads the committed file.

const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const app = process.argv[2];
if (!app) {
  console.error('usage: makeReleaseManifest.cjs <app dir>');
  process.exit(2);
}

// The versions this repository uses: what its workspaces pin, else the
// newest in yarn.lock (which also holds older ones that some dev dependency
// brings along).
const newer = (a, b) => {
  const pa = a.split(/[.-]/).map(Number);
  const pb = b.split(/[.-]/).map(Number);
  for (let i = 0; i < 3; i++) {
    if (pa[i] !== pb[i]) return pa[i] > pb[i] ? a : b;
  }
  return a;
};
const lock = fs.readFileSync(path.join(root, 'yarn.lock'), 'utf8');
const ours = new Map();
for (const m of lock.matchAll(
  /^"?(@backstage\/[^@"]+)@npm:[^\n]*\n {2}version: "?([^"\n]+)"?/gm,
)) {
  ours.set(m[1], ours.has(m[1]) ? newer(ours.get(m[1]), m[2]) : m[2]);
}
const workspaceManifests = execFileSync(
  'node',
  [path.join(__dirname, 'publicWorkspaces.cjs')],
  { encoding: 'utf8' },
)
  .split('\n')
  .filter(Boolean)
  .map(line => path.join(line.split('\t')[1], 'package.json'))
  .concat(
    [
      'package.json',
      'packages/app/package.json',
      'packages/backend/package.json',
    ]
      .map(f => path.join(root, f))
      .filter(f => fs.existsSync(f)),
  );
for (const file of workspaceManifests) {
  const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const field of ['dependencies', 'devDependencies']) {
    for (const [name, range] of Object.entries(pkg[field] ?? {})) {
      if (name.startsWith('@backstage/') && /^\d+\.\d+\.\d+$/.test(range)) {
        ours.set(name, range);
      }
    }
  }
}

const wanted = new Set();
for (const file of [
  'package.json',
  'packages/app/package.json',
  'packages/backend/package.json',
]) {
  const pkg = JSON.parse(fs.readFileSync(path.join(app, file), 'utf8'));
  for (const field of ['dependencies', 'devDependencies']) {
    for (const name of Object.keys(pkg[field] ?? {})) {
      if (name.startsWith('@backstage/')) wanted.add(name);
    }
  }
}

function publishTimes(name) {
  return JSON.parse(
    execFileSync('npm', ['view', name, 'time', '--json'], { encoding: 'utf8' }),
  );
}

const cliVersion = ours.get('@backstage/cli');
const cliTime = new Date(publishTimes('@backstage/cli')[cliVersion]);
const cutoff = new Date(cliTime);
cutoff.setUTCDate(cutoff.getUTCDate() + 2);
cutoff.setUTCHours(0, 0, 0, 0);

const packages = {};
for (const name of [...wanted].sort()) {
  if (ours.has(name)) {
    packages[name] = ours.get(name);
    continue;
  }
  const times = publishTimes(name);
  const candidates = Object.entries(times)
    .filter(([v, t]) => /^\d+\.\d+\.\d+$/.test(v) && new Date(t) < cutoff)
    .sort((a, b) => (new Date(a[1]) < new Date(b[1]) ? -1 : 1));
  if (candidates.length === 0) {
    throw new Error(
      `No version of ${name} published before ${cutoff.toISOString()}`,
    );
  }
  packages[name] = candidates[candidates.length - 1][0];
  console.log(
    `${name}: ${packages[name]} (published ${
      candidates[candidates.length - 1][1]
    })`,
  );
}

const out = path.join(__dirname, 'backstage-release.json');
fs.writeFileSync(
  out,
  `${JSON.stringify(
    {
      description:
        'The @backstage/* versions of a create-app app at the Backstage release of this repository (written by makeReleaseManifest.cjs; read by verify-install.sh)',
      basedOn: `@backstage/cli@${cliVersion}, published ${cliTime.toISOString()}`,
      packages,
    },
    null,
    2,
  )}\n`,
);
console.log(
  `wrote ${path.relative(root, out)}: ${Object.keys(packages).length} packages`,
);
