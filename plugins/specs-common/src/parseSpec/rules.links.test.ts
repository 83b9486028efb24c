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
import {
  FIXTURES_DIR,
  listFiles,
  parseFixture,
  parseMarkdown,
} from '../__testUtils__/fixtures';
import { specLinkedFiles } from '../paths/specLinkedFiles';

// docs/spec-formats.md, "Linked files": what the parser records as the files
// a spec links to or embeds. The specs backend serves exactly these (inside
// the root) besides the spec's own files, so every case here is also a
// statement about what can be fetched.

const FIXTURE = 'spec-kit-rules/specs/108-linked-files';
const DOC = path.resolve(__dirname, '../../../../docs/spec-formats.md');

describe('rule: linked files', () => {
  it('records every file linked or embedded, resolved and sorted', () => {
    expect(specLinkedFiles(parseFixture(FIXTURE))).toEqual([
      '../102-tasks-as-headings/spec.md',
      '../108-linked-files/samples/report.csv',
      'contracts/export api.yaml',
      'diagrams/export flow.svg',
      'diagrams/logo.png',
      'docs/glossary_(v2).md',
      'plan.md',
    ]);
  });

  it('is shown verbatim in docs/spec-formats.md', () => {
    const doc = fs.readFileSync(DOC, 'utf8');
    const root = path.join(FIXTURES_DIR, FIXTURE);
    for (const file of listFiles(root)) {
      const text = fs.readFileSync(path.join(root, file), 'utf8').trimEnd();
      expect({ file, shown: doc.includes(text) }).toEqual({
        file,
        shown: true,
      });
    }
  });

  it('resolves a link against the file it is written in', () => {
    const doc = parseMarkdown(
      '![a](img/a.png) ![b](../b.png) ![c](/c.png)',
      'phases/1-x/plan.md',
    );
    expect(specLinkedFiles(doc)).toEqual([
      'c.png',
      'phases/1-x/img/a.png',
      'phases/b.png',
    ]);
  });

  it('records no file for schemes, anchors, code, comments or fences', () => {
    const doc = parseMarkdown(
      [
        '[x](javascript:alert(1)) [y](JAVASCRIPT:alert(1)) ![z](data:image/png;base64,AA)',
        '[w](https://example.com/a.png) [v](#top) ![u](//evil.example/a.png)',
        '![t](\\\\evil\\share\\a.png) `[s](code.png)` [r](..%2F..%2Fetc/passwd)',
        '<!-- ![q](comment.png) -->',
        '~~~',
        '![p](fence.png)',
        '~~~',
      ].join('\n'),
    );
    expect(specLinkedFiles(doc)).toEqual([]);
  });

  it('stops recording at 5,000 files', () => {
    const markdown = Array.from(
      { length: 6000 },
      (_, i) => `![${i}](img/${i}.png)`,
    ).join('\n');
    expect(specLinkedFiles(parseMarkdown(markdown))).toHaveLength(5000);
  });
});
