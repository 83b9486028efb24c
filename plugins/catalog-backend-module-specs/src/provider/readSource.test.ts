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
import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import fs from 'node:fs';
import { readSource } from './readSource';
import { SpecSource } from './types';

const mockDir = createMockDirectory();
const reader = mockServices.urlReader.mock();

function local(target: string, confineTo = target): SpecSource {
  return {
    key: `file:${target}`,
    type: 'file',
    target,
    confineTo,
    components: [],
  };
}

describe('readSource (local)', () => {
  beforeEach(() => {
    mockDir.setContent({
      outside: {
        specs: { '0001-secret': { 'spec.md': '# SPEC-0001: Secret\n' } },
        'secret.md': '# Secret\n',
      },
      repo: {
        specs: {
          '0002-x': { 'spec.md': '# SPEC-0002\n', 'plan.md': '# Plan\n' },
          'SPEC-0003.md': '# SPEC-0003\n',
          'evil.md': ctx => ctx.symlink(mockDir.resolve('outside/secret.md')),
          linked: ctx => ctx.symlink(mockDir.resolve('outside/specs')),
          inner: ctx => ctx.symlink(mockDir.resolve('repo/specs/0002-x')),
        },
        'linked-dir': ctx => ctx.symlink(mockDir.resolve('outside/specs')),
        alias: ctx => ctx.symlink(mockDir.resolve('repo/specs')),
      },
    });
  });

  it('reads the markdown files of a tree with a canonical root', async () => {
    const result = await readSource(
      local(mockDir.resolve('repo/specs')),
      reader,
      undefined,
    );
    expect(result).toMatchObject({
      kind: 'read',
      root: `file:${fs.realpathSync(mockDir.resolve('repo/specs'))}`,
      singleFile: false,
    });
    expect(
      result.kind === 'read' && result.files.map(f => f.path).sort(),
    ).toEqual(['0002-x/plan.md', '0002-x/spec.md', 'SPEC-0003.md']);
  });

  it('answers unchanged for the same ETag', async () => {
    const first = await readSource(
      local(mockDir.resolve('repo/specs')),
      reader,
      undefined,
    );
    const etag = first.kind === 'read' ? first.etag : '';
    expect(
      await readSource(local(mockDir.resolve('repo/specs')), reader, etag),
    ).toEqual({ kind: 'unchanged' });
  });

  describe('attack: spec-location escapes its folder through a symlink', () => {
    it('never follows a symbolic link inside a tree, to a file or a directory', async () => {
      const result = await readSource(
        local(mockDir.resolve('repo/specs')),
        reader,
        undefined,
      );
      const files = result.kind === 'read' ? result.files : [];
      expect(files.map(f => f.path)).not.toContainEqual(
        expect.stringMatching(/^(evil\.md|linked\/|inner\/)/),
      );
      expect(files.map(f => f.content.toString()).join()).not.toContain(
        'Secret',
      );
    });

    it('reads a target that became a link out of its folder as empty', async () => {
      // Resolved while it was a directory of the repository, swapped for a
      // link before the read.
      const result = await readSource(
        local(mockDir.resolve('repo/linked-dir'), mockDir.resolve('repo')),
        reader,
        undefined,
      );
      expect(result).toMatchObject({ kind: 'read', files: [] });
    });

    it('follows a link that stays in its folder, and records the real root', async () => {
      const result = await readSource(
        local(mockDir.resolve('repo/alias'), mockDir.resolve('repo')),
        reader,
        undefined,
      );
      expect(result).toMatchObject({
        kind: 'read',
        root: `file:${fs.realpathSync(mockDir.resolve('repo/specs'))}`,
      });
    });
  });
});
