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

import { NotFoundError } from '@backstage/errors';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import {
  createTempTree,
  GOOD_SPEC,
  removeTempTrees,
  TEMPLATE_SPEC,
} from '../testUtils';
import { collectSpecs } from './collectSpecs';

const decode = (content: string | Uint8Array) =>
  typeof content === 'string' ? content : new TextDecoder().decode(content);

describe('collectSpecs', () => {
  afterEach(() => {
    jest.restoreAllMocks();
    removeTempTrees();
  });

  it('throws NotFoundError for a missing path', async () => {
    const cwd = createTempTree({});
    await expect(collectSpecs('nope', { cwd })).rejects.toThrow(NotFoundError);
    await expect(collectSpecs('nope', { cwd })).rejects.toThrow(
      'No such file or directory: nope',
    );
  });

  it('throws NotFoundError for a path below a file', async () => {
    const cwd = createTempTree({ 'spec.md': GOOD_SPEC });
    await expect(collectSpecs('spec.md/plan.md', { cwd })).rejects.toThrow(
      NotFoundError,
    );
  });

  it('treats a single file as a single-file spec, read as bytes', async () => {
    const cwd = createTempTree({ 'docs/specs/done/0001-cache.md': GOOD_SPEC });
    const result = await collectSpecs('docs/specs/done/0001-cache.md', { cwd });

    expect(result.specs).toHaveLength(1);
    const [spec] = result.specs;
    expect(spec).toMatchObject({
      path: 'docs/specs/done/0001-cache.md',
      // The whole relative path, so that the parser sees the done/ folder.
      location: 'docs/specs/done/0001-cache.md',
      layout: 'file',
      diagnostics: [],
    });
    expect(spec.files).toHaveLength(1);
    expect(spec.files[0].path).toBe('0001-cache.md');
    expect(spec.files[0].content).toBeInstanceOf(Uint8Array);
    expect(decode(spec.files[0].content)).toBe(GOOD_SPEC);
  });

  it('treats a directory holding spec.md as one directory spec', async () => {
    const cwd = createTempTree({
      'specs/008-wizard/spec.md': GOOD_SPEC,
      'specs/008-wizard/plan.md': '# Plan\n',
      'specs/008-wizard/clarifications.md': '# Clarifications\n',
      'specs/008-wizard/phases/1-create-flow/plan.md': '# Phase 1\n',
    });
    const result = await collectSpecs('specs/008-wizard', { cwd });

    expect(result.specs).toHaveLength(1);
    const [spec] = result.specs;
    expect(spec).toMatchObject({
      path: 'specs/008-wizard',
      location: 'specs/008-wizard',
      layout: 'directory',
    });
    expect(spec.files.map(f => f.path).sort()).toEqual(
      expect.arrayContaining([
        'clarifications.md',
        'phases/1-create-flow/plan.md',
        'plan.md',
        'spec.md',
      ]),
    );
  });

  it('finds the specs of a tree, skipping non-spec files and templates', async () => {
    const cwd = createTempTree({
      'docs/specs/README.md': '# Specs\n',
      'docs/specs/constitution.md': '# Constitution\n',
      'docs/specs/templates/spec.md': TEMPLATE_SPEC,
      'docs/specs/001-cache/spec.md': GOOD_SPEC,
      'docs/specs/001-cache/plan.md': '# Plan\n',
      'docs/specs/002-queue/spec.md': GOOD_SPEC.replace('0042', '0043'),
      'docs/specs/node_modules/x/spec.md': GOOD_SPEC,
      'docs/specs/.git/spec.md': GOOD_SPEC,
    });
    const result = await collectSpecs('docs/specs', { cwd });

    expect(result.diagnostics).toEqual([]);
    expect(result.specs.map(s => [s.path, s.location, s.layout])).toEqual([
      ['docs/specs/001-cache', '001-cache', 'directory'],
      ['docs/specs/002-queue', '002-queue', 'directory'],
    ]);
    expect(result.toCwdPath('001-cache/spec.md')).toBe(
      'docs/specs/001-cache/spec.md',
    );

    const withTemplates = await collectSpecs('docs/specs', {
      cwd,
      includeTemplates: true,
    });
    // Whether a templates/ folder is one directory template or several
    // file templates is discovery's call; either way it is now included.
    expect(withTemplates.specs.map(s => s.path)).toContainEqual(
      expect.stringMatching(/^docs\/specs\/templates/),
    );
  });

  it('gives paths relative to cwd, even outside of it', async () => {
    const root = createTempTree({ 'a/specs/001-x/spec.md': GOOD_SPEC });
    const cwd = path.join(root, 'b');
    fs.mkdirSync(cwd);
    const result = await collectSpecs(path.join(root, 'a/specs'), { cwd });
    expect(result.specs.map(s => s.path)).toEqual(['../a/specs/001-x']);
  });

  it('reports a dangling link as a diagnostic instead of failing', async () => {
    const cwd = createTempTree({ 'specs/001-x/spec.md': GOOD_SPEC });
    fs.symlinkSync(
      path.join(cwd, 'missing.md'),
      path.join(cwd, 'specs/001-x/plan.md'),
    );
    const result = await collectSpecs('specs', { cwd });
    expect(result.specs.map(s => s.path)).toEqual(['specs/001-x']);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'unreadable-file',
        file: 'specs/001-x/plan.md',
      }),
    ]);
  });

  it('reports a file that cannot be read against its spec', async () => {
    const cwd = createTempTree({
      'specs/001-x/spec.md': GOOD_SPEC,
      'specs/001-x/plan.md': '# Plan\n',
    });
    const readFile = fsp.readFile;
    jest.spyOn(fsp, 'readFile').mockImplementation((async (
      file: string,
      ...rest: any[]
    ) => {
      if (String(file).endsWith('plan.md')) {
        throw Object.assign(new Error('EACCES: permission denied'), {
          code: 'EACCES',
        });
      }
      return (readFile as any)(file, ...rest);
    }) as any);

    const result = await collectSpecs('specs', { cwd });
    expect(result.specs).toHaveLength(1);
    expect(result.specs[0].files.map(f => f.path)).toEqual(['spec.md']);
    expect(result.specs[0].diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'unreadable-file',
        file: 'plan.md',
        message: expect.stringContaining('permission denied'),
      }),
    ]);
  });
});
