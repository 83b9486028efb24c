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
  SpecChecklistKind,
  SpecPhase,
  SpecRequirement,
  SpecResolvedClarification,
  SpecReviewPersona,
  SpecTask,
  SpecUserStory,
} from '../../model';
import { SectionKind } from '../formats';
import {
  findIsoDate,
  stripEmoji,
  stripEmphasis,
  trimSeparators,
} from '../inline';
import { stripClosingHashes } from '../tokenizer/lineShapes';
import { implicitPhaseFor, TASK_ROLES } from './readBoxes';
import { readHeadingDefinition } from './readDefinitions';
import { formatReadsHeading } from './formatReaders';
import { addHeadingTask } from './readTasks';
import { endBlock } from './readText';
import { verify } from './readTables';
import {
  BoxContext,
  cap,
  findNode,
  HeadingNode,
  ReaderState,
} from './ReaderState';

// Bound once: the dev-time CommonJS transform makes each call of an
// imported function a getter call (see SpecFileReader.ts).
const findIsoDateFn = findIsoDate;
const stripEmojiFn = stripEmoji;
const stripEmphasisFn = stripEmphasis;
const trimSeparatorsFn = trimSeparators;
const stripClosingHashesFn = stripClosingHashes;

// Headings: what each opens (a phase, a user story, a persona of the review
// checklist, a clarification entry, …) and, from the stack of open
// headings, what a box under them means.

const US_HEADING =
  /^(?:user story\s+|hist[oó]ria de usu[aá]rio\s+|historia de usuario\s+|us-?)(\d{1,4})\b(.*)$/i;
const PHASE_ID = /^(?:phase|fase|etapa)\s+(\d+(?:\.\d+)*|[A-Z](?![\w]))/i;
/** `(P1)` or `[P0]` in a story heading: its priority. */
const PRIORITY_TAG = /[([]\s*(P\d)\s*[)\]]/i;
const CL_HEADING = /^(CL-(?:\d{1,6}|N))\b(.*)$/i;

export function readHeading(
  r: ReaderState,
  level: number,
  rawText: string,
  lineNo: number,
) {
  endBlock(r);
  r.summaryLines = undefined;
  r.label = undefined;
  r.taskIndent = undefined;
  const text = stripClosingHashesFn(rawText);
  if (level >= 2) {
    r.seenSection = true;
  }
  const stack = r.stack;
  while (stack.length > 0 && stack[stack.length - 1].level >= level) {
    stack.pop();
  }
  const underReview = stack.some(n => n.kind === 'review');
  let kind = underReview ? 'review' : r.format.classifySection(text);
  const isTitle = level === 1 && r.facts.title === undefined;
  // The document's title names the document, not a section of it:
  // `# Implementation Plan: X` or `# Tasks: X` must not turn every box of
  // the file into a task. Only a phase title (`# Phase 1: …` of a phase
  // plan) keeps its meaning.
  if (isTitle && kind !== 'phase') {
    kind = 'other';
  }
  const node: HeadingNode = {
    level,
    text: cap(stripEmphasisFn(text)),
    kind,
    line: lineNo,
  };
  if (isTitle) {
    r.facts.title = node.text;
    r.facts.titleLine = lineNo;
  }
  if (!underReview && formatReadsHeading(r, node.text, level, lineNo)) {
    // The format's own reader read it (OpenSpec's `### Requirement: …`).
  } else if (underReview) {
    node.persona = {
      persona: node.text,
      items: [],
      file: r.path,
      line: lineNo,
    };
    r.acc.review.push(node.persona);
  } else if (node.kind === 'phase' && TASK_ROLES.has(r.role)) {
    node.phase = newPhase(r, node.text, lineNo);
    const match = PHASE_ID.exec(stripEmojiFn(node.text));
    if (match) {
      node.phase.id = match[1].toUpperCase();
    }
  } else if (node.kind === 'user-story' && r.role === 'spec') {
    node.story = newStory(r, node.text, lineNo);
  } else if (node.kind === 'definition' && r.role === 'spec') {
    node.definition = readHeadingDefinition(r, node.text, lineNo);
  } else if (node.kind === 'clarification-entry') {
    node.clarification = newClarification(r, node.text, lineNo);
  } else if (node.kind === 'session') {
    node.sessionDate = findIsoDateFn(node.text);
  } else if (node.kind === 'summary' && r.role === 'spec' && !r.facts.summary) {
    r.summaryLines = [];
  }
  if (node.kind === 'task' && !underReview) {
    // A task written as a heading is one task when a box standing here
    // would be a task (or a checklist item, which a task id makes a task).
    const parent = boxContextOf(r);
    if (
      TASK_ROLES.has(r.role) &&
      (parent.type === 'task' ||
        (parent.type === 'checklist' &&
          (parent.kind === 'validation' || parent.kind === 'other')))
    ) {
      const phase =
        findNode(r, n => n.phase)?.phase ?? implicitPhaseFor(r, lineNo);
      node.task = addHeadingTask(r, phase, node.text, lineNo);
    }
  }
  if (r.role === 'verification') {
    verify(r, node.text);
  }
  stack.push(node);
  updateContext(r);
}

export function newPhase(
  r: ReaderState,
  title: string,
  lineNo: number,
): SpecPhase {
  const phase: SpecPhase = {
    title,
    exitCriteria: [],
    tasks: [],
    file: r.path,
    line: lineNo,
  };
  r.acc.phases.push(phase);
  return phase;
}

function newStory(
  r: ReaderState,
  text: string,
  lineNo: number,
): SpecUserStory | undefined {
  const match = US_HEADING.exec(stripEmojiFn(text));
  if (!match) {
    return undefined;
  }
  let rest = match[2];
  let priority: string | undefined;
  const priorityAt = rest.search(/\(\s*(?:priority|prioridade|prioridad)\s*:/i);
  if (priorityAt >= 0) {
    const close = rest.indexOf(')', priorityAt);
    const value = rest
      .slice(rest.indexOf(':', priorityAt) + 1, close < 0 ? undefined : close)
      .trim();
    priority = value.split(/[\s,;]/)[0] || undefined;
    rest = rest.slice(0, priorityAt);
  } else {
    // `### US1 (P1): Title`, `### US1: Title (P0)`, `### US-2 [P2] Title`.
    const tag = PRIORITY_TAG.exec(rest);
    if (tag) {
      priority = tag[1].toUpperCase();
      rest = `${rest.slice(0, tag.index)} ${rest.slice(
        tag.index + tag[0].length,
      )}`;
    }
  }
  const story: SpecUserStory = {
    id: `US-${Number(match[1])}`,
    title: trimSeparatorsFn(rest).trim(),
    acceptanceScenarios: [],
    file: r.path,
    line: lineNo,
  };
  if (priority) {
    story.priority = priority;
  }
  r.acc.userStories.push(story);
  return story;
}

function newClarification(
  r: ReaderState,
  text: string,
  lineNo: number,
): SpecResolvedClarification | undefined {
  const match = CL_HEADING.exec(text);
  if (!match || match[1].toUpperCase() === 'CL-N') {
    return undefined;
  }
  const date = findIsoDateFn(match[2]);
  // `CL-1 — 2024-01-15 — Question` or `CL-1 — Question (2026-05-07)`.
  const question = match[2]
    .split(/\s+[\u2013\u2014-]\s+/)
    .map(part => part.replace(/\(\s*\d{4}-\d{2}-\d{2}\s*\)/, '').trim())
    .filter(part => part && part !== date)
    .join(' — ');
  const entry: SpecResolvedClarification = {
    id: match[1].toUpperCase(),
    question: trimSeparatorsFn(question),
    file: r.path,
    line: lineNo,
  };
  if (date) {
    entry.date = date;
  }
  r.acc.resolvedClarifications.push(entry);
  return entry;
}

function checklistContext(
  kind: SpecChecklistKind,
  node: HeadingNode,
): BoxContext {
  return { type: 'checklist', kind, name: node.text, line: node.line };
}

/** Recomputes what a box means here; runs once per heading, not per line. */
export function updateContext(r: ReaderState) {
  // One pass over the stack, innermost first, instead of a `map` and four
  // `findNode` calls with closures: this runs on every heading.
  const kinds = new Set<SectionKind>();
  let phase: SpecPhase | undefined;
  let story: SpecUserStory | undefined;
  let persona: SpecReviewPersona | undefined;
  let clarification: SpecResolvedClarification | undefined;
  let headingTask: SpecTask | undefined;
  let definition: SpecRequirement | undefined;
  const stack = r.stack;
  for (let i = stack.length - 1; i >= 0; i--) {
    const node = stack[i];
    kinds.add(node.kind);
    phase = phase ?? node.phase;
    story = story ?? node.story;
    persona = persona ?? node.persona;
    clarification = clarification ?? node.clarification;
    headingTask = headingTask ?? node.task;
    definition = definition ?? node.definition;
  }
  r.kinds = kinds;
  r.phase = phase;
  r.story = story;
  r.persona = persona;
  r.clarification = clarification;
  r.headingTask = headingTask;
  r.definition = definition;
  r.boxContext = boxContextOf(r);
}

/** What a box means under the headings now on the stack. */
function boxContextOf(r: ReaderState): BoxContext {
  const stack = r.stack;
  let validation: HeadingNode | undefined;
  for (let i = stack.length - 1; i >= 0; i--) {
    const node = stack[i];
    switch (node.kind) {
      case 'review':
        return { type: 'review' };
      case 'open-questions':
      case 'clarifications':
      case 'session':
        return checklistContext('open-questions', node);
      case 'dependencies':
        return checklistContext('dependencies', node);
      case 'task':
        return { type: 'step' };
      case 'phase':
      case 'tasks':
        return { type: 'task' };
      case 'validation':
        validation = validation ?? node;
        break;
      default:
        break;
    }
  }
  if (validation) {
    return checklistContext('validation', validation);
  }
  if (r.role === 'tasks' || r.role === 'phase-plan') {
    return { type: 'task' };
  }
  const node = stack[stack.length - 1];
  return {
    type: 'checklist',
    kind: 'other',
    name: node?.text ?? r.facts.title ?? r.path,
    line: node?.line ?? 1,
  };
}
