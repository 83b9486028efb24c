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

import type { SpecDocument } from '@specstage/plugin-specs-common';
import { itemAnchor } from './slug';

/** The fragment of the n-th (1-based) open clarification of a spec. */
export function openQuestionAnchor(index: number): string {
  return `open-question-${index}`;
}

/**
 * The fragments of a spec's items by file and line, from the parsed
 * document: stories, requirements, success criteria, tasks, clarifications
 * and checklist items with ids. The rendered document puts each on the block
 * the parser read the item from; the tabs and search results link to them.
 */
export function itemAnchorsByLine(
  doc: SpecDocument,
): Map<string, Map<number, string[]>> {
  const result = new Map<string, Map<number, string[]>>();
  const add = (
    item: { file?: string; line?: number },
    fragment: string | undefined,
  ) => {
    if (!item.file || !item.line || !fragment) return;
    const lines = result.get(item.file) ?? new Map<number, string[]>();
    result.set(item.file, lines);
    const fragments = lines.get(item.line) ?? [];
    if (!fragments.includes(fragment)) fragments.push(fragment);
    lines.set(item.line, fragments);
  };
  for (const story of doc.userStories) add(story, itemAnchor(story.id));
  for (const requirement of doc.requirements) {
    add(requirement, itemAnchor(requirement.id));
  }
  for (const criterion of doc.successCriteria) {
    add(criterion, itemAnchor(criterion.id));
  }
  for (const phase of doc.phases) {
    for (const task of phase.tasks) {
      if (task.id) add(task, itemAnchor(task.id));
    }
  }
  doc.clarifications.open.forEach((open, index) =>
    add(open, openQuestionAnchor(index + 1)),
  );
  for (const resolved of doc.clarifications.resolved) {
    add(resolved, itemAnchor(resolved.id));
  }
  for (const list of [...doc.review, ...doc.checklists]) {
    for (const item of list.items) {
      if (item.id) add(item, itemAnchor(item.id));
    }
  }
  return result;
}
