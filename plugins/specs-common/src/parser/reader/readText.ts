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

import { KeyValue, stripEmphasis } from '../inline';
import { findPlaceholders } from '../placeholders';
import { defineLevel } from './readDefinitions';
import { statedTaskState } from './readTasks';
import { endTable } from './readTables';
import { cap, ReaderState } from './ReaderState';

// Bound once: the dev-time CommonJS transform makes each call of an
// imported function a getter call (see SpecFileReader.ts).
const stripEmphasisFn = stripEmphasis;
const findPlaceholdersFn = findPlaceholders;

// Lines that are neither headings, boxes nor tables: `**Key**: value`
// fields, paragraphs, blank lines, and the summary they may form.

/** `**Key**: value` pairs: header fields before the first section, phase goals and exit criteria, decisions, components. */
export function readFields(
  r: ReaderState,
  pairs: readonly KeyValue[],
  lineNo: number,
) {
  endSummary(r);
  r.item = undefined;
  r.label = undefined;
  for (const { key, value } of pairs) {
    const lower = stripEmphasisFn(key).toLowerCase();
    if (!r.seenSection && !r.facts.fields.has(lower)) {
      r.facts.fields.set(lower, { key, value, line: lineNo });
    }
    if (r.definition && !r.definition.level && value) {
      defineLevel(r.definition, value);
    }
    const phase = r.phase;
    if (lower === 'components' && value) {
      for (const name of value.split(',')) {
        addComponent(r, name);
      }
    } else if (
      (lower === 'goal' || lower === 'purpose') &&
      phase &&
      !phase.goal &&
      value
    ) {
      phase.goal = cap(value);
    } else if (
      (lower === 'exit criteria' || lower === 'checkpoint') &&
      phase &&
      value
    ) {
      phase.exitCriteria.push(cap(value));
    } else if (lower === 'status' && value && r.headingTask) {
      const task = r.acc.headingTasks.get(r.headingTask);
      if (task && !task.stated) {
        task.stated = statedTaskState(value);
      }
    } else if (lower === 'decision' && value) {
      const entry = r.clarification;
      if (entry && !entry.answer) {
        entry.answer = cap(value);
      }
    }
    if (!value) {
      r.label = lower;
      r.labelName = stripEmphasisFn(key);
    }
  }
}

export function readParagraph(r: ReaderState, indent: number, trimmed: string) {
  if (r.definition && !r.definition.level) {
    defineLevel(r.definition, trimmed);
  }
  if (r.item && indent > 0) {
    r.item.append(trimmed);
    return;
  }
  r.item = undefined;
  r.label = undefined;
  if (
    r.summaryLines &&
    r.summaryLines.length < 50 &&
    !trimmed.startsWith('>')
  ) {
    r.summaryLines.push(trimmed);
  }
}

export function readBlank(r: ReaderState) {
  r.item = undefined;
  endTable(r);
  if (r.summaryLines && r.summaryLines.length > 0) {
    endSummary(r);
  }
}

/** A fence or heading ends whatever block was open. */
export function endBlock(r: ReaderState) {
  r.item = undefined;
  endTable(r);
  endSummary(r);
}

export function endSummary(r: ReaderState) {
  if (!r.summaryLines) {
    return;
  }
  if (r.summaryLines.length > 0 && !r.facts.summary) {
    r.facts.summary = cap(r.summaryLines.join(' '));
  }
  r.summaryLines = r.summaryLines.length > 0 ? undefined : r.summaryLines;
}

export function addComponent(r: ReaderState, raw: string) {
  const name = stripEmphasisFn(raw.replace(/`/g, '')).trim();
  if (name && !findPlaceholdersFn(name).length && name.length <= 200) {
    r.acc.addUnique(r.acc.components, name);
  }
}
