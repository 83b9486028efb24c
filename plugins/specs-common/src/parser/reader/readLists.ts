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
  SpecResolvedClarification,
} from '../../model';
import { parseKeyValues, stripEmphasis, stripInlineCode } from '../inline';
import { isUpper } from '../tokenizer/lineShapes';
import { readFields } from './readText';
import { verify } from './readTables';
import { cap, findNode, ReaderState } from './ReaderState';

// List items without a box: requirement and success-criterion definitions,
// header fields written as a list, acceptance scenarios, spec-kit `Q: → A:`
// clarifications and exit criteria.

const DEFINITION_BOLD =
  /^\*\*((?:NFR|FR|SR|QR|IR|DR|SC)-\d{1,6}[a-z]?)(:?)\*\*/;
const DEFINITION_PLAIN = /^((?:NFR|FR|SR|QR|IR|DR|SC)-\d{1,6}[a-z]?):/;
const LEVEL = /\b(MUST|SHALL|SHOULD|MAY)\b/;

/** `text` is the item's text after the marker, trimmed; `plain` the whole line without inline code. */
export function readListItem(
  r: ReaderState,
  indent: number,
  text: string,
  lineNo: number,
  plain: string,
) {
  r.item = undefined;
  if (r.role === 'verification') {
    verify(r, plain);
  }
  if (
    r.role === 'spec' &&
    (text.startsWith('**') || isUpper(text.charCodeAt(0)))
  ) {
    if (readDefinition(r, text, indent, lineNo)) {
      return;
    }
  }
  if (!r.seenSection && text.startsWith('**')) {
    const pairs = parseKeyValues(text);
    if (pairs.length > 0) {
      readFields(r, pairs, lineNo);
      return;
    }
  }
  const story = r.story;
  if (story && (r.label === 'acceptance scenarios' || /\bGiven\b/.test(text))) {
    const index = story.acceptanceScenarios.length;
    story.acceptanceScenarios.push(cap(text));
    r.item = {
      indent,
      append: more => {
        story.acceptanceScenarios[index] = cap(
          `${story.acceptanceScenarios[index]} ${more}`,
        );
      },
    };
    return;
  }
  if (r.kinds.has('session') || r.kinds.has('clarifications')) {
    if (readQuestion(r, text, lineNo)) {
      return;
    }
  }
  const phase = r.phase;
  if (phase && r.label === 'exit criteria') {
    phase.exitCriteria.push(cap(stripEmphasis(text)));
  }
}

/** `- **FR-001**: …` and `- **SC-001**: …` definitions. */
function readDefinition(
  r: ReaderState,
  text: string,
  indent: number,
  lineNo: number,
): boolean {
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
  const body = cap(rest.trim());
  const prefix = id.slice(0, id.indexOf('-'));
  if (prefix === 'SC') {
    const criterion = { id, text: body, file: r.path, line: lineNo };
    r.acc.successCriteria.push(criterion);
    r.item = {
      indent,
      append: more => {
        criterion.text = cap(`${criterion.text} ${more}`);
      },
    };
    return true;
  }
  const requirement: SpecRequirement = {
    id,
    kind: prefix as SpecRequirementKind,
    text: body,
    file: r.path,
    line: lineNo,
  };
  const level = findLevel(body);
  if (level) {
    requirement.level = level;
  }
  r.acc.requirements.push(requirement);
  r.item = {
    indent,
    append: more => {
      requirement.text = cap(`${requirement.text} ${more}`);
      requirement.level = requirement.level ?? findLevel(more);
      if (!requirement.level) {
        delete requirement.level;
      }
    },
  };
  return true;
}

/** Spec-kit `- Q: question → A: answer`. */
function readQuestion(r: ReaderState, text: string, lineNo: number): boolean {
  const stripped = stripEmphasis(text);
  if (!/^Q\s*:/i.test(stripped)) {
    return false;
  }
  const arrow = stripped.search(/\s(?:\u2192|->|=>)\s*A\s*:/);
  const question = stripped.slice(
    stripped.indexOf(':') + 1,
    arrow < 0 ? undefined : arrow,
  );
  const answer =
    arrow < 0
      ? undefined
      : stripped.slice(stripped.indexOf(':', arrow) + 1).trim();
  r.acc.questionCount++;
  const entry: SpecResolvedClarification = {
    id: `Q-${r.acc.questionCount}`,
    question: cap(question.trim()),
    file: r.path,
    line: lineNo,
  };
  const date = findNode(r, n => n.sessionDate)?.sessionDate;
  if (date) {
    entry.date = date;
  }
  if (answer) {
    entry.answer = cap(answer);
  }
  r.acc.resolvedClarifications.push(entry);
  return true;
}

/** The first RFC 2119 keyword of a text (`SHALL` counts as `MUST`). */
export function findLevel(text: string): SpecRequirementLevel | undefined {
  const match = LEVEL.exec(stripInlineCode(text));
  if (!match) {
    return undefined;
  }
  return match[1] === 'SHALL' ? 'MUST' : (match[1] as SpecRequirementLevel);
}
