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
} from '../testUtils';
import { formatMessage, lintCommand, LintMessage } from './lint';

// The complete copy of the real-world corpus (specs-common's test fixtures).
const CORPUS = path.resolve(
  __dirname,
  '../../../../plugins/specs-common/src/__fixtures__/corpus',
);

/** Something under a spec tree's name that is no spec at all. */
const BROKEN_SPEC = Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x7f]);

const LINE = /^[^:\n]+(:\d+)?: (error|warning|info): .+ \[[\w-]+\]$/;

describe('formatMessage', () => {
  it('formats like a compiler, with or without a line', () => {
    const m: LintMessage = {
      file: 'docs/specs/001-x/plan.md',
      line: 12,
      severity: 'warning',
      rule: 'placeholder',
      message: 'Unfilled placeholder',
    };
    expect(formatMessage(m)).toBe(
      'docs/specs/001-x/plan.md:12: warning: Unfilled placeholder [placeholder]',
    );
    expect(formatMessage({ ...m, line: undefined })).toBe(
      'docs/specs/001-x/plan.md: warning: Unfilled placeholder [placeholder]',
    );
  });
});

describe('lintCommand', () => {
  afterEach(removeTempTrees);

  it('exits with 1 when a spec has an error', async () => {
    const cwd = createTempTree({
      'specs/0042-cache.md': GOOD_SPEC,
      'specs/001-broken/spec.md': BROKEN_SPEC,
    });
    const io = captureIo(cwd);

    await expect(lintCommand('specs', {}, io)).resolves.toBe(1);

    const lines = io.out().trimEnd().split('\n');
    for (const line of lines) {
      expect(line).toMatch(LINE);
    }
    expect(lines.some(l => /^specs\/001-broken\S*: error: /.test(l))).toBe(
      true,
    );
    expect(io.err()).toMatch(/^2 specs, [1-9]\d* errors?, \d+ warnings?\n$/);
  });

  it('sorts messages by file, then line', async () => {
    const cwd = createTempTree({
      'specs/002-b.md': GOOD_SPEC.replace(
        '**ID**: SPEC-0042',
        '**ID**: SPEC-XXXX',
      ),
      'specs/001-a.md': GOOD_SPEC.replace(
        'Offer a',
        '[NEEDS CLARIFICATION: x] a',
      ),
    });
    const io = captureIo(cwd);
    await lintCommand('specs', { format: 'json' }, io);
    const messages: LintMessage[] = JSON.parse(io.out());
    const keys = messages.map(m => [m.file, m.line ?? 0] as const);
    const sorted = [...keys].sort((x, y) => {
      if (x[0] !== y[0]) {
        return x[0] < y[0] ? -1 : 1;
      }
      return x[1] - y[1];
    });
    expect(keys).toEqual(sorted);
  });

  it('passes a spec with only warnings, unless --max-warnings says otherwise', async () => {
    // An unfilled date is a placeholder: a warning, not an error.
    const cwd = createTempTree({
      'specs/0042-cache.md': GOOD_SPEC.replace(
        '**Created**: 2026-03-01',
        '**Created**: 2026-03-01\n**Updated**: YYYY-MM-DD',
      ),
    });

    const io = captureIo(cwd);
    await expect(lintCommand('specs', {}, io)).resolves.toBe(0);
    const warnings = Number(/(\d+) warnings?/.exec(io.err())![1]);
    expect(warnings).toBeGreaterThan(0);

    const strict = captureIo(cwd);
    await expect(
      lintCommand('specs', { maxWarnings: 0 }, strict),
    ).resolves.toBe(1);
    expect(strict.err()).toContain('too many warnings');

    const lenient = captureIo(cwd);
    await expect(
      lintCommand('specs', { maxWarnings: warnings }, lenient),
    ).resolves.toBe(0);
  });

  it('prints JSON with --format json', async () => {
    const cwd = createTempTree({ 'specs/001-broken/spec.md': BROKEN_SPEC });
    const io = captureIo(cwd);
    await expect(lintCommand('specs', { format: 'json' }, io)).resolves.toBe(1);
    const messages = JSON.parse(io.out());
    expect(messages).toContainEqual(
      expect.objectContaining({
        file: expect.stringMatching(/^specs\/001-broken/),
        severity: 'error',
        rule: expect.any(String),
        message: expect.any(String),
      }),
    );
  });

  it('prints GitHub workflow commands with --format github', async () => {
    const cwd = createTempTree({
      'specs/0042-cache.md': GOOD_SPEC.replace(
        '**Created**: 2026-03-01',
        '**Created**: 2026-03-01\n**Updated**: YYYY-MM-DD',
      ),
      'specs/001-broken/spec.md': BROKEN_SPEC,
    });
    const io = captureIo(cwd);
    await expect(lintCommand('specs', { format: 'github' }, io)).resolves.toBe(
      1,
    );
    const lines = io.out().trimEnd().split('\n');
    for (const line of lines) {
      expect(line).toMatch(
        /^::(error|warning|notice) file=[^,:]+(,line=\d+)?,title=specstage [\w-]+::.+$/,
      );
    }
    expect(lines.some(l => l.startsWith('::error file=specs/001-broken'))).toBe(
      true,
    );
    expect(
      lines.some(l =>
        /^::warning file=specs\/0042-cache\.md,line=\d+,/.test(l),
      ),
    ).toBe(true);
    // The summary stays on stderr, out of the workflow commands.
    expect(io.err()).toMatch(
      /^2 specs, [1-9]\d* errors?, [1-9]\d* warnings?\n$/,
    );
  });

  it('exits with 2 and a clear message for a missing path', async () => {
    const io = captureIo(createTempTree({}));
    await expect(lintCommand('missing', {}, io)).resolves.toBe(2);
    expect(io.err()).toContain('No such file or directory: missing');
  });

  it('says so when there are no specs', async () => {
    const cwd = createTempTree({ 'README.md': '# Hi\n' });
    const io = captureIo(cwd);
    await expect(lintCommand('.', {}, io)).resolves.toBe(0);
    expect(io.err()).toContain('0 specs, 0 errors, 0 warnings');
    expect(io.err()).toContain('no specs found');
  });

  it('lints the whole reference corpus', async () => {
    const io = captureIo(path.resolve(CORPUS, '..'));
    const code = await lintCommand(CORPUS, {}, io);
    expect([0, 1]).toContain(code);
    const summary = /^(\d+) specs?, (\d+) errors?, (\d+) warnings?$/m.exec(
      io.err(),
    );
    // 17 specs; the templates are skipped (see corpus.test.ts in specs-common).
    expect(Number(summary?.[1])).toBe(17);
    expect(code).toBe(Number(summary?.[2]) > 0 ? 1 : 0);
    for (const line of io.out().trimEnd().split('\n').filter(Boolean)) {
      expect(line).toMatch(LINE);
      expect(line).toMatch(/^corpus\//);
    }
  });
});
