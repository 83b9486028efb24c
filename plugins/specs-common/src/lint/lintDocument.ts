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

import { checkFormatRules, hasFormatRules } from './formatRules';
import { ParseSpecOptions, SpecDiagnostic, SpecDocument } from '../model';
import { summarizeSpec } from '../summarizeSpec';
import {
  FINISHED_STATUSES,
  UNFINISHED_STATUSES,
} from '../parser/assemble/pickStatus';
import { SpecParseFacts } from '../parser/readSpec';
import { refKey } from '../parser/refs';

/** Placeholder warnings listed one by one before they are summarized. */
const MAX_PLACEHOLDER_WARNINGS = 20;

/** How the `unresolved-clarification` message names each committed status. */
const COMMITTED_WORDING: Partial<
  Record<SpecDocument['status']['value'], string>
> = {
  approved: 'approved',
  'in-progress': 'in progress',
  implemented: 'implemented',
  done: 'done',
};

/** Statuses after which open questions should have been settled. */
const COMMITTED_STATUSES: SpecDocument['status']['value'][] = [
  'approved',
  'in-progress',
  'implemented',
  'done',
];

const DEFINED_PREFIXES = new Set([
  'FR',
  'NFR',
  'SR',
  'QR',
  'IR',
  'DR',
  'SC',
  'US',
  'CL',
]);

/**
 * The per-document lint rules. Sets `status.stale` as a side effect, since
 * staleness is both part of the model and a finding.
 */
export function lintDocument(
  doc: SpecDocument,
  acc: SpecParseFacts,
  options: ParseSpecOptions,
): SpecDiagnostic[] {
  const diagnostics: SpecDiagnostic[] = [];
  const specFile =
    doc.files.find(f => f.role === 'spec')?.path ?? doc.files[0]?.path;

  if (!doc.isSpec) {
    diagnostics.push({
      severity: 'error',
      rule: 'not-a-spec',
      message:
        'No spec structure found: no id or status header, user stories, requirements, success criteria or tasks',
      file: specFile,
    });
    return diagnostics;
  }

  if (doc.isTemplate) {
    // Templates are full of placeholders by design; one note is enough.
    diagnostics.push({
      severity: 'info',
      rule: 'placeholder',
      message: `Template: ${acc.placeholders.length} unfilled placeholder(s)`,
      file: specFile,
    });
    return diagnostics;
  }

  checkStale(doc, options);
  if (doc.status.stale) {
    diagnostics.push({
      severity: 'warning',
      rule: 'stale-status',
      message: doc.status.staleReason ?? 'The status is stale',
      file: acc.statusPosition?.file ?? specFile,
      line: acc.statusPosition?.line,
    });
  }

  for (const hit of acc.placeholders.slice(0, MAX_PLACEHOLDER_WARNINGS)) {
    diagnostics.push({
      severity: 'warning',
      rule: 'placeholder',
      message: `Unfilled placeholder ${hit.text}`,
      file: hit.file,
      line: hit.line,
    });
  }
  if (acc.placeholders.length > MAX_PLACEHOLDER_WARNINGS) {
    diagnostics.push({
      severity: 'warning',
      rule: 'placeholder',
      message: `${
        acc.placeholders.length - MAX_PLACEHOLDER_WARNINGS
      } more unfilled placeholder(s)`,
      file: specFile,
    });
  }

  if (hasFormatRules(doc)) {
    checkFormatRules(doc, specFile, diagnostics);
  } else {
    checkMissingSections(doc, specFile, diagnostics);
    checkUncited(doc, diagnostics);
  }
  checkDuplicates(doc, diagnostics);
  checkOpenClarifications(doc, diagnostics);
  checkReferences(doc, acc, diagnostics);
  return diagnostics;
}

function checkStale(doc: SpecDocument, options: ParseSpecOptions) {
  const { tasks } = summarizeSpec(doc);
  const label = doc.status.raw ? `"${doc.status.raw}"` : 'not set';
  if (
    UNFINISHED_STATUSES.includes(doc.status.value) &&
    tasks.total > 0 &&
    tasks.done === tasks.total
  ) {
    doc.status.stale = true;
    doc.status.staleReason = `All ${tasks.total} tasks are done but the status is ${label}`;
    return;
  }
  const segments = (options.location ?? '').toLowerCase().split('/');
  const folder = segments.find(s => s === 'done' || s === 'completed');
  if (folder && !FINISHED_STATUSES.includes(doc.status.value)) {
    doc.status.stale = true;
    doc.status.staleReason = `The spec is archived under "${folder}/" but its status is ${label}`;
  }
}

function checkMissingSections(
  doc: SpecDocument,
  specFile: string | undefined,
  diagnostics: SpecDiagnostic[],
) {
  const missing = (
    what: string,
    severity: SpecDiagnostic['severity'] = 'warning',
  ) =>
    diagnostics.push({
      severity,
      rule: 'missing-section',
      message: `Missing ${what}`,
      file: specFile,
    });
  if (!doc.files.some(f => f.role === 'spec')) {
    missing('spec file (spec.md)');
  }
  if (!doc.id) {
    missing('spec id (**ID** or front matter `id`)', 'info');
  }
  if (doc.status.raw === undefined) {
    missing('status (**Status**)');
  }
  if (doc.userStories.length === 0) {
    missing('user stories');
  }
  if (doc.requirements.length === 0) {
    missing('requirements (FR-NNN)');
  }
  if (doc.successCriteria.length === 0) {
    missing('success criteria (SC-NNN)');
  }
}

function checkDuplicates(doc: SpecDocument, diagnostics: SpecDiagnostic[]) {
  const seen = new Map<string, { file: string; line: number }>();
  const items = [
    ...doc.userStories,
    ...doc.requirements,
    ...doc.successCriteria,
    ...doc.clarifications.resolved.filter(c => c.id.startsWith('CL-')),
  ];
  for (const item of items) {
    const key = refKey(item.id);
    const first = seen.get(key);
    if (first) {
      diagnostics.push({
        severity: 'warning',
        rule: 'duplicate-definition',
        message: `${item.id} is defined more than once (first at ${first.file}:${first.line})`,
        file: item.file,
        line: item.line,
      });
    } else {
      seen.set(key, item);
    }
  }
}

function checkUncited(doc: SpecDocument, diagnostics: SpecDiagnostic[]) {
  const cited = new Set<string>();
  for (const phase of doc.phases) {
    for (const task of phase.tasks) {
      for (const cite of task.cites) {
        cited.add(refKey(cite));
      }
    }
  }
  // Only meaningful when the spec's tasks cite requirements at all. Each
  // requirement is keyed once, and no array is built from the cited set.
  const requirementKeys = doc.requirements.map(r => refKey(r.id));
  if (!requirementKeys.some(key => cited.has(key))) {
    return;
  }
  for (let i = 0; i < doc.requirements.length; i++) {
    const requirement = doc.requirements[i];
    if (!cited.has(requirementKeys[i])) {
      diagnostics.push({
        severity: 'warning',
        rule: 'uncited-requirement',
        message: `${requirement.id} is not cited by any task`,
        file: requirement.file,
        line: requirement.line,
      });
    }
  }
}

function checkOpenClarifications(
  doc: SpecDocument,
  diagnostics: SpecDiagnostic[],
) {
  if (!COMMITTED_STATUSES.includes(doc.status.value)) {
    return;
  }
  const state = COMMITTED_WORDING[doc.status.value] ?? doc.status.value;
  for (const open of doc.clarifications.open) {
    diagnostics.push({
      severity: 'warning',
      rule: 'unresolved-clarification',
      message: `Open question on a spec that is ${state} (status "${doc.status.raw}"): ${open.text}`,
      file: open.file,
      line: open.line,
    });
  }
}

function checkReferences(
  doc: SpecDocument,
  acc: SpecParseFacts,
  diagnostics: SpecDiagnostic[],
) {
  const defined = new Set<string>();
  for (const item of [
    ...doc.userStories,
    ...doc.requirements,
    ...doc.successCriteria,
    ...doc.clarifications.resolved,
  ]) {
    defined.add(refKey(item.id));
  }
  const reported = new Set<string>();
  for (const ref of acc.references.values()) {
    const key = refKey(ref.id);
    const prefix = key.slice(0, key.indexOf('-'));
    if (
      DEFINED_PREFIXES.has(prefix) &&
      !defined.has(key) &&
      !reported.has(key)
    ) {
      reported.add(key);
      diagnostics.push({
        severity: 'warning',
        rule: 'undefined-reference',
        message: `${ref.id} is referenced but not defined`,
        file: ref.file,
        line: ref.line,
      });
    }
  }
}
