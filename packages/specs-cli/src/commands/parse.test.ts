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
import {
  captureIo,
  createTempTree,
  GOOD_SPEC,
  removeTempTrees,
  TEMPLATE_SPEC,
} from '../testUtils';
import { parseCommand } from './parse';

// The complete copy of the real-world corpus (specs-common's test fixtures).
const CORPUS = path.resolve(
  __dirname,
  '../../../../plugins/specs-common/src/__fixtures__/corpus',
);

// A spec-kit task list without spec.md next to a cloud-native-ref single file.
const TWO_FORMATS = {
  'specs/003-export/tasks.md':
    '# Tasks: Export\n\n## Phase 1: Setup\n\n- [x] T001 [P] [US1] Start\n- [ ] T002 Finish\n',
  'docs/specs/0042-cache.md': GOOD_SPEC,
};

describe('parseCommand', () => {
  afterEach(removeTempTrees);

  it('prints one object per spec with the model, path and counts', async () => {
    const cwd = createTempTree({
      'docs/specs/README.md': '# Specs\n',
      'docs/specs/templates/spec.md': TEMPLATE_SPEC,
      'docs/specs/0042-cache.md': GOOD_SPEC,
    });
    const io = captureIo(cwd);

    await expect(parseCommand('docs/specs', {}, io)).resolves.toBe(0);

    // Compact by default: one line of JSON.
    expect(io.out().trim().split('\n')).toHaveLength(1);
    const output = JSON.parse(io.out());
    expect(output).toHaveLength(1);
    const [spec] = output;
    expect(spec).toMatchObject({
      path: 'docs/specs/0042-cache.md',
      id: 'SPEC-0042',
      title: expect.stringContaining('Valkey cache'),
      isSpec: true,
      isTemplate: false,
      counts: {
        userStories: 1,
        requirements: 2,
        successCriteria: 1,
        tasks: { done: 1, partial: 0, total: 2 },
        review: { checked: 1, total: 3 },
        openClarifications: 0,
      },
    });
    expect(Object.keys(spec)[0]).toBe('path');
    expect(spec.status.value).toBe('draft');
    expect(Array.isArray(spec.diagnostics)).toBe(true);
  });

  it('indents with --pretty and parses templates with --include-templates', async () => {
    const cwd = createTempTree({ 'specs/templates/spec.md': TEMPLATE_SPEC });
    const io = captureIo(cwd);

    await parseCommand('specs', { pretty: true, includeTemplates: true }, io);

    expect(io.out()).toMatch(/^\[\n {2}\{\n {4}"path": "specs\/templates/);
    const [spec] = JSON.parse(io.out());
    expect(spec.isTemplate).toBe(true);
  });

  it('prints the format right after the path', async () => {
    const cwd = createTempTree(TWO_FORMATS);
    const io = captureIo(cwd);
    await expect(parseCommand('.', {}, io)).resolves.toBe(0);
    const output = JSON.parse(io.out());
    expect(
      output.map((s: { path: string; format: string }) => [s.path, s.format]),
    ).toEqual([
      ['docs/specs/0042-cache.md', 'cnref'],
      ['specs/003-export', 'spec-kit'],
    ]);
    expect(Object.keys(output[1]).slice(0, 2)).toEqual(['path', 'format']);
    expect(output[1].counts.tasks).toEqual({ done: 1, partial: 0, total: 2 });
  });

  it('prints one line of counts per spec with --summary', async () => {
    const cwd = createTempTree(TWO_FORMATS);
    const io = captureIo(cwd);
    await expect(parseCommand('.', { summary: true }, io)).resolves.toBe(0);
    expect(io.out()).toBe(
      [
        'SPEC-0042  cnref     US 1  FR 2  SC 1  tasks 1/2  review 1/3  docs/specs/0042-cache.md',
        'SPEC-003   spec-kit  US 0  FR 0  SC 0  tasks 1/2  review 0/0  specs/003-export',
        '',
      ].join('\n'),
    );
  });

  it('prints an empty array when there is no spec', async () => {
    const cwd = createTempTree({ 'README.md': '# Hello\n' });
    const io = captureIo(cwd);
    await expect(parseCommand('.', {}, io)).resolves.toBe(0);
    expect(JSON.parse(io.out())).toEqual([]);
  });

  it('exits with 2 and a clear message for a missing path', async () => {
    const io = captureIo(createTempTree({}));
    await expect(parseCommand('no/such/specs', {}, io)).resolves.toBe(2);
    expect(io.out()).toBe('');
    expect(io.err()).toContain('No such file or directory: no/such/specs');
  });

  it('parses binary and invalid UTF-8 files without failing', async () => {
    const cwd = createTempTree({
      'spec.md': Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28, 0x0a, 0x23]),
    });
    const io = captureIo(cwd);
    await expect(parseCommand('spec.md', {}, io)).resolves.toBe(0);
    expect(JSON.parse(io.out())).toHaveLength(1);
  });

  it('parses the whole reference corpus', async () => {
    const io = captureIo(path.resolve(CORPUS, '..'));

    await expect(parseCommand(CORPUS, {}, io)).resolves.toBe(0);

    const output = JSON.parse(io.out());
    // 17 specs; the templates are skipped (see corpus.test.ts in specs-common).
    expect(output).toHaveLength(17);
    for (const spec of output) {
      expect(spec.path).toMatch(/^corpus\//);
      expect(spec.format).toBe('cnref');
      expect(spec.counts.tasks.total).toBeGreaterThanOrEqual(
        spec.counts.tasks.done,
      );
      // Templates are skipped unless asked for.
      expect(spec.isTemplate).toBe(false);
    }
  });
});
