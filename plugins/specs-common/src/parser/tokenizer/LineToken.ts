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

import { KeyValue } from '../inline';

/** The shapes of line the tokenizer tells apart. */
export type LineTokenType =
  /** An empty or whitespace-only line, or one that held only an HTML comment. */
  | 'blank'
  /** The opening fence of a fenced code block; the block's lines are skipped. */
  | 'fence'
  /** An ATX heading (`## Title`). */
  | 'heading'
  /** A table row (`| a | b |`), delimiter rows included. */
  | 'table-row'
  /** A list item (`-`, `*`, `+`, `1.`), with or without a box. */
  | 'list-item'
  /** A line of `**Key**: value` fields (not a list item). */
  | 'fields'
  /** Any other text. */
  | 'paragraph';

/**
 * One line of a markdown file, classified by shape only.
 *
 * @remarks
 * The tokenizer hands the same object to every call (it is overwritten for
 * the next line): a reader copies what it keeps. That keeps the tokenizer
 * free of per-line allocations beyond the line text itself.
 */
export interface LineToken {
  type: LineTokenType;
  /** 1-based line number in the file (front matter included). */
  lineNo: number;
  /** The line with HTML comments removed and its indentation kept. */
  line: string;
  /** `line` without indentation and trailing blanks. */
  trimmed: string;
  /** Indentation in columns (a tab counts as four). */
  indent: number;
  /** Offsets of the line as read (before comments were removed) in `TokenizedFile.body`. */
  start: number;
  end: number;
  /** True when no comment was cut out of the line, so `line` is the text at `[start, end)`. */
  asRead: boolean;
  /** Heading level (1–6); 0 for other lines. */
  level: number;
  /**
   * Heading: the text after the `#`s (closing `#`s kept). List item: the
   * text after the marker. Fence: the info string. Otherwise the trimmed line.
   */
  text: string;
  /**
   * List items: the character between `[` and `]` of a leading box (`' '`,
   * `'x'`, `'~'`, `'-'`, …); undefined without one. Which marks make a box
   * is for the format to say: `- [P] …` has the mark `P` here.
   */
  box: string | undefined;
  /** List items with a box: the text after the box. */
  boxText: string;
  /** `fields` lines: the `**Key**: value` pairs. */
  fields: KeyValue[];
}

/** What a tokenized file starts with: its text after the front matter. */
export interface TokenizedFile {
  /** The text the token offsets refer to: the file without its front matter. */
  body: string;
  /** The YAML source of the front matter, when the file starts with one. */
  frontMatter?: string;
  /** The line the front matter's YAML starts on (2), when there is one. */
  frontMatterLine?: number;
}

/** Receives the tokens of one file, in order. */
export interface LineTokenSink {
  /** Called once, before the first token. */
  begin(file: TokenizedFile): void;
  /** Called for every line outside front matter, fenced blocks and comments. */
  token(token: LineToken): void;
  /** Called once, after the last token. */
  end(): void;
}
