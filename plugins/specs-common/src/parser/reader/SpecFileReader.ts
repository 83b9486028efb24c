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

import { SpecFileRole } from '../../model';
import { DocumentAccumulator } from '../DocumentAccumulator';
import { SpecFormat } from '../formats';
import { stripInlineCode } from '../inline';
import { LineHits, LiteralHits } from '../lineHits';
import { parseFrontMatter } from '../parseFrontMatter';
import { NO_REFS } from '../refs';
import {
  LineToken,
  LineTokenSink,
  TokenizedFile,
} from '../tokenizer/LineToken';
import { readBox } from './readBoxes';
import { readHeading, updateContext } from './readHeadings';
import {
  countContent,
  INTERESTING,
  INTERESTING_HITS,
  readLinks,
  scanInline,
} from './readInline';
import { formatReadsText } from './formatReaders';
import { readListItem } from './readLists';
import { endTable, readTableRow } from './readTables';
import {
  endBlock,
  endSummary,
  readBlank,
  readFields,
  readParagraph,
} from './readText';
import { newReaderState, ReaderState } from './ReaderState';

// The dev-time transform (SWC to CommonJS, as in tests and `yarn
// bench:parser`) turns every call of an imported function into a getter
// call; the functions called for every line are bound once here. (A built
// bundle calls them directly either way.)
const stripInlineCodeFn = stripInlineCode;
const countContentFn = countContent;
const scanInlineFn = scanInline;
const readLinksFn = readLinks;
const readHeadingFn = readHeading;
const readTableRowFn = readTableRow;
const endTableFn = endTable;
const readBoxFn = readBox;
const readListItemFn = readListItem;
const readFieldsFn = readFields;
const readParagraphFn = readParagraph;
const readBlankFn = readBlank;
const endBlockFn = endBlock;
const endSummaryFn = endSummary;

// Placeholders until `begin` sets the cursors up: an empty text has no hit.
const NO_HITS = new LineHits(INTERESTING_HITS, '');
const NO_LITERAL_HITS = new LiteralHits('-', '');

/**
 * Reads the tokens of one file into the accumulator, asking the format
 * profile what each heading, box and label means.
 */
export class SpecFileReader implements LineTokenSink {
  private readonly r: ReaderState;
  // Per-file cursors over the tokenized text; set by `begin`.
  private interestingHits = NO_HITS;
  private specHits = NO_LITERAL_HITS;
  private adrHits = NO_LITERAL_HITS;
  private linkHits = NO_LITERAL_HITS;
  private definitionHits = NO_LITERAL_HITS;
  private equalsHits = NO_LITERAL_HITS;

  constructor(
    path: string,
    role: SpecFileRole,
    format: SpecFormat,
    acc: DocumentAccumulator,
  ) {
    this.r = newReaderState(path, role, format, acc);
    updateContext(this.r);
  }

  begin(file: TokenizedFile) {
    if (file.frontMatter !== undefined) {
      const { value, diagnostics } = parseFrontMatter(file.frontMatter, {
        line: file.frontMatterLine,
      });
      if (value) {
        this.r.facts.frontMatter = value;
      }
      for (const diagnostic of diagnostics) {
        this.r.acc.diagnostics.push({ ...diagnostic, file: this.r.path });
      }
    }
    this.interestingHits = new LineHits(INTERESTING_HITS, file.body);
    this.specHits = new LiteralHits('SPEC-', file.body);
    this.adrHits = new LiteralHits('ADR-', file.body);
    this.linkHits = new LiteralHits('](', file.body);
    this.definitionHits = new LiteralHits(']:', file.body);
    this.equalsHits = new LiteralHits('=', file.body);
  }

  token(t: LineToken) {
    const r = this.r;
    if (t.type === 'blank') {
      readBlankFn(r);
      return;
    }
    if (t.type === 'fence') {
      endBlockFn(r);
      return;
    }
    // Only lines that can hold a placeholder, reference, marker or link at
    // all are scanned inline; most lines cannot. The whole-text cursors only
    // know the line as read: once a comment was cut out, ask the line itself.
    // A box's own `[ ]` makes no line interesting: for box items only the
    // text after the box is asked (review and checklist items rarely hold
    // anything, and are a good part of a spec's lines).
    let interesting: boolean;
    if (t.box !== undefined) {
      interesting = INTERESTING.test(t.boxText);
    } else if (t.asRead) {
      interesting = this.interestingHits.has(t.start, t.end);
    } else {
      interesting = INTERESTING.test(t.line);
    }
    const plain = interesting ? stripInlineCodeFn(t.line) : t.line;
    r.lineRefs = NO_REFS;
    countContentFn(r, t.trimmed, plain, t.lineNo, interesting);
    if (interesting) {
      // Blanking inline code out (`plain`) cannot create a `SPEC-` or `ADR-`
      // that the line as read lacks: the blank is a space.
      const mayMention =
        !t.asRead ||
        this.specHits.has(t.start, t.end) ||
        this.adrHits.has(t.start, t.end);
      scanInlineFn(r, plain, t.lineNo, t.line, mayMention);
    }
    // `](`, `]:` or the `=` of `src=`/`href=`; on any line, as the rest of
    // a link text or of a raw HTML tag broken over lines need not be
    // interesting (`text](a.md)`, `  src="a.png">`).
    if (
      !t.asRead ||
      this.linkHits.has(t.start, t.end) ||
      this.definitionHits.has(t.start, t.end) ||
      this.equalsHits.has(t.start, t.end)
    ) {
      readLinksFn(r, interesting ? plain : stripInlineCodeFn(t.line));
    }
    switch (t.type) {
      case 'heading':
        readHeadingFn(r, t.level, t.text, t.lineNo);
        return;
      case 'table-row':
        readTableRowFn(r, t.trimmed, t.lineNo);
        return;
      default:
        break;
    }
    endTableFn(r);
    switch (t.type) {
      case 'list-item': {
        endSummaryFn(r);
        const state =
          t.box === undefined ? undefined : r.format.boxState(t.box);
        if (state) {
          readBoxFn(r, t.indent, state, t.boxText, t.lineNo);
        } else {
          readListItemFn(r, t.indent, t.text, t.lineNo, plain);
        }
        return;
      }
      case 'fields':
        if (
          r.format.readers?.text &&
          formatReadsText(r, t.trimmed, t.indent, t.lineNo)
        ) {
          return;
        }
        readFieldsFn(r, t.fields, t.lineNo);
        return;
      default:
        if (
          r.format.readers?.text &&
          !(r.item && t.indent > 0) &&
          formatReadsText(r, t.trimmed, t.indent, t.lineNo)
        ) {
          return;
        }
        readParagraphFn(r, t.indent, t.trimmed);
    }
  }

  end() {
    endTableFn(this.r);
    endSummaryFn(this.r);
  }
}
