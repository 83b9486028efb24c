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

import { SpecCounts, SpecDocument } from './model';

/**
 * Flat counts of a spec: what the CLI prints next to the model and what the
 * catalog entity stores.
 *
 * @public
 */
export function summarizeSpec(doc: SpecDocument): SpecCounts {
  const counts: SpecCounts = {
    userStories: doc.userStories.length,
    requirements: doc.requirements.length,
    successCriteria: doc.successCriteria.length,
    tasks: { done: 0, partial: 0, total: 0 },
    review: { checked: 0, total: 0 },
    openClarifications: doc.clarifications.open.length,
    templatePrompts: doc.clarifications.templatePrompts?.length ?? 0,
  };
  for (const phase of doc.phases) {
    for (const task of phase.tasks) {
      // Kiro's optional tasks (`- [ ]*`) can be skipped: not part of the total.
      if (task.optional) {
        continue;
      }
      counts.tasks.total++;
      if (task.state === 'done') {
        counts.tasks.done++;
      } else if (task.state === 'partial') {
        counts.tasks.partial++;
      }
    }
  }
  for (const persona of doc.review) {
    for (const item of persona.items) {
      counts.review.total++;
      if (item.checked) {
        counts.review.checked++;
      }
    }
  }
  return counts;
}
