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
  SpecRequirement,
  SpecRequirementKind,
  SpecRequirementLevel,
  SpecSuccessCriterion,
} from '../../model';
import { stripEmphasis, stripInlineCode, trimSeparators } from '../inline';
import { cap, ReaderState } from './ReaderState';

// Bound once: the dev-time CommonJS transform makes each call of an
// imported function a getter call (see SpecFileReader.ts).
const stripEmphasisFn = stripEmphasis;
const stripInlineCodeFn = stripInlineCode;
const trimSeparatorsFn = trimSeparators;

// Requirement (FR-001, NFR-, SR-, …) and success-criterion (SC-001)
// definitions of the spec file, in the three shapes specs write them:
// - list items: `- **FR-001**: System MUST …`, `- FR-001: …`;
// - table rows of a definitions table: `| FR-001 | Pluggable storage | P1 |`;
// - headings: `#### FR-001: Command flags`, `### SC-001: Mode availability`.
// An id that is already defined is a reference where it comes back (a
// traceability table, a heading over its details), not a second definition.

const DEFINITION_BOLD =
  /^\*\*((?:NFR|FR|SR|QR|IR|DR|SC)-\d{1,6}[A-Za-z]?)(:?)\*\*/;
const DEFINITION_PLAIN = /^((?:NFR|FR|SR|QR|IR|DR|SC)-\d{1,6}[A-Za-z]?):/;
const DEFINITION_ID = /^((?:NFR|FR|SR|QR|IR|DR|SC)-\d{1,6}[A-Za-z]?)(?![\w.])/;
const LEVEL = /\b(MUST|SHALL|SHOULD|MAY)\b/;
/** The first letters of NFR, FR, SR, QR, IR, DR and SC. */
const ID_INITIAL = new Set([70, 78, 83, 81, 73, 68]);

/** A header cell naming the column that says what the requirement is. */
const TEXT_COLUMN =
  /requirement|description|descripci|descri[cç]|criteri|crit[eé]rio|title|t[ií]tulo|name|nombre|nome|statement|outcome|metric|m[eé]trica|summary|story|requisito|capabilit|feature|behaviou?r|rule|need|goal|需求|描述|名称|指标|標準|要件/i;
/** Header cells of tables that map ids to something else: traceability, coverage, evidence. */
const MAPPING_COLUMN =
  /\btasks?\b|coverage|covered|evidence|\btests?\b|test file|tarea|tarefa|trace|mapping|implementation|source file|verified|has task/i;

/** Remembers a definition, so that its id coming back is a reference. */
export function noteDefinition(
  r: ReaderState,
  item: SpecRequirement | SpecSuccessCriterion,
) {
  r.acc.noteDefined(item.id);
}

/** `- **FR-001**: …` and `- **SC-001**: …` definitions. */
export function readDefinition(
  r: ReaderState,
  text: string,
  indent: number,
  lineNo: number,
): boolean {
  // Every id prefix starts with F, N, S, Q, I or D: most list items of a
  // spec (`- **Given** …`, `- The …`) are ruled out without a regex.
  const first = text.charCodeAt(text.charCodeAt(0) === 42 /* * */ ? 2 : 0);
  if (!ID_INITIAL.has(first)) {
    return false;
  }
  let id: string;
  let rest: string;
  const bold = DEFINITION_BOLD.exec(text);
  if (bold) {
    id = bold[1];
    rest = text.slice(bold[0].length);
    if (!bold[2]) {
      // `**FR-006** (conditional — CL-4): …`: the colon may follow an annotation.
      const trimmed = rest.trimStart();
      if (trimmed.startsWith(':')) {
        rest = trimmed.slice(1);
      } else if (trimmed.startsWith('(')) {
        const close = trimmed.indexOf(')');
        if (close < 0 || trimmed.charCodeAt(close + 1) !== 58 /* : */) {
          return false;
        }
        rest = `${trimmed.slice(0, close + 1)} ${trimmed
          .slice(close + 2)
          .trim()}`;
      } else {
        return false;
      }
    }
  } else {
    const plainMatch = DEFINITION_PLAIN.exec(text);
    if (!plainMatch) {
      return false;
    }
    id = plainMatch[1];
    rest = text.slice(plainMatch[0].length);
  }
  const item = addDefinition(r, id, cap(rest.trim()), rest, lineNo);
  r.item = {
    indent,
    append: more => {
      item.text = cap(`${item.text} ${more}`);
      if ('kind' in item && !item.level) {
        defineLevel(item, more);
      }
    },
  };
  return true;
}

/** Whether a table, from its header row, defines the ids in its first column; the column with their text, or -1. */
export function definingColumn(header: readonly string[]): number {
  if (header.length < 2 || header.some(cell => MAPPING_COLUMN.test(cell))) {
    return -1;
  }
  for (let i = 1; i < header.length; i++) {
    if (TEXT_COLUMN.test(header[i])) {
      return i;
    }
  }
  return -1;
}

/** A row of a definitions table: `| FR-001 | Pluggable storage | P1 |`. */
export function readTableDefinition(
  r: ReaderState,
  cells: readonly string[],
  textColumn: number,
  lineNo: number,
) {
  const first = stripEmphasisFn((cells[0] ?? '').replace(/`/g, '')).trim();
  const match = DEFINITION_ID.exec(first);
  if (!match || match[0].length !== first.length) {
    return;
  }
  const text = cap(stripEmphasisFn(cells[textColumn] ?? '').trim());
  define(r, match[1], text, cells.slice(1).join(' '), lineNo);
}

/** A heading that defines an id: `#### FR-001: Command flags`. */
export function readHeadingDefinition(
  r: ReaderState,
  heading: string,
  lineNo: number,
): SpecRequirement | undefined {
  const bare = stripEmphasisFn(heading.replace(/`/g, ''));
  const match = DEFINITION_ID.exec(bare);
  if (!match) {
    return undefined;
  }
  const text = cap(trimSeparatorsFn(bare.slice(match[0].length)));
  return define(r, match[1], text, text, lineNo);
}

function define(
  r: ReaderState,
  id: string,
  text: string,
  levelText: string,
  lineNo: number,
): SpecRequirement | undefined {
  if (r.acc.isDefined(id)) {
    return undefined;
  }
  const item = addDefinition(r, id, text, levelText, lineNo);
  return 'kind' in item ? item : undefined;
}

/** A requirement or success criterion, by its id's prefix. */
function addDefinition(
  r: ReaderState,
  id: string,
  text: string,
  levelText: string,
  lineNo: number,
): SpecRequirement | SpecSuccessCriterion {
  const prefix = id.slice(0, id.indexOf('-'));
  if (prefix === 'SC') {
    const criterion = { id, text, file: r.path, line: lineNo };
    r.acc.successCriteria.push(criterion);
    noteDefinition(r, criterion);
    return criterion;
  }
  const requirement: SpecRequirement = {
    id,
    kind: prefix as SpecRequirementKind,
    text,
    file: r.path,
    line: lineNo,
  };
  defineLevel(requirement, levelText);
  r.acc.requirements.push(requirement);
  noteDefinition(r, requirement);
  return requirement;
}

/** Sets a heading definition's level from a line of its body, if it has one. */
export function defineLevel(requirement: SpecRequirement, text: string) {
  const level = findLevel(text);
  if (level) {
    requirement.level = level;
  }
}

/** The first RFC 2119 keyword of a text (`SHALL` counts as `MUST`). */
export function findLevel(text: string): SpecRequirementLevel | undefined {
  const match = LEVEL.exec(stripInlineCodeFn(text));
  if (!match) {
    return undefined;
  }
  return match[1] === 'SHALL' ? 'MUST' : (match[1] as SpecRequirementLevel);
}
