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

import { createMockDirectory } from '@backstage/backend-test-utils';
import fs from 'node:fs';
import { walkSpecTree } from './walkSpecTree';

describe('walkSpecTree', () => {
  const mockDir = createMockDirectory();

  beforeEach(() => {
    mockDir.setContent({
      'tree/specs/0042-x/spec.md': '# Spec',
      'tree/specs/0042-x/plan.MARKDOWN': '# Plan',
      'tree/specs/0042-x/diagram.png': 'png',
      'tree/specs/0001-a.md': '# A',
      'tree/node_modules/pkg/README.md': '# no',
      'tree/.git/HEAD.md': '# no',
      'outside/secret.md': '# secret',
    });
  });

  it('lists markdown files in path order, skipping vendored folders', async () => {
    const walk = await walkSpecTree(mockDir.resolve('tree'));
    expect(walk.files.map(f => f.path)).toEqual([
      'specs/0001-a.md',
      'specs/0042-x/plan.MARKDOWN',
      'specs/0042-x/spec.md',
    ]);
    expect(walk.files[0]).toEqual(
      expect.objectContaining({
        absPath: mockDir.resolve('tree/specs/0001-a.md'),
        size: 3,
        mtimeMs: expect.any(Number),
      }),
    );
    expect(walk.truncated).toBe(false);
  });

  it('never follows a symbolic link out of the root unless asked', async () => {
    fs.symlinkSync(
      mockDir.resolve('outside/secret.md'),
      mockDir.resolve('tree/specs/leak.md'),
    );
    fs.symlinkSync(mockDir.resolve('outside'), mockDir.resolve('tree/linked'));
    const walk = await walkSpecTree(mockDir.resolve('tree'));
    expect(walk.files.map(f => f.path)).not.toContain('specs/leak.md');
    expect(walk.files.some(f => f.path.startsWith('linked/'))).toBe(false);

    // The CLI, on the user's own checkout: links to files, never to folders.
    const cli = await walkSpecTree(mockDir.resolve('tree'), {
      followFileLinks: true,
    });
    expect(cli.files.map(f => f.path)).toContain('specs/leak.md');
    expect(cli.files.some(f => f.path.startsWith('linked/'))).toBe(false);
  });

  it('stops at maxFiles and leaves out files over maxFileBytes', async () => {
    const limited = await walkSpecTree(mockDir.resolve('tree'), {
      limits: { maxFiles: 2 },
    });
    expect(limited.truncated).toBe(true);
    expect(limited.files).toHaveLength(2);

    const small = await walkSpecTree(mockDir.resolve('tree'), {
      limits: { maxFileBytes: 4 },
    });
    expect(small.files.map(f => f.path)).toEqual(['specs/0001-a.md']);
    expect(small.oversized).toEqual([
      'specs/0042-x/plan.MARKDOWN',
      'specs/0042-x/spec.md',
    ]);
  });

  it('throws on an unreadable root unless asked to report', async () => {
    const missing = mockDir.resolve('missing');
    await expect(walkSpecTree(missing)).rejects.toThrow(/ENOENT/);
    const walk = await walkSpecTree(missing, { onUnreadable: 'report' });
    expect(walk.files).toEqual([]);
    expect(walk.problems).toEqual([
      { absPath: missing, error: expect.objectContaining({ code: 'ENOENT' }) },
    ]);
  });

  it('reports a dangling link to a markdown file', async () => {
    fs.symlinkSync(
      mockDir.resolve('gone.md'),
      mockDir.resolve('tree/specs/dangling.md'),
    );
    const walk = await walkSpecTree(mockDir.resolve('tree'), {
      followFileLinks: true,
      onUnreadable: 'report',
    });
    expect(walk.problems.map(p => p.absPath)).toEqual([
      mockDir.resolve('tree/specs/dangling.md'),
    ]);
  });
});
