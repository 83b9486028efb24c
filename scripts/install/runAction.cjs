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

// Runs the composite action of action.yml locally, the way the GitHub runner
// does for `shell: bash` steps (`bash --noprofile --norc -eo pipefail`), so
// CI can check it without GitHub:
//   node scripts/install/runAction.cjs path=examples/specs package=./cli.tgz
// Inputs are name=value arguments; defaults come from action.yml. Only the
// expressions this action uses are supported (inputs.*, github.action_path),
// and only in `env:` — a `${{ }}` in a `run:` script is an error, because
// splicing inputs into a script is how composite actions get shell-injected.
// Exits with the first failing step's code.

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const yaml = require('yaml');

const root = path.resolve(__dirname, '../..');
const action = yaml.parse(
  fs.readFileSync(path.join(root, 'action.yml'), 'utf8'),
);

const given = Object.fromEntries(
  process.argv.slice(2).map(arg => {
    const eq = arg.indexOf('=');
    if (eq < 1) {
      throw new Error(`Expected name=value, got ${arg}`);
    }
    return [arg.slice(0, eq), arg.slice(eq + 1)];
  }),
);
for (const name of Object.keys(given)) {
  if (!(name in action.inputs)) {
    throw new Error(`action.yml has no input ${name}`);
  }
}
const inputs = Object.fromEntries(
  Object.entries(action.inputs).map(([name, spec]) => [
    name,
    given[name] ?? String(spec.default ?? ''),
  ]),
);

function evaluate(text) {
  return String(text).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr) => {
    const input = /^inputs\.([\w-]+)$/.exec(expr);
    if (input && input[1] in inputs) return inputs[input[1]];
    if (expr === 'github.action_path') return root;
    throw new Error(`Unsupported expression in action.yml: ${expr}`);
  });
}

if (action.runs?.using !== 'composite') {
  throw new Error('action.yml is not a composite action');
}
for (const step of action.runs.steps) {
  if (step.shell !== 'bash' || typeof step.run !== 'string') {
    throw new Error(`Unsupported step: ${JSON.stringify(step)}`);
  }
  if (step.run.includes('${{')) {
    throw new Error(
      `Step "${step.name}" splices an expression into its script`,
    );
  }
  const env = { ...process.env };
  for (const [key, value] of Object.entries(step.env ?? {})) {
    env[key] = evaluate(value);
  }
  const result = spawnSync(
    'bash',
    ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run],
    { env, stdio: 'inherit' },
  );
  if (result.status !== 0) {
    process.exit(result.status ?? 1);
  }
}
