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

import { indentOf, parseKeyValues } from '../inline';
import { LiteralHits } from '../lineHits';
import {
  boxEnd,
  Fence,
  fenceOpen,
  headingLevel,
  isFenceClose,
  listMarkerEnd,
  mayStartList,
  skipBlanks,
  trimEndFast,
  trimStartFast,
} from './lineShapes';
import { LineToken, LineTokenSink } from './LineToken';

// The dev-time transform (SWC to CommonJS, as in tests and `yarn
// bench:parser`) turns every call of an imported function into a getter
// call; the functions called for every line are bound once here. (A built
// bundle calls them directly either way.)
const boxEndFn = boxEnd;
const fenceOpenFn = fenceOpen;
const headingLevelFn = headingLevel;
const isFenceCloseFn = isFenceClose;
const listMarkerEndFn = listMarkerEnd;
const mayStartListFn = mayStartList;
const skipBlanksFn = skipBlanks;
const trimEndFastFn = trimEndFast;
const trimStartFastFn = trimStartFast;
const indentOfFn = indentOf;
const parseKeyValuesFn = parseKeyValues;

// The tokenizer knows markdown, not spec formats: it finds front matter,
// fenced blocks and HTML comments, and tells headings, list items (and
// their boxes), table rows, `**Key**: value` lines and paragraphs apart.
// What any of them means is for a format profile to say. It is a
// single-pass, line-based scanner with no recursion: time is linear in the
// input and no nesting can exhaust the stack.

/** Front matter is only looked for in the first 256 KiB. */
const MAX_FRONT_MATTER = 256 * 1024;

function findFrontMatter(
  body: string,
): { source: string; end: number; lines: number } | undefined {
  if (!body.startsWith('---')) {
    return undefined;
  }
  const firstBreak = body.indexOf('\n');
  if (firstBreak < 0 || body.slice(3, firstBreak).trim() !== '') {
    return undefined;
  }
  let start = firstBreak + 1;
  let lines = 1;
  while (start < body.length && start < MAX_FRONT_MATTER) {
    let end = body.indexOf('\n', start);
    if (end < 0) {
      end = body.length;
    }
    const line = body.slice(start, end).trimEnd();
    lines++;
    if (line === '---' || line === '...') {
      return {
        source: body.slice(firstBreak + 1, start),
        end: Math.min(end + 1, body.length),
        lines,
      };
    }
    start = end + 1;
  }
  // No closing delimiter: the opening `---` was a thematic break.
  return undefined;
}

class Tokenizer {
  private fence?: Fence;
  private inComment = false;
  private readonly commentHits: LiteralHits;
  private readonly token: LineToken = {
    type: 'blank',
    lineNo: 0,
    line: '',
    trimmed: '',
    indent: 0,
    start: 0,
    end: 0,
    asRead: true,
    level: 0,
    text: '',
    box: undefined,
    boxText: '',
    fields: [],
  };

  constructor(
    private readonly body: string,
    private readonly sink: LineTokenSink,
  ) {
    this.commentHits = new LiteralHits('<!--', body);
  }

  run(firstLine: number) {
    const body = this.body;
    let start = 0;
    let lineNo = firstLine;
    while (start <= body.length) {
      let end = body.indexOf('\n', start);
      if (end < 0) {
        end = body.length;
      }
      // Drop a CRLF's CR before slicing rather than slicing twice.
      const lineEnd =
        end > start && body.charCodeAt(end - 1) === 13 /* \r */ ? end - 1 : end;
      lineNo++;
      // Blank lines (a third of a spec) and fenced lines need no slice of
      // their own: they are decided from the text in place.
      if (this.fence) {
        if (isFenceCloseFn(body, start, lineEnd, this.fence)) {
          this.fence = undefined;
        }
      } else if (lineEnd === start) {
        if (!this.inComment) {
          this.blank(lineNo, start, lineEnd);
        }
      } else {
        this.line(body.slice(start, lineEnd), lineNo, start, lineEnd);
      }
      start = end + 1;
    }
  }

  private emit(
    type: LineToken['type'],
    lineNo: number,
    start: number,
    end: number,
  ): LineToken {
    const t = this.token;
    t.type = type;
    t.lineNo = lineNo;
    t.start = start;
    t.end = end;
    t.level = 0;
    t.box = undefined;
    return t;
  }

  private blank(lineNo: number, start: number, end: number) {
    const t = this.emit('blank', lineNo, start, end);
    t.line = '';
    t.trimmed = '';
    t.text = '';
    t.indent = 0;
    t.asRead = true;
    this.sink.token(t);
  }

  /** `raw` is `[start, end)` of the body. */
  private line(raw: string, lineNo: number, start: number, end: number) {
    let line = raw;
    if (this.inComment) {
      const close = line.indexOf('-->');
      if (close < 0) {
        return;
      }
      this.inComment = false;
      line = line.slice(close + 3);
      // A one-character search is much cheaper than a four-character one,
      // and most lines have no `<` at all.
      if (line.indexOf('<') >= 0 && line.indexOf('<!--') >= 0) {
        line = this.stripComments(line);
      }
    } else if (this.commentHits.has(start, end)) {
      // The line as read: one search over the whole file finds its rare
      // `<!--`s, where a search per line cost a scan of every line.
      line = this.stripComments(line);
    }
    const content = trimStartFastFn(line);
    const fence = fenceOpenFn(content);
    if (fence) {
      this.fence = fence;
      const t = this.emit('fence', lineNo, start, end);
      t.line = line;
      t.trimmed = trimEndFastFn(content);
      t.text = fence.info;
      t.indent = line.length - content.length === 0 ? 0 : indentOfFn(line);
      t.asRead = line === raw;
      this.sink.token(t);
      return;
    }
    const trimmed = trimEndFastFn(content);
    if (!trimmed) {
      this.blank(lineNo, start, end);
      return;
    }
    const t = this.emit('paragraph', lineNo, start, end);
    t.line = line;
    t.trimmed = trimmed;
    t.text = trimmed;
    t.asRead = line === raw;
    t.indent = line.length - content.length === 0 ? 0 : indentOfFn(line);
    const first = trimmed.charCodeAt(0);
    if (first === 35 /* # */) {
      const level = headingLevelFn(trimmed);
      if (level > 0) {
        t.type = 'heading';
        t.level = level;
        t.text = trimmed.slice(skipBlanksFn(trimmed, level));
        this.sink.token(t);
        return;
      }
    }
    if (first === 124 /* | */) {
      t.type = 'table-row';
      this.sink.token(t);
      return;
    }
    const marker = mayStartListFn(first) ? listMarkerEndFn(trimmed) : -1;
    if (marker >= 0) {
      t.type = 'list-item';
      const item = trimmed.slice(marker);
      const box = boxEndFn(item);
      t.text = item;
      if (box >= 0) {
        t.box = item[1];
        t.boxText = item.slice(box);
      }
      this.sink.token(t);
      return;
    }
    if (first === 42 /* * */ || first === 95 /* _ */) {
      const pairs = parseKeyValuesFn(trimmed);
      if (pairs.length > 0) {
        t.type = 'fields';
        t.fields = pairs;
        this.sink.token(t);
        return;
      }
    }
    this.sink.token(t);
  }

  /** Removes `<!-- … -->` parts of a line; an unclosed comment swallows the following lines. */
  private stripComments(line: string): string {
    let out = '';
    let pos = 0;
    for (;;) {
      const open = line.indexOf('<!--', pos);
      if (open < 0) {
        return out + line.slice(pos);
      }
      out += line.slice(pos, open);
      const close = line.indexOf('-->', open + 4);
      if (close < 0) {
        this.inComment = true;
        return out;
      }
      pos = close + 3;
    }
  }
}

/**
 * Tokenizes one decoded file, calling `sink` for each line that is not
 * inside front matter, a fenced code block or an HTML comment.
 */
export function tokenizeLines(text: string, sink: LineTokenSink): void {
  let body = text;
  // Old Mac line endings: treat a lone CR as a line break.
  if (body.indexOf('\n') < 0 && body.indexOf('\r') >= 0) {
    body = body.split('\r').join('\n');
  }
  let lineNo = 0;
  const frontMatter = findFrontMatter(body);
  if (frontMatter) {
    sink.begin({
      body: body.slice(frontMatter.end),
      frontMatter: frontMatter.source,
      frontMatterLine: 2,
    });
    body = body.slice(frontMatter.end);
    lineNo = frontMatter.lines;
  } else {
    sink.begin({ body });
  }
  new Tokenizer(body, sink).run(lineNo);
  sink.end();
}
