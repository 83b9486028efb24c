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

import { SpecDocument } from '@specstage/plugin-specs-common';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Removes fenced code blocks from markdown-ish text, unwraps inline code and
 * collapses whitespace: what is left is prose worth indexing.
 */
export function stripCode(text: string | undefined): string {
  if (!text) {
    return '';
  }
  const kept: string[] = [];
  let fence: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    const match = FENCE.exec(line);
    if (fence) {
      // A closing fence uses the same character, at least as many times,
      // and nothing after it.
      if (
        match &&
        match[1][0] === fence[0] &&
        match[1].length >= fence.length &&
        !line.trim().slice(match[1].length).trim()
      ) {
        fence = undefined;
      }
      continue;
    }
    if (match) {
      fence = match[1];
      continue;
    }
    kept.push(line);
  }
  return kept
    .join(' ')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The searchable text of a parsed spec: its summary, user stories (with
 * acceptance scenarios), requirements, success criteria and tasks, one item
 * a line, without code blocks.
 */
export function specSearchText(doc: SpecDocument): string {
  const lines: string[] = [];
  const add = (...parts: Array<string | undefined>) => {
    const line = parts.map(stripCode).filter(Boolean).join(' ');
    if (line) {
      lines.push(line);
    }
  };

  add(doc.summary);
  for (const story of doc.userStories ?? []) {
    add(`${story.id}:`, story.title);
    for (const scenario of story.acceptanceScenarios ?? []) {
      add(scenario);
    }
  }
  for (const requirement of doc.requirements ?? []) {
    add(`${requirement.id}:`, requirement.text);
  }
  for (const criterion of doc.successCriteria ?? []) {
    add(`${criterion.id}:`, criterion.text);
  }
  for (const phase of doc.phases ?? []) {
    for (const task of phase.tasks ?? []) {
      add(task.id ? `${task.id}:` : undefined, task.text);
    }
  }
  return lines.join('\n');
}
