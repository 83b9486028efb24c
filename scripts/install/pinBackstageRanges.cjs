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

// The create-app template writes `^x.y.z` for every @backstage/* package,
// with x.y.z the version of its release; without the yarn.lock seed that
// create-app fetches from GitHub, yarn resolves them to whatever is newest
// today, and mixes releases (a backend that crashes at start). This pins
// every one of them exactly:
//   node scripts/install/pinBackstageRanges.cjs <app-dir> [release.json]
// to the version in release.json (backstage-release.json: the release this
// repository's packages are built against), or, without it, to the
// template's own x.y.z.

const fs = require('node:fs');
const path = require('node:path');

const [app, releaseFile] = process.argv.slice(2);
const release = releaseFile
  ? JSON.parse(fs.readFileSync(releaseFile, 'utf8')).packages
  : undefined;
const missing = [];
const manifests = [
  'package.json',
  ...['packages', 'plugins'].flatMap(group => {
    const dir = path.join(app, group);
    return fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .map(name => path.join(group, name, 'package.json'))
          .filter(file => fs.existsSync(path.join(app, file)))
      : [];
  }),
];

let pinned = 0;
for (const file of manifests) {
  const full = path.join(app, file);
  const pkg = JSON.parse(fs.readFileSync(full, 'utf8'));
  for (const field of ['dependencies', 'devDependencies']) {
    for (const [name, range] of Object.entries(pkg[field] ?? {})) {
      const m = /^\^(\d+\.\d+\.\d+)$/.exec(range);
      if (!name.startsWith('@backstage/') || !m) {
        continue;
      }
      if (release && !release[name]) {
        missing.push(name);
        continue;
      }
      pkg[field][name] = release ? release[name] : m[1];
      pinned += 1;
    }
  }
  fs.writeFileSync(full, `${JSON.stringify(pkg, null, 2)}\n`);
}
if (missing.length > 0) {
  console.error(
    `[verify-install] ${releaseFile} has no version for ${missing.join(
      ', ',
    )}; ` + 'regenerate it with scripts/install/makeReleaseManifest.cjs',
  );
  process.exit(1);
}
console.log(
  `[verify-install] pinned ${pinned} @backstage/* ranges in ${manifests.join(
    ', ',
  )} to ${
    releaseFile ? path.basename(releaseFile) : "the template's versions"
  }`,
);
