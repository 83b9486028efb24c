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

import fs from 'node:fs';
import path from 'node:path';
import { discoverSpecs } from '../discovery/discoverSpecs';
import { lintSpecs } from '../lint/lintSpecs';
import { parseSpec } from './parseSpec';
import { CORPUS_DIR, listFiles } from '../__testUtils__/fixtures';

// Runs discovery and the parser over every file of the real corpus (the
// complete copy in __fixtures__/corpus, non-spec markdown included).
const corpusRoot = CORPUS_DIR;

describe('the whole corpus', () => {
  const eras = fs
    .readdirSync(corpusRoot, { withFileTypes: true })
    .filter(e => e.isDirectory())
    .map(e => e.name)
    .sort();

  it.each(eras)('parses every spec of %s without throwing', era => {
    const root = path.join(corpusRoot, era);
    const paths = listFiles(root);
    const candidates = discoverSpecs(paths, { includeTemplates: true });
    expect(candidates.length).toBeGreaterThan(0);
    const docs = candidates.map(candidate => {
      const files = candidate.files.map(file => ({
        path:
          candidate.layout === 'file'
            ? path.posix.basename(file)
            : path.posix.relative(candidate.root, file),
        content: fs.readFileSync(path.join(root, file)),
      }));
      return { candidate, doc: parseSpec(files, { location: candidate.root }) };
    });
    for (const { candidate, doc } of docs) {
      // Templates found by path are recognised as templates by content, and
      // real specs are specs without error-level diagnostics.
      expect([candidate.root, doc.isTemplate]).toEqual([
        candidate.root,
        candidate.template,
      ]);
      expect([candidate.root, doc.isSpec]).toEqual([candidate.root, true]);
      expect([
        candidate.root,
        doc.diagnostics.filter(d => d.severity === 'error'),
      ]).toEqual([candidate.root, []]);
    }
    const lint = lintSpecs(docs.map(d => d.doc));
    expect(lint.filter(d => d.severity === 'error')).toEqual([]);

    // Every markdown file of the era is either part of a spec or skipped.
    const covered = new Set(candidates.flatMap(c => c.files));
    const skipped = paths.filter(p => p.endsWith('.md') && !covered.has(p));
    for (const file of skipped) {
      expect([
        'README.md',
        'constitution.md',
        'PHASED.md',
        'NOTICE.md',
      ]).toContain(path.basename(file));
      // Parsing them anyway does not throw either.
      const doc = parseSpec([
        {
          path: path.basename(file),
          content: fs.readFileSync(path.join(root, file)),
        },
      ]);
      expect(doc.diagnostics.filter(d => d.rule === 'parse-failure')).toEqual(
        [],
      );
    }
  });

  it('counts specs and templates', () => {
    const counts: Record<string, { specs: number; templates: number }> = {};
    for (const era of eras) {
      const candidates = discoverSpecs(listFiles(path.join(corpusRoot, era)), {
        includeTemplates: true,
      });
      counts[era] = {
        specs: candidates.filter(c => !c.template).length,
        templates: candidates.filter(c => c.template).length,
      };
    }
    expect(counts).toEqual({
      '2026-01-single-file-dirs': { specs: 1, templates: 1 },
      '2026-01-typed-templates': { specs: 1, templates: 4 },
      '2026-04-four-artifacts': { specs: 1, templates: 1 },
      '2026-08-three-artifacts': { specs: 14, templates: 1 },
    });
  });
});
