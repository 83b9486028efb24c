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

import { SpecDocument, SpecFileRole, SpecTaskState } from '../../model';
import { summarizeSpec } from '../../summarizeSpec';
import { titleFromName } from '../assemble/Fields';
import { sectionClassifier } from './sectionClassifier';
import { PHASE_RULE } from './commonSections';
import { numberedTaskId } from './numberedTasks';
import {
  FormatFinishContext,
  FormatLine,
  FormatModel,
  FormatProbe,
  SpecFormat,
} from './SpecFormat';

// Kiro (and the Kiro-compatible tools, cc-sdd among them):
// `.kiro/specs/<feature>/` with requirements.md (`### Requirement N`, a
// `**User Story:**` and numbered EARS acceptance criteria N.M), design.md
// and tasks.md (`- [ ] 1.` with nested `- [ ] 1.1`, `- [ ]*` optional,
// `- [-]` in progress, `_Requirements: 1.2, 3.1_` under a task).

/** `.kiro/specs/<feature>` holding any of the three documents. */
function isSpecDirectory(dir: string, names: ReadonlySet<string>): boolean {
  const parts = dir.toLowerCase().split('/');
  return (
    parts.length >= 3 &&
    parts[parts.length - 2] === 'specs' &&
    parts[parts.length - 3] === '.kiro' &&
    (names.has('requirements.md') ||
      names.has('design.md') ||
      names.has('tasks.md'))
  );
}

function detect(probe: FormatProbe): number {
  const location = (probe.location ?? '').toLowerCase();
  if (/(?:^|\/)\.kiro\/specs\/[^/]+$/.test(location)) {
    return 4;
  }
  const requirements = probe.files.find(
    f => f.path.toLowerCase() === 'requirements.md',
  );
  if (
    requirements &&
    (/^#{2,4}\s+Requirement\s+\d/m.test(requirements.head) ||
      requirements.labels.has('user story') ||
      requirements.labels.has('objective'))
  ) {
    return 3;
  }
  return 0;
}

function fileRole(path: string): SpecFileRole {
  switch (path.toLowerCase()) {
    case 'requirements.md':
      return 'spec';
    case 'tasks.md':
      return 'tasks';
    default:
      return 'other';
  }
}

/** Kiro's boxes: `[-]` is a task in progress, counted as not done. */
function boxState(mark: string): SpecTaskState | undefined {
  switch (mark) {
    case ' ':
      return 'todo';
    case 'x':
    case 'X':
      return 'done';
    case '-':
    case '~':
      return 'partial';
    default:
      return undefined;
  }
}

/** `Requirement 3`, `Requirement 3: Title`, `Requirement 3 - Title`. */
const REQUIREMENT_HEADING =
  /^Requirement\s+(\d{1,4})\b\s*(?:[:.\u2013\u2014-]\s*)?(.*)$/i;
/** `**User Story:** As a …` (cc-sdd writes `**Objective:**`). */
const USER_STORY = /^\*\*(?:User Story|Objective)(?:\s*\([^)]*\))?:?\*\*:?\s*/i;
/** `_Requirements: 1.2, 3.1_`, `**Validates: Requirements 1.4**`. */
const REFERENCES =
  /^(?:\*\*|_)?\s*(?:Validates\s*:\s*)?Requirements?\s*:?\s*(?:\*\*|_)?\s*(.*)$/i;
/** `3.1`, `3`, `2.*`, `2.1–2.4`. */
const REFERENCE =
  /(\d{1,4})(?:\.(\d{1,4}|\*))?(?:\s*[-\u2013\u2014]\s*(\d{1,4})\.(\d{1,4}))?/g;

/**
 * The requirement ids a `_Requirements: …_` line cites: `1.2, 3.1`, ranges
 * within one requirement (`2.1–2.4`), `2.*` (the whole requirement). `All`
 * cites nothing in particular.
 */
export function kiroReferences(text: string): string[] {
  const match = REFERENCES.exec(text.replace(/\*\*/g, '').trim());
  if (!match) {
    return [];
  }
  const ids: string[] = [];
  const add = (id: string) => {
    if (!ids.includes(id) && ids.length < 100) {
      ids.push(id);
    }
  };
  for (const ref of match[1].matchAll(REFERENCE)) {
    const [, major, minor, toMajor, toMinor] = ref;
    if (!minor || minor === '*') {
      add(String(Number(major)));
    } else if (toMajor && Number(toMajor) === Number(major)) {
      const last = Math.min(Number(toMinor), Number(minor) + 50);
      for (let n = Number(minor); n <= last; n++) {
        add(`${Number(major)}.${n}`);
      }
    } else {
      add(`${Number(major)}.${Number(minor)}`);
      if (toMajor) {
        add(`${Number(toMajor)}.${Number(toMinor)}`);
      }
    }
  }
  return ids;
}

function inside(line: FormatLine, pattern: RegExp): boolean {
  return line.sections.some(s => pattern.test(s.text));
}

const IN_REQUIREMENT = /^Requirement\s+\d/i;
const IN_CRITERIA = /^Acceptance Criteria\b/i;

function heading(line: FormatLine, model: FormatModel): boolean {
  if (line.role !== 'spec') {
    return false;
  }
  const match = REQUIREMENT_HEADING.exec(line.text);
  if (!match) {
    return false;
  }
  const id = String(Number(match[1]));
  model.defineRequirement({
    id,
    kind: 'REQ',
    name: match[2].trim() || `Requirement ${id}`,
    text: '',
  });
  return true;
}

function textLine(line: FormatLine, model: FormatModel): boolean {
  if (
    line.role !== 'spec' ||
    !inside(line, IN_REQUIREMENT) ||
    inside(line, IN_CRITERIA)
  ) {
    return false;
  }
  // The user story, wrapped over as many lines as its author liked, and
  // any other text between the heading and the criteria.
  const story = USER_STORY.exec(line.text);
  model.appendRequirementText(
    story ? line.text.slice(story[0].length).trim() : line.text,
  );
  return true;
}

function listItem(line: FormatLine, model: FormatModel): boolean {
  if (line.role === 'tasks') {
    if (
      line.indent > 0 &&
      /^(?:\*\*|_)?\s*(?:Validates|Requirements?)\b/i.test(line.text)
    ) {
      model.citeOnLastTask(kiroReferences(line.text));
      return true;
    }
    return false;
  }
  if (
    line.role === 'spec' &&
    line.indent === 0 &&
    inside(line, IN_REQUIREMENT) &&
    inside(line, IN_CRITERIA)
  ) {
    model.addCriterion(line.text);
    return true;
  }
  return false;
}

/** `# Implementation Plan: Tags from Filename`, `# Implementation Plan - X`. */
const PLAN_TITLE =
  /^(?:implementation plan|tasks|requirements document|requirements|design document|design)\s*(?:[:\u2013\u2014-]\s*(.+))?$/i;

function finish(doc: SpecDocument, context: FormatFinishContext) {
  const name = (context.location ?? '').split('/').pop();
  // requirements.md is titled `Requirements Document` and tasks.md
  // `Implementation Plan`: a title after those words names the feature,
  // else the directory does.
  let title: string | undefined;
  for (const file of context.files) {
    const match = file.title ? PLAN_TITLE.exec(file.title.trim()) : null;
    if (file.title && !match) {
      title = title ?? file.title;
    } else if (match?.[1]) {
      title = title ?? match[1].trim();
    }
  }
  doc.title = title ?? titleFromName(name) ?? doc.title;

  // No status is written: the tasks tell it.
  if (doc.status.raw === undefined) {
    const { total, done, partial: started } = summarizeSpec(doc).tasks;
    let value: SpecDocument['status']['value'] = 'draft';
    if (total > 0 && done === total) {
      value = 'done';
    } else if (done + started > 0) {
      value = 'in-progress';
    } else if (total > 0) {
      value = 'approved';
    }
    doc.status = { value, stale: false };
  }
}

/**
 * Kiro's `.kiro/specs/<feature>/`.
 *
 * @public
 */
export const kiroFormat: SpecFormat = {
  name: 'kiro',
  label: 'Kiro',
  isSpecDirectory,
  detect,
  fileRole,
  classifySection: sectionClassifier([
    PHASE_RULE,
    [/^introduction$/, 'summary'],
    [/^overview$/, 'summary'],
  ]),
  boxState,
  isTaskFile: (_path, role) => role === 'tasks',
  readers: { heading, listItem, text: textLine },
  taskId: numberedTaskId,
  nestedTasks: true,
  finish,
};
