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

// Runs a TypeScript file of this repository with the same on-the-fly
// transform that the Backstage CLI uses, e.g. for benchmarks:
//   node scripts/run-ts.cjs plugins/specs-common/bench/parserBench.ts [args]
// The script sees its own arguments in process.argv.slice(3).

const path = require('node:path');

const [, , file] = process.argv;
if (!file) {
  process.stderr.write('usage: node scripts/run-ts.cjs <file.ts> [args...]\n');
  process.exit(2);
}

require('@backstage/cli/config/nodeTransform.cjs');
require(path.resolve(file));
