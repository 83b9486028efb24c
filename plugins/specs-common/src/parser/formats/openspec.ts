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
  SpecDeltaOperation,
  SpecDocument,
  SpecFileRole,
  SpecStatusValue,
} from '../../model';
import { summarizeSpec } from '../../summarizeSpec';
import { titleFromName } from '../assemble/Fields';
import { standardBoxState } from './common';
import { PHASE_RULE } from './commonSections';
import { numberedTaskId } from './numberedTasks';
import { sectionClassifier } from './sectionClassifier';
import {
  FormatFinishContext,
  FormatLine,
  FormatModel,
  FormatProbe,
  SpecFormat,
} from './SpecFormat';

// OpenSpec (Fission-AI/OpenSpec): `openspec/specs/<capability>/spec.md`
// is the current truth of a capability (`## Purpose`, `## Requirements`,
// `### Requirement: <name>`, `#### Scenario: <name>`);
// `openspec/changes/<change>/` a proposed change (proposal.md, tasks.md,
// design.md and delta specs `specs/<capability>/spec.md` under `## ADDED |
// MODIFIED | REMOVED | RENAMED Requirements`);
// `openspec/changes/archive/YYYY-MM-DD-<change>/` a change that shipped.

/** `…/changes/<change>` or `…/changes/archive/<date>-<change>`. */
const CHANGE_DIR = /(?:^|\/)changes\/(?:archive\/)?([^/]+)$/;
const ARCHIVED_DIR = /(?:^|\/)changes\/archive\/([^/]+)$/;
const ARCHIVE_DATE = /^(\d{4}-\d{2}-\d{2})-(.+)$/;

function isChangeDirectory(dir: string): boolean {
  const match = CHANGE_DIR.exec(dir.toLowerCase());
  return Boolean(match && match[1] !== 'archive');
}

/**
 * A change directory is a spec though it has no spec.md: `changes/<change>`
 * or `changes/archive/<change>` (under `openspec/`, or a tree scanned from
 * inside it) with a proposal or tasks.
 */
function isSpecDirectory(dir: string, names: ReadonlySet<string>): boolean {
  return (
    isChangeDirectory(dir) &&
    (names.has('proposal.md') || names.has('tasks.md'))
  );
}

function detect(probe: FormatProbe): number {
  const location = (probe.location ?? '').toLowerCase();
  if (
    /(?:^|\/)openspec\/(?:specs\/[^/]+|changes\/(?:archive\/)?[^/]+)$/.test(
      location,
    )
  ) {
    return 4;
  }
  // A tree scanned from inside `openspec/`: `changes/<change>`. Above the
  // template profiles' best (3), below a spec-kit or cnref header plus
  // their files.
  if (/(?:^|\/)changes\/(?:archive\/)?[^/]+$/.test(location)) {
    return 3.5;
  }
  if (
    probe.files.some(
      f =>
        /^#{2,4}\s+Requirement:/m.test(f.head) ||
        /^## (?:ADDED|MODIFIED|REMOVED|RENAMED) Requirements/m.test(f.head),
    )
  ) {
    return 3;
  }
  return 0;
}

function fileRole(path: string): SpecFileRole {
  const lower = path.toLowerCase();
  if (lower === 'spec.md' || lower === 'proposal.md') {
    return 'spec';
  }
  if (lower === 'tasks.md') {
    return 'tasks';
  }
  // design.md and the delta specs (`specs/<capability>/spec.md`).
  return 'other';
}

const REQUIREMENT_HEADING = /^Requirement:\s*(.+)$/i;
const SCENARIO_HEADING = /^Scenario:\s*(.*)$/i;
const DELTA_SECTION = /^(ADDED|MODIFIED|REMOVED|RENAMED)\s+Requirements\b/i;
const REQUIREMENTS_SECTION = /^Requirements$/i;
/** `FROM: \`### Requirement: Old\``, `- TO: ### Requirement: New`. */
const RENAME_LINE =
  /^(FROM|TO)\s*:\s*`?\s*(?:#{1,6}\s*)?(?:Requirement:\s*)?([^`]+?)\s*`?\s*$/i;

/** A stable id from a capability and a requirement name. */
export function openSpecRequirementId(
  capability: string,
  name: string,
): string {
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${capability}/${slug || 'requirement'}`;
}

/** The capability of a file: `specs/<capability>/spec.md` in a change, else the spec's directory. */
function capabilityOf(line: FormatLine, location: string | undefined): string {
  const match = /(?:^|\/)specs\/([^/]+)\/spec\.md$/i.exec(line.file);
  if (match) {
    return match[1];
  }
  return (location ?? '').split('/').pop() || 'capability';
}

function deltaOf(line: FormatLine): SpecDeltaOperation | undefined {
  for (let i = line.sections.length - 1; i >= 0; i--) {
    const match = DELTA_SECTION.exec(line.sections[i].text);
    if (match) {
      return match[1].toLowerCase() as SpecDeltaOperation;
    }
  }
  return undefined;
}

function innermost(line: FormatLine): string {
  return line.sections[line.sections.length - 1]?.text ?? '';
}

// The readers do not know the spec's location; the capability of a
// capability spec is taken from it at `finish` (requirement ids are made
// with a placeholder capability and fixed there).
const HERE = '\u0000';

function heading(line: FormatLine, model: FormatModel): boolean {
  const requirement = REQUIREMENT_HEADING.exec(line.text);
  if (requirement) {
    const name = requirement[1].trim();
    const delta = deltaOf(line);
    const isDeltaFile = /(?:^|\/)specs\/[^/]+\/spec\.md$/i.test(line.file);
    const capability = isDeltaFile ? capabilityOf(line, undefined) : HERE;
    if (delta === 'removed' || delta === 'renamed') {
      model.addDelta({ operation: delta, capability, requirement: name });
      return true;
    }
    if (!delta && !line.sections.some(s => REQUIREMENTS_SECTION.test(s.text))) {
      return false;
    }
    const id = openSpecRequirementId(capability, name);
    model.defineRequirement({
      id,
      kind: 'REQ',
      name,
      text: '',
      capability,
      delta,
    });
    if (delta) {
      model.addDelta({
        operation: delta,
        capability,
        requirement: name,
        requirementId: id,
      });
    }
    return true;
  }
  const scenario = SCENARIO_HEADING.exec(line.text);
  if (scenario && line.sections.some(s => REQUIREMENT_HEADING.test(s.text))) {
    model.addScenario(scenario[1].trim());
    return true;
  }
  return false;
}

function readRename(line: FormatLine, model: FormatModel): boolean {
  if (deltaOf(line) !== 'renamed') {
    return false;
  }
  const match = RENAME_LINE.exec(line.text.replace(/\*\*/g, ''));
  if (!match) {
    return false;
  }
  const capability = /(?:^|\/)specs\/[^/]+\/spec\.md$/i.test(line.file)
    ? capabilityOf(line, undefined)
    : HERE;
  model.addDelta({
    operation: 'renamed',
    capability,
    requirement: match[1].toUpperCase() === 'TO' ? match[2] : '',
    from: match[1].toUpperCase() === 'FROM' ? match[2] : undefined,
  });
  return true;
}

function listItem(line: FormatLine, model: FormatModel): boolean {
  if (readRename(line, model)) {
    return true;
  }
  if (SCENARIO_HEADING.test(innermost(line))) {
    model.addScenarioStep(line.text);
    return true;
  }
  return false;
}

function textLine(line: FormatLine, model: FormatModel): boolean {
  if (readRename(line, model)) {
    return true;
  }
  const inner = innermost(line);
  if (REQUIREMENT_HEADING.test(inner) && deltaOf(line) !== 'removed') {
    model.appendRequirementText(line.text);
    return true;
  }
  return false;
}

/** `# Change: Add X`, `# Proposal: X`. */
const CHANGE_TITLE =
  /^(?:change|proposal|change proposal)\s*[:\u2013\u2014-]\s*/i;

function finish(doc: SpecDocument, context: FormatFinishContext) {
  const location = context.location ?? '';
  const dirName = location.split('/').pop() ?? '';
  const isChange = CHANGE_DIR.test(location) && !/\/archive$/.test(location);
  const capability = isChange ? undefined : dirName || 'capability';

  // Requirement ids of a capability spec name their capability.
  for (const requirement of doc.requirements) {
    if (requirement.capability === HERE) {
      requirement.capability = capability ?? dirName;
      requirement.id = requirement.id.replace(HERE, requirement.capability);
    }
  }
  // A rename is written as two lines, FROM then TO: one delta.
  const deltas: NonNullable<NonNullable<SpecDocument['openspec']>['deltas']> =
    [];
  for (const delta of context.deltas) {
    const fixed = {
      ...delta,
      capability:
        delta.capability === HERE ? capability ?? dirName : delta.capability,
    };
    if (delta.requirementId?.includes(HERE)) {
      fixed.requirementId = delta.requirementId.replace(HERE, fixed.capability);
    }
    const last = deltas[deltas.length - 1];
    if (
      delta.operation === 'renamed' &&
      !delta.from &&
      last?.operation === 'renamed' &&
      !last.requirement &&
      last.capability === fixed.capability
    ) {
      last.requirement = delta.requirement;
      continue;
    }
    deltas.push(fixed);
  }
  for (const delta of deltas) {
    if (delta.operation === 'renamed' && !delta.requirement) {
      delta.requirement = delta.from ?? '';
    }
  }

  // A derived id would be the archive date's year (`2025-…` → SPEC-2025):
  // OpenSpec documents are named by their directory, not numbered.
  if (doc.idSource === 'derived') {
    delete doc.id;
    delete doc.idSource;
  }

  // Only tasks.md holds tasks (what `openspec list` counts).
  doc.phases = doc.phases.filter(
    p => context.files.find(f => f.path === p.file)?.role === 'tasks',
  );

  if (!isChange) {
    doc.type = 'capability';
    doc.openspec = { kind: 'capability', name: capability! };
    if (doc.status.raw === undefined) {
      // The current truth of what is built.
      doc.status = { value: 'implemented', stale: false };
    }
    return;
  }

  const archived = ARCHIVED_DIR.test(location);
  const dated = archived ? ARCHIVE_DATE.exec(dirName) : null;
  const name = dated ? dated[2] : dirName;
  const capabilities: string[] = [];
  for (const file of context.files) {
    const match = /^specs\/([^/]+)\/spec\.md$/i.exec(file.path);
    if (match && !capabilities.includes(match[1])) {
      capabilities.push(match[1]);
    }
  }
  doc.type = 'change';
  doc.openspec = {
    kind: 'change',
    name,
    deltas,
    capabilities,
    ...(archived ? { archived: true } : {}),
  };
  const proposal = context.files.find(
    f => f.path.toLowerCase() === 'proposal.md',
  );
  doc.title =
    proposal?.title?.replace(CHANGE_TITLE, '').trim() ||
    titleFromName(name) ||
    doc.title;
  if (dated) {
    doc.completed = dated[1];
  }
  if (doc.status.raw === undefined) {
    const { total, done } = summarizeSpec(doc).tasks;
    let value: SpecStatusValue = 'draft';
    if (archived) {
      value = 'done';
    } else if (total > 0 && done === total) {
      value = 'implemented';
    } else if (done > 0) {
      value = 'in-progress';
    }
    doc.status = { value, stale: false };
  }
}

/**
 * OpenSpec capabilities and changes.
 *
 * @public
 */
export const openSpecFormat: SpecFormat = {
  name: 'openspec',
  label: 'OpenSpec',
  isSpecDirectory,
  detect,
  fileRole,
  classifySection: sectionClassifier([
    // tasks.md: `## 1. Implementation`.
    [/^\d{1,3}\.\s+\S/, 'phase'],
    PHASE_RULE,
    [/^(?:why|purpose)$/, 'summary'],
  ]),
  boxState: standardBoxState,
  isTaskFile: (_path, role) => role === 'tasks',
  readers: { heading, listItem, text: textLine },
  taskId: numberedTaskId,
  nestedTasks: true,
  ownsNestedSpecs: isChangeDirectory,
  finish,
};
