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

/**
 * Cuts a leading YAML front matter block (`---` … `---` or `...`) off a
 * markdown file, so that markdown does not render it as a rule and a
 * heading. Its values are shown from the parsed document instead (the parser
 * owns reading YAML).
 *
 * @returns the markdown after the block, and how many lines were cut (to keep
 *   line numbers of the rest in step with the parser's).
 */
export function stripFrontMatter(markdown: string): {
  body: string;
  lines: number;
} {
  const text = markdown.startsWith('\uFEFF') ? markdown.slice(1) : markdown;
  if (!/^---[ \t]*\r?\n/.test(text)) {
    return { body: markdown, lines: 0 };
  }
  // One forward scan for the closing line; no backtracking regex over the
  // whole file.
  let offset = text.indexOf('\n') + 1;
  let line = 1;
  while (offset < text.length) {
    const end = text.indexOf('\n', offset);
    const current = (end < 0 ? text.slice(offset) : text.slice(offset, end))
      .replace(/\r$/, '')
      .trimEnd();
    line += 1;
    if (current === '---' || current === '...') {
      return {
        body: end < 0 ? '' : text.slice(end + 1),
        lines: line,
      };
    }
    if (end < 0) break;
    offset = end + 1;
  }
  // Unclosed: not front matter.
  return { body: markdown, lines: 0 };
}
