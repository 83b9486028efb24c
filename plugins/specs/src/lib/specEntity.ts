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

import { Entity } from '@backstage/catalog-model';
import type {
  SpecEntitySpec,
  SpecPhase,
  SpecReviewPersona,
} from '@specstage/plugin-specs-common';

/** Progress counts of a phase or of a whole spec. */
export interface ProgressCounts {
  done: number;
  partial: number;
  total: number;
}

/**
 * The compact spec of a Spec entity, or undefined for any other entity.
 * Entities come over the wire, so missing parts are filled with empty values
 * rather than trusted.
 */
export function getSpecEntitySpec(entity: Entity): SpecEntitySpec | undefined {
  if (entity.kind.toLowerCase() !== 'spec' || !entity.spec) {
    return undefined;
  }
  const spec = entity.spec as Partial<SpecEntitySpec>;
  const counts = (spec.counts ?? {}) as Partial<SpecEntitySpec['counts']>;
  return {
    ...spec,
    status: spec.status ?? { value: 'unknown', stale: false },
    components: spec.components ?? [],
    template: spec.template ?? false,
    counts: {
      userStories: counts.userStories ?? 0,
      requirements: counts.requirements ?? 0,
      successCriteria: counts.successCriteria ?? 0,
      tasks: counts.tasks ?? { done: 0, partial: 0, total: 0 },
      review: counts.review ?? { checked: 0, total: 0 },
      openClarifications: counts.openClarifications ?? 0,
    },
    phases: spec.phases ?? [],
    review: spec.review ?? [],
    diagnostics: spec.diagnostics ?? { errors: 0, warnings: 0, infos: 0 },
    files: spec.files ?? [],
    progress: spec.progress,
  } as SpecEntitySpec;
}

/** Task counts of a phase of the full document. */
export function phaseCounts(phase: SpecPhase): ProgressCounts {
  let done = 0;
  let partial = 0;
  let total = 0;
  for (const task of phase.tasks) {
    // Kiro's optional tasks are shown, not counted (as in summarizeSpec).
    if (task.optional) continue;
    total += 1;
    if (task.state === 'done') done += 1;
    else if (task.state === 'partial') partial += 1;
  }
  return { done, partial, total };
}

/** Checked and total items of a review persona of the full document. */
export function personaCounts(persona: SpecReviewPersona): {
  checked: number;
  total: number;
} {
  return {
    checked: persona.items.filter(item => item.checked).length,
    total: persona.items.length,
  };
}

/** Share of done work in percent, rounded down so that 99.6% is not "100%". */
export function percent(part: number, total: number): number {
  return total > 0 ? Math.floor((part / total) * 100) : 0;
}

/**
 * Unfilled template prompts of a spec ("template sections left"), when the
 * catalog module counts them apart from real open questions; undefined for
 * entities that do not carry the count.
 */
export function templatePromptsOf(spec: SpecEntitySpec): number | undefined {
  const value = (spec.counts as { templatePrompts?: unknown }).templatePrompts;
  return typeof value === 'number' ? value : undefined;
}

/** How long ago an ISO date was, in words ("3 weeks ago"); undefined when unparsable. */
export function ageOf(
  date: string | undefined,
  now = Date.now(),
): string | undefined {
  if (!date) return undefined;
  const time = Date.parse(date);
  if (Number.isNaN(time)) return undefined;
  const days = Math.floor((now - time) / 86_400_000);
  if (days < 1) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 14) return `${days} days ago`;
  if (days < 60) return `${Math.floor(days / 7)} weeks ago`;
  if (days < 730) return `${Math.floor(days / 30)} months ago`;
  return `${Math.floor(days / 365)} years ago`;
}
