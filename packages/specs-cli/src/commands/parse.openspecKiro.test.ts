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

import path from 'node:path';
import { captureIo, createTempTree, removeTempTrees } from '../testUtils';
import { parseCommand } from './parse';

const FIXTURES = path.resolve(
  __dirname,
  '../../../../plugins/specs-common/src/__fixtures__',
);

describe('specstage parse on OpenSpec and Kiro trees', () => {
  afterEach(removeTempTrees);

  it('lists every OpenSpec capability and change with its format and counts', async () => {
    const io = captureIo(path.join(FIXTURES, 'openspec-wild'));
    await expect(parseCommand('openspec', { summary: true }, io)).resolves.toBe(
      0,
    );
    expect(io.out().split('\n').filter(Boolean)).toEqual([
      '-  openspec  US 0  REQ 1  SC 0  tasks 10/10  review 0/0  openspec/changes/add-cli-man-page',
      '-  openspec  US 0  REQ 1  SC 0  tasks 11/11  review 0/0  openspec/changes/archive/2025-11-25-add-list-json-output',
      '-  openspec  US 0  REQ 3  SC 0  tasks 10/16  review 0/0  openspec/changes/v20260305-dev-machine-management',
      '-  openspec  US 0  REQ 7  SC 0  tasks 0/0  review 0/0  openspec/specs/cli-list',
    ]);
  });

  it('lists every Kiro spec of .kiro/specs', async () => {
    const io = captureIo(path.join(FIXTURES, 'kiro-wild'));
    await expect(parseCommand('.', { summary: true }, io)).resolves.toBe(0);
    expect(io.out().split('\n').filter(Boolean)).toEqual([
      '-  kiro  US 0  REQ 0  SC 0  tasks 7/11  review 0/0  .kiro/specs/cbor-rpc-serializer',
      '-  kiro  US 0  REQ 3  SC 0  tasks 7/7  review 0/0  .kiro/specs/clang-format',
      '-  kiro  US 0  REQ 2  SC 0  tasks 8/8  review 0/0  .kiro/specs/tags-from-filename',
    ]);
  });

  it('walks .kiro but no other dot folder', async () => {
    const kiroTasks = '# Implementation Plan\n\n- [x] 1. Do it\n';
    const cwd = createTempTree({
      '.kiro/specs/login/tasks.md': kiroTasks,
      '.github/prompts/specs/001-x/tasks.md':
        '# Tasks\n\n- [ ] T001 A prompt, not a spec\n',
      '.vscode/specs/login/spec.md': '# Spec\n\n**Status**: Draft\n',
    });
    const io = captureIo(cwd);
    await expect(parseCommand('.', { summary: true }, io)).resolves.toBe(0);
    expect(io.out().split('\n').filter(Boolean)).toEqual([
      '-  kiro  US 0  REQ 0  SC 0  tasks 1/1  review 0/0  .kiro/specs/login',
    ]);
  });
});
