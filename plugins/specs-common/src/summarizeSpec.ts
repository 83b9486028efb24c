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
import { personaCounts, taskCounts } from './counts/specCounts';

/**
 * Flat counts of a spec: what the CLI prints next to the model and what the
 * catalog entity stores.
 *
 * @public
 */
export function summarizeSpec(doc: SpecDocument): SpecCounts {
  const review = { checked: 0, total: 0 };
  for (const persona of doc.review) {
    const counts = personaCounts(persona);
    review.checked += counts.checked;
    review.total += counts.total;
  }
  return {
    userStories: doc.userStories.length,
    requirements: doc.requirements.length,
    successCriteria: doc.successCriteria.length,
    tasks: taskCounts(doc.phases.flatMap(phase => phase.tasks)),
    review,
    openClarifications: doc.clarifications.open.length,
    templatePrompts: doc.clarifications.templatePrompts?.length ?? 0,
  };
}
