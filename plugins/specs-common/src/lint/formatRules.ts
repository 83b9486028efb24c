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

import { SpecDiagnostic, SpecDocument } from '../model';

// Lint rules that only make sense for one format: OpenSpec requirements
// are named and proven by scenarios; Kiro tasks cite acceptance criteria
// by number. They replace the template rules (`**Status**`, user stories,
// FR-/SC- ids), which those formats do not have.

/** Whether a format has rules of its own here (and none of the template's). */
export function hasFormatRules(doc: SpecDocument): boolean {
  return doc.format === 'openspec' || doc.format === 'kiro';
}

export function checkFormatRules(
  doc: SpecDocument,
  specFile: string | undefined,
  diagnostics: SpecDiagnostic[],
) {
  if (doc.format === 'openspec') {
    checkOpenSpec(doc, specFile, diagnostics);
  } else if (doc.format === 'kiro') {
    checkKiro(doc, diagnostics);
  }
}

function checkOpenSpec(
  doc: SpecDocument,
  specFile: string | undefined,
  diagnostics: SpecDiagnostic[],
) {
  const change = doc.openspec?.kind === 'change';
  if (change && !doc.files.some(f => f.path.toLowerCase() === 'proposal.md')) {
    diagnostics.push({
      severity: 'warning',
      rule: 'missing-section',
      message: 'Missing proposal.md (why, what changes, impact)',
      file: specFile,
    });
  }
  if (!change && doc.requirements.length === 0) {
    diagnostics.push({
      severity: 'warning',
      rule: 'missing-section',
      message:
        'Missing requirements (### Requirement: <name> under ## Requirements)',
      file: specFile,
    });
  }
  for (const requirement of doc.requirements) {
    if (!requirement.scenarios?.length) {
      diagnostics.push({
        severity: 'warning',
        rule: 'requirement-without-scenario',
        message: `Requirement "${
          requirement.name ?? requirement.id
        }" has no scenario (#### Scenario: …)`,
        file: requirement.file,
        line: requirement.line,
      });
    }
  }
  for (const delta of doc.openspec?.deltas ?? []) {
    if (delta.operation === 'renamed' && (!delta.from || !delta.requirement)) {
      diagnostics.push({
        severity: 'warning',
        rule: 'malformed-rename',
        message:
          'A rename needs both `FROM: ### Requirement: <old>` and `TO: ### Requirement: <new>`',
        file: delta.file,
        line: delta.line,
      });
    }
  }
}

function checkKiro(doc: SpecDocument, diagnostics: SpecDiagnostic[]) {
  const requirementsFile = doc.files.find(f => f.role === 'spec');
  if (!requirementsFile) {
    diagnostics.push({
      severity: 'warning',
      rule: 'missing-section',
      message: 'Missing requirements.md',
      file: doc.files[0]?.path,
    });
    return;
  }
  // Every id a task may cite: `3` (the requirement) and `3.1` (a criterion).
  const defined = new Set<string>();
  for (const requirement of doc.requirements) {
    defined.add(requirement.id);
    for (const criterion of requirement.criteria ?? []) {
      defined.add(criterion.id);
    }
    if (!requirement.criteria?.length) {
      diagnostics.push({
        severity: 'warning',
        rule: 'requirement-without-criteria',
        message: `Requirement ${requirement.id} has no acceptance criteria`,
        file: requirement.file,
        line: requirement.line,
      });
    }
  }
  const cited = new Set<string>();
  for (const phase of doc.phases) {
    for (const task of phase.tasks) {
      for (const id of task.cites) {
        cited.add(id);
        cited.add(id.split('.')[0]);
        if (/^\d+(?:\.\d+)?$/.test(id) && !defined.has(id)) {
          diagnostics.push({
            severity: 'warning',
            rule: 'undefined-reference',
            message: `Task ${
              task.id ?? task.text
            } cites requirement ${id}, which ${
              requirementsFile.path
            } does not define`,
            file: task.file,
            line: task.line,
          });
        }
      }
    }
  }
  if (cited.size === 0) {
    return;
  }
  for (const requirement of doc.requirements) {
    if (!cited.has(requirement.id)) {
      diagnostics.push({
        severity: 'warning',
        rule: 'uncited-requirement',
        message: `Requirement ${requirement.id} is not cited by any task`,
        file: requirement.file,
        line: requirement.line,
      });
    }
  }
}

/**
 * Across specs: an active OpenSpec change that modifies, removes or renames
 * a requirement its capability spec does not have (a typo, or a capability
 * that moved on): `openspec archive` would fail on it.
 */
export function checkOpenSpecDeltas(
  docs: readonly SpecDocument[],
  diagnostics: SpecDiagnostic[],
) {
  const capabilities = new Map<string, SpecDocument>();
  for (const doc of docs) {
    if (doc?.openspec?.kind === 'capability' && doc.location) {
      const root = doc.location.replace(/\/specs\/[^/]+$/, '');
      capabilities.set(`${root}\u0000${doc.openspec.name}`, doc);
    }
  }
  for (const doc of docs) {
    const info = doc?.openspec;
    if (info?.kind !== 'change' || info.archived || !doc.location) {
      continue;
    }
    const root = doc.location.replace(/\/changes\/[^/]+$/, '');
    // OpenSpec applies a change's renames before its modifications: a
    // MODIFIED requirement may carry the new name.
    const renamedTo = new Set(
      (info.deltas ?? [])
        .filter(d => d.operation === 'renamed' && d.from)
        .map(d => `${d.capability}\u0000${d.requirement.trim()}`),
    );
    for (const delta of info.deltas ?? []) {
      if (delta.operation === 'added') {
        continue;
      }
      const capability = capabilities.get(`${root}\u0000${delta.capability}`);
      const name =
        delta.operation === 'renamed' ? delta.from : delta.requirement;
      if (
        !name ||
        (delta.operation === 'modified' &&
          renamedTo.has(`${delta.capability}\u0000${name.trim()}`))
      ) {
        continue;
      }
      const names = new Set(
        (capability?.requirements ?? []).map(r => (r.name ?? '').trim()),
      );
      if (!names.has(name.trim())) {
        diagnostics.push({
          severity: 'warning',
          rule: 'delta-unknown-requirement',
          message: capability
            ? `${delta.operation.toUpperCase()} requirement "${name}" is not in the ${
                delta.capability
              } capability spec`
            : `${delta.operation.toUpperCase()} requirement "${name}": there is no ${
                delta.capability
              } capability spec`,
          file: `${doc.location}/${delta.file}`,
          line: delta.line,
        });
      }
    }
  }
}
