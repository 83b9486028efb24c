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

import { SpecResolvedClarification } from '../../model';
import { parseKeyValues, stripEmphasis } from '../inline';
import { isUpper } from '../tokenizer/lineShapes';
import { defineLevel, readDefinition } from './readDefinitions';
import { formatReadsListItem } from './formatReaders';
import { readFields } from './readText';
import { verify } from './readTables';
import { cap, findNode, ReaderState } from './ReaderState';

// Bound once: the dev-time CommonJS transform makes each call of an
// imported function a getter call (see SpecFileReader.ts).
const parseKeyValuesFn = parseKeyValues;
const stripEmphasisFn = stripEmphasis;
const isUpperFn = isUpper;

// List items without a box: requirement and success-criterion definitions,
// header fields written as a list, acceptance scenarios, spec-kit `Q: → A:`
// clarifications and exit criteria.

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
  if (r.definition && !r.definition.level) {
    defineLevel(r.definition, text);
  }
  if (formatReadsListItem(r, text, indent, lineNo)) {
    return;
  }
  if (
    r.role === 'spec' &&
    (text.startsWith('**') || isUpperFn(text.charCodeAt(0)))
  ) {
    if (readDefinition(r, text, indent, lineNo)) {
      return;
    }
  }
  if (!r.seenSection && text.startsWith('**')) {
    const pairs = parseKeyValuesFn(text);
    if (pairs.length > 0) {
      readFields(r, pairs, lineNo);
      return;
    }
  }
  // `- **Status**: [X] Completed` under a task written as a heading.
  if (r.headingTask && text.startsWith('**Status')) {
    const pairs = parseKeyValuesFn(text);
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
    phase.exitCriteria.push(cap(stripEmphasisFn(text)));
  }
}

/** Spec-kit `- Q: question → A: answer`. */
function readQuestion(r: ReaderState, text: string, lineNo: number): boolean {
  const stripped = stripEmphasisFn(text);
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
