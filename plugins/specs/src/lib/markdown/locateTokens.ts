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

import { Token, Tokens } from 'marked';

/** A block token with the 1-based line of the file it starts on. */
export type LocatedToken = Token & { specLine?: number };

function countLines(text: string, end: number): number {
  let lines = 0;
  for (
    let i = text.indexOf('\n');
    i >= 0 && i < end;
    i = text.indexOf('\n', i + 1)
  ) {
    lines += 1;
  }
  return lines;
}

/**
 * Writes the starting line into each block token (`specLine`): top-level
 * blocks, list items and the blocks inside them and inside block quotes.
 *
 * @remarks
 * marked keeps no positions, but each token's `raw` is a slice of the text it
 * was lexed from, in order; nested blocks are lexed from their parent's text
 * with the indentation (or `>`) removed, which leaves the line count intact.
 * The parser reports items by file and line, so this is what lets the page
 * put an item's anchor on the block the parser read it from.
 */
export function locateTokens(
  tokens: Token[],
  source: string,
  firstLine: number,
): void {
  let cursor = 0;
  let line = firstLine;
  for (const token of tokens as LocatedToken[]) {
    if (!token.raw) continue;
    const index = source.indexOf(token.raw, cursor);
    if (index < 0) continue;
    line += countLines(source.slice(cursor), index - cursor);
    token.specLine = line;
    cursor = index;
    switch (token.type) {
      case 'list':
        locateTokens((token as Tokens.List).items, token.raw, line);
        break;
      case 'list_item': {
        const item = token as Tokens.ListItem;
        // The item's blocks come from its text, which starts on its line.
        locateTokens(item.tokens, item.text, line);
        break;
      }
      case 'blockquote': {
        const quote = token as Tokens.Blockquote;
        locateTokens(quote.tokens, quote.text, line);
        break;
      }
      default:
        break;
    }
  }
}
