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

import {
  isTableDelimiter,
  splitTableRow,
  stripEmphasis,
  stripInlineCode,
} from '../inline';
import { findRefs, refKey } from '../refs';
import { definingColumn, readTableDefinition } from './readDefinitions';
import { addComponent, endSummary } from './readText';
import { ReaderState } from './ReaderState';

// Bound once: the dev-time CommonJS transform makes each call of an
// imported function a getter call (see SpecFileReader.ts).
const isTableDelimiterFn = isTableDelimiter;
const splitTableRowFn = splitTableRow;
const stripEmphasisFn = stripEmphasis;
const stripInlineCodeFn = stripInlineCode;
const findRefsFn = findRefs;
const refKeyFn = refKey;

// Table rows: success-metrics and components tables are kept; VERIFICATION.md
// rows give success-criteria verdicts.

/** Table rows kept per table. */
const MAX_TABLE_ROWS = 500;

const VERIFIED_WORD = /\b(?:pass|passed|passes|verified|met)\b/i;
const FAILED_WORD = /\b(?:fail|failed|fails|not met)\b/i;

export function readTableRow(r: ReaderState, trimmed: string, lineNo: number) {
  r.item = undefined;
  endSummary(r);
  let table = r.table;
  if (!table) {
    table = {
      rows: [],
      line: lineNo,
      node: r.stack[r.stack.length - 1],
      textColumn: -1,
    };
    r.table = table;
  }
  if (r.role === 'verification') {
    verify(r, stripInlineCodeFn(trimmed));
  }
  const rowIndex = lineNo - table.line;
  if (isTableDelimiterFn(trimmed)) {
    // The spec's definitions tables: `| ID | Requirement | Priority |`.
    if (rowIndex === 1 && r.role === 'spec') {
      table.header = splitTableRowFn(table.firstRow ?? '');
      table.textColumn = definingColumn(table.header);
    }
    return;
  }
  if (rowIndex === 0) {
    table.firstRow = trimmed;
  } else if (table.textColumn > 0) {
    readTableDefinition(r, splitTableRowFn(trimmed), table.textColumn, lineNo);
  }
  if (table.rows.length >= MAX_TABLE_ROWS) {
    return;
  }
  if (r.kinds.has('success-metrics') || r.kinds.has('components')) {
    table.rows.push(splitTableRowFn(trimmed));
  }
}

export function endTable(r: ReaderState) {
  const table = r.table;
  if (!table) {
    return;
  }
  r.table = undefined;
  if (table.rows.length === 0) {
    return;
  }
  const kind = table.node?.kind;
  if (kind === 'success-metrics' && !r.acc.successMetrics) {
    r.acc.successMetrics = {
      headers: table.rows[0].map(cell => stripEmphasisFn(cell)),
      rows: table.rows.slice(1),
    };
  } else if (kind === 'components') {
    for (const row of table.rows.slice(1)) {
      if (row[0]) {
        addComponent(r, row[0]);
      }
    }
  }
}

/** VERIFICATION.md: a heading, list item or table row naming SC ids with a verdict. */
export function verify(r: ReaderState, text: string) {
  if (text.indexOf('SC-') < 0) {
    return;
  }
  const passed = text.indexOf('\u2705') >= 0 || VERIFIED_WORD.test(text);
  const failed = text.indexOf('\u274C') >= 0 || FAILED_WORD.test(text);
  if (passed === failed) {
    return;
  }
  for (const ref of findRefsFn(text)) {
    if (ref.id.startsWith('SC-')) {
      const key = refKeyFn(ref.id);
      if (!r.acc.verification.has(key)) {
        r.acc.verification.set(key, passed);
      }
    }
  }
}
