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

// Prints "<name>\t<directory>" for every workspace that is published (not
// private), sorted by name: the packages an adopter installs.

const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const rootPkg = JSON.parse(
  fs.readFileSync(path.join(root, 'package.json'), 'utf8'),
);

// The root's "workspaces" globs, as this repository writes them: `group/*`
// or a plain directory. Read directly, so that this runs without yarn.
const dirs = rootPkg.workspaces.flatMap(pattern => {
  if (pattern.endsWith('/*') && !pattern.slice(0, -2).includes('*')) {
    const group = path.join(root, pattern.slice(0, -2));
    return fs.existsSync(group)
      ? fs.readdirSync(group).map(name => path.join(group, name))
      : [];
  }
  if (pattern.includes('*')) {
    throw new Error(`Unsupported workspaces pattern: ${pattern}`);
  }
  return [path.join(root, pattern)];
});

const workspaces = dirs
  .filter(dir => fs.existsSync(path.join(dir, 'package.json')))
  .map(dir => {
    const pkg = JSON.parse(
      fs.readFileSync(path.join(dir, 'package.json'), 'utf8'),
    );
    return { name: pkg.name, dir, private: pkg.private === true };
  })
  .filter(w => !w.private)
  .sort((a, b) => a.name.localeCompare(b.name));

for (const w of workspaces) {
  process.stdout.write(`${w.name}\t${w.dir}\n`);
}
