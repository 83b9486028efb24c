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

// docs/benchmarks.md is shared by every `yarn bench:*` script; each one
// rewrites only its own `## …` section, through this one function.

import fs from 'node:fs';
import path from 'node:path';

/** docs/benchmarks.md of this repository. */
export const BENCH_DOC = path.resolve(__dirname, '../../docs/benchmarks.md');

const HEADER = `# Benchmarks

Numbers produced by the benchmark scripts of this repository; each script
rewrites only its own \`##\` section. Every figure compares against a baseline
measured in the same run; each section records the machine and the Node.js
version it was measured on.
`;

/**
 * Replaces the section of docs/benchmarks.md that starts with `section`'s
 * first line (its `## …` heading) and runs to the next `## ` heading, or
 * appends it when the document has none.
 */
export function writeBenchSection(section: string): void {
  const heading = section.slice(0, section.indexOf('\n')).trimEnd();
  if (!heading.startsWith('## ')) {
    throw new Error(`a bench section starts with its ## heading: ${heading}`);
  }
  const text = fs.existsSync(BENCH_DOC)
    ? fs.readFileSync(BENCH_DOC, 'utf8')
    : HEADER;
  const lines = text.split('\n');
  const start = lines.findIndex(line => line.trimEnd() === heading);
  let next: string;
  if (start < 0) {
    next = `${text.trimEnd()}\n\n${section.trimEnd()}\n`;
  } else {
    let end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
    if (end < 0) end = lines.length;
    const before = lines.slice(0, start).join('\n');
    const after = lines.slice(end).join('\n');
    next = `${before}${before ? '\n' : ''}${section.trimEnd()}\n${
      after.trim() ? `\n${after.trimEnd()}\n` : ''
    }`;
  }
  fs.mkdirSync(path.dirname(BENCH_DOC), { recursive: true });
  fs.writeFileSync(BENCH_DOC, next);
}
