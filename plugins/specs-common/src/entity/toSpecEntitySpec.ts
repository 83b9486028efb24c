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

import { SpecDocument } from '../model';
import { summarizeSpec } from '../summarizeSpec';
import { personaCounts, phaseCounts } from '../counts/specCounts';
import { specProgress } from '../progress/specProgress';
import { SpecEntitySpec } from './SpecEntity';

/**
 * The compact summary of a parsed spec stored on its catalog entity.
 *
 * @public
 */
export function toSpecEntitySpec(doc: SpecDocument): SpecEntitySpec {
  const spec: SpecEntitySpec = {
    status: { value: doc.status.value, stale: doc.status.stale },
    components: [...doc.components],
    template: doc.isTemplate,
    counts: summarizeSpec(doc),
    phases: doc.phases.map(phase => ({
      title: phase.title,
      ...phaseCounts(phase),
    })),
    review: doc.review.map(persona => ({
      persona: persona.persona,
      ...personaCounts(persona),
    })),
    diagnostics: {
      errors: doc.diagnostics.filter(d => d.severity === 'error').length,
      warnings: doc.diagnostics.filter(d => d.severity === 'warning').length,
      infos: doc.diagnostics.filter(d => d.severity === 'info').length,
    },
    files: doc.files.map(file => file.path),
    progress: specProgress(doc),
  };
  const errorMessages = doc.diagnostics
    .filter(d => d.severity === 'error')
    .slice(0, 20)
    .map(
      d =>
        `${d.file ? `${d.file}${d.line ? `:${d.line}` : ''}: ` : ''}${
          d.message
        }`,
    );
  if (errorMessages.length) {
    spec.diagnostics.errorMessages = errorMessages;
  }
  if (doc.status.raw !== undefined) {
    spec.status.raw = doc.status.raw;
  }
  if (doc.status.staleReason) {
    spec.status.staleReason = doc.status.staleReason;
  }
  if (doc.id) {
    spec.specId = doc.id;
  }
  if (doc.type) {
    spec.type = doc.type;
  }
  if (doc.format) {
    spec.format = doc.format;
  }
  if (doc.openspec) {
    const { kind, name, archived, capabilities } = doc.openspec;
    spec.openspec = { kind, name };
    if (archived) {
      spec.openspec.archived = true;
    }
    if (capabilities?.length) {
      spec.openspec.capabilities = [...capabilities];
    }
  }
  if (doc.completed) {
    spec.completed = doc.completed;
  }
  const sortKey = doc.id ?? doc.title;
  if (sortKey) {
    spec.sortKey = sortKey;
  }
  if (doc.owner) {
    spec.owner = doc.owner;
  }
  if (doc.created) {
    spec.created = doc.created;
  }
  if (doc.updated) {
    spec.updated = doc.updated;
  }
  return spec;
}
