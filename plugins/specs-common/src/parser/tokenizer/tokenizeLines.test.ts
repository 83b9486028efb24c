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

import { LineToken, TokenizedFile } from './LineToken';
import { tokenizeLines } from './tokenizeLines';

/** The tokens of a text, copied (the tokenizer reuses one object). */
function tokens(text: string) {
  const out: Array<Partial<LineToken>> = [];
  let file: TokenizedFile | undefined;
  tokenizeLines(text, {
    begin: f => {
      file = f;
    },
    token: t => {
      const copy: Partial<LineToken> = {
        type: t.type,
        lineNo: t.lineNo,
        text: t.text,
      };
      if (t.level) copy.level = t.level;
      if (t.indent) copy.indent = t.indent;
      if (t.box !== undefined) {
        copy.box = t.box;
        copy.boxText = t.boxText;
      }
      if (t.type === 'fields') copy.fields = t.fields.map(f => ({ ...f }));
      out.push(copy);
    },
    end: () => {},
  });
  return { tokens: out, file: file! };
}

describe('tokenizeLines', () => {
  it('tells the line shapes apart without knowing any format', () => {
    const { tokens: result } = tokens(
      [
        '# Title ##',
        '**Status**: Draft · **Owner**: team',
        '',
        '- [ ] open',
        '  * [x] done, nested',
        '1. [P] tag, not a box mark',
        '- [N/A] no box: three characters',
        '| a | b |',
        'Plain text',
        '#hashtag is no heading',
      ].join('\n'),
    );
    expect(result).toEqual([
      { type: 'heading', lineNo: 1, level: 1, text: 'Title ##' },
      {
        type: 'fields',
        lineNo: 2,
        text: '**Status**: Draft · **Owner**: team',
        fields: [
          { key: 'Status', value: 'Draft' },
          { key: 'Owner', value: 'team' },
        ],
      },
      { type: 'blank', lineNo: 3, text: '' },
      {
        type: 'list-item',
        lineNo: 4,
        text: '[ ] open',
        box: ' ',
        boxText: 'open',
      },
      {
        type: 'list-item',
        lineNo: 5,
        indent: 2,
        text: '[x] done, nested',
        box: 'x',
        boxText: 'done, nested',
      },
      // Which marks make a box is the format's to say.
      {
        type: 'list-item',
        lineNo: 6,
        text: '[P] tag, not a box mark',
        box: 'P',
        boxText: 'tag, not a box mark',
      },
      { type: 'list-item', lineNo: 7, text: '[N/A] no box: three characters' },
      { type: 'table-row', lineNo: 8, text: '| a | b |' },
      { type: 'paragraph', lineNo: 9, text: 'Plain text' },
      { type: 'paragraph', lineNo: 10, text: '#hashtag is no heading' },
    ]);
  });

  it('skips front matter, fenced blocks and HTML comments, keeping line numbers', () => {
    const { tokens: result, file } = tokens(
      [
        '---',
        'id: SPEC-1',
        '---',
        '## After front matter',
        '```text',
        '- [ ] in a fence',
        '```',
        '<!-- a comment',
        '- [ ] in a comment',
        '-->',
        'kept <!-- cut --> text',
        '<!-- whole line -->',
        '~~~~',
        '```',
        '~~~~',
        '- [x] after',
      ].join('\n'),
    );
    expect(file.frontMatter).toBe('id: SPEC-1\n');
    expect(result.map(t => [t.type, t.lineNo, t.text])).toEqual([
      ['heading', 4, 'After front matter'],
      ['fence', 5, 'text'],
      // A comment's first and last lines, emptied, end a block like a blank line.
      ['blank', 8, ''],
      ['blank', 10, ''],
      ['paragraph', 11, 'kept  text'],
      // A line that only held a comment ends a block like a blank line.
      ['blank', 12, ''],
      ['fence', 13, ''],
      ['list-item', 16, '[x] after'],
    ]);
  });

  it('treats an unclosed front matter as a thematic break, and reads CRLF and lone-CR text', () => {
    expect(tokens('---\nno close\n').tokens[1]).toMatchObject({
      type: 'paragraph',
      text: 'no close',
    });
    expect(tokens('# A\r\n- [ ] b\r\n').tokens.map(t => t.text)).toEqual([
      'A',
      '[ ] b',
      '',
    ]);
    expect(tokens('# A\r- [ ] b').tokens.map(t => t.lineNo)).toEqual([1, 2]);
  });
});
