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

// Executes docs/install.md in a Backstage app, so that the guide is what CI
// checks and cannot drift from it:
//   node scripts/install/runGuide.cjs <guide.md> <app-dir> <start-command-file>
//   node scripts/install/runGuide.cjs --list <guide.md>   (the steps, not run)
//
// Every fenced code block of the guide must follow a marker comment (HTML
// comments are invisible on GitHub and npm) saying what it is:
//
//   <!-- verify-install: run -->          a shell block, run in the app's root
//   <!-- verify-install: insert <file> before <line> -->
//                                         code lines (a first line that is
//                                         only a comment naming the file is
//                                         left out) go into <file>, just before
//                                         the line that reads <line>
//   <!-- verify-install: merge <file> -->  a YAML fragment merged into <file>
//                                         (maps merged key by key, everything
//                                         else replaced; comments kept)
//   <!-- verify-install: start -->        the command that starts the app; not
//                                         run here, written to
//                                         <start-command-file> for the caller
//   <!-- verify-install: example -->      an illustration (your URLs, your
//                                         components), not run
//   <!-- verify-install: legacy -->       legacy frontend system wiring, checked
//                                         by plugins/specs/src/legacyWiring.test.tsx
//
// A block without a marker, or a marker without a block, is an error.

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');

const listOnly = process.argv[2] === '--list';
const [guideFile, appDir, startFile] = process.argv.slice(listOnly ? 3 : 2);
if (!guideFile || (!listOnly && (!appDir || !startFile))) {
  console.error(
    'usage: runGuide.cjs <guide.md> <app-dir> <start-command-file>',
  );
  process.exit(2);
}

// Blocks inside list items are indented; their marker and fence are too.
const MARKER = /^\s*<!--\s*verify-install:\s*(.+?)\s*-->\s*$/;
const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/;

/** The guide's blocks, in order, each with its marker. */
function readGuide(text) {
  const lines = text.split('\n');
  const blocks = [];
  let pending;
  for (let i = 0; i < lines.length; i++) {
    const marker = MARKER.exec(lines[i]);
    if (marker) {
      if (pending) {
        throw new Error(`line ${pending.line}: marker without a code block`);
      }
      pending = { marker: marker[1], line: i + 1 };
      continue;
    }
    const fence = FENCE.exec(lines[i]);
    if (!fence) {
      if (pending && lines[i].trim() !== '') {
        throw new Error(
          `line ${pending.line}: marker not directly followed by a code block`,
        );
      }
      continue;
    }
    const [, indent, ticks, language] = fence;
    const start = i + 1;
    const body = [];
    for (
      i++;
      i < lines.length && !lines[i].trimStart().startsWith(ticks);
      i++
    ) {
      body.push(
        lines[i].startsWith(indent) ? lines[i].slice(indent.length) : lines[i],
      );
    }
    if (!pending) {
      throw new Error(
        `line ${start}: code block without a <!-- verify-install: … --> marker`,
      );
    }
    blocks.push({
      ...pending,
      language,
      code: body.join('\n'),
      codeLine: start,
    });
    pending = undefined;
  }
  if (pending) {
    throw new Error(`line ${pending.line}: marker without a code block`);
  }
  return blocks;
}

function runShell(block) {
  const result = spawnSync(
    'bash',
    ['--noprofile', '--norc', '-eo', 'pipefail', '-c', block.code],
    { cwd: appDir, stdio: 'inherit' },
  );
  if (result.status !== 0) {
    throw new Error(`line ${block.codeLine}: exited with ${result.status}`);
  }
}

function insertBefore(block, file, anchor) {
  const target = path.join(appDir, file);
  const source = fs.readFileSync(target, 'utf8').split('\n');
  const at = source.findIndex(l => l.trim() === anchor);
  if (at < 0) {
    throw new Error(`line ${block.line}: no line "${anchor}" in ${file}`);
  }
  const code = block.code.split('\n');
  // The guide names the file in a first comment line; the file does not
  // need to say its own name.
  if (/^\s*(\/\/|#)/.test(code[0]) && code[0].includes(path.basename(file))) {
    code.shift();
  }
  const indent = /^\s*/.exec(source[at])[0];
  source.splice(at, 0, ...code.map(l => (l ? indent + l : l)), '');
  fs.writeFileSync(target, source.join('\n'));
}

function mergeYaml(block, file) {
  const target = path.join(appDir, file);
  const doc = YAML.parseDocument(fs.readFileSync(target, 'utf8'));
  const fragment = YAML.parseDocument(block.code);
  // Maps are merged key by key; any other node (a list, a scalar) replaces
  // what is there, in the style the guide writes it.
  const walk = (node, at) => {
    if (YAML.isMap(node)) {
      for (const pair of node.items) {
        walk(pair.value, [
          ...at,
          YAML.isScalar(pair.key) ? pair.key.value : pair.key,
        ]);
      }
      return;
    }
    doc.setIn(at, node);
  };
  walk(fragment.contents, []);
  fs.writeFileSync(
    target,
    doc.toString({ flowCollectionPadding: false, lineWidth: 0 }),
  );
}

function main() {
  const blocks = readGuide(fs.readFileSync(guideFile, 'utf8'));
  const guideName = path.basename(guideFile);
  if (listOnly) {
    for (const block of blocks) {
      console.log(`${guideName}:${block.codeLine}: ${block.marker}`);
    }
    return;
  }
  let step = 0;
  for (const block of blocks) {
    const [kind, ...rest] = block.marker.split(/\s+/);
    const where = `${guideName}:${block.codeLine}`;
    if (kind === 'example' || kind === 'legacy') {
      console.log(`[guide] ${where}: ${kind}, not run`);
      continue;
    }
    step += 1;
    if (kind === 'run') {
      console.log(
        `[guide] step ${step} (${where}): run\n${block.code.replace(
          /^/gm,
          '    $ ',
        )}`,
      );
      runShell(block);
    } else if (kind === 'insert') {
      const m = /^(\S+) before (.+)$/.exec(rest.join(' '));
      if (!m)
        throw new Error(`${where}: expected "insert <file> before <line>"`);
      console.log(
        `[guide] step ${step} (${where}): insert into ${m[1]} before "${m[2]}"`,
      );
      insertBefore(block, m[1], m[2]);
    } else if (kind === 'merge') {
      console.log(`[guide] step ${step} (${where}): merge into ${rest[0]}`);
      mergeYaml(block, rest[0]);
    } else if (kind === 'start') {
      console.log(
        `[guide] step ${step} (${where}): start with "${block.code.trim()}" (run by the caller)`,
      );
      fs.writeFileSync(startFile, block.code.trim());
    } else {
      throw new Error(`${where}: unknown marker "${block.marker}"`);
    }
  }
  if (!fs.existsSync(startFile)) {
    throw new Error(`${guideName} has no <!-- verify-install: start --> block`);
  }
}

try {
  main();
} catch (error) {
  console.error(`[guide] ${error.message}`);
  process.exit(1);
}
