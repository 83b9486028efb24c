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
  linesOutsideFences,
  SpecDocument,
} from '@specstage/plugin-specs-common';

/**
 * Removes fenced code blocks from markdown-ish text (as the parser reads
 * fences: `linesOutsideFences`), unwraps inline code and collapses
 * whitespace: what is left is prose worth indexing.
 */
export function stripCode(text: string | undefined): string {
  if (!text) {
    return '';
  }
  const kept = linesOutsideFences(text);
  return kept
    .join(' ')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

// Inline markdown that would otherwise show in search snippets as written
// (`**Given**`, `[text](url)`). Each pattern is a single forward scan.
const IMAGE = /!\[([^\]\n]*)\]\([^)\n]*\)/g;
const LINK = /\[([^\]\n]+)\]\([^)\n]*\)/g;
const STRONG = /(\*\*|__)(?=\S)([^*_\n]+?)\1/g;
const EMPHASIS = /(^|[\s(])([*_])(?=\S)([^*_\n]+?)\2(?=$|[\s.,;:!?)])/g;
const HTML_TAG = /<\/?[a-zA-Z][^<>\n]*>/g;

/**
 * Removes inline markdown (emphasis, links, images, HTML tags) and code from
 * a line, leaving the words a reader sees when the spec is rendered.
 */
export function plainText(text: string | undefined): string {
  return stripCode(text)
    .replace(IMAGE, '$1')
    .replace(LINK, '$1')
    .replace(STRONG, '$2')
    .replace(EMPHASIS, '$1$3')
    .replace(HTML_TAG, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The searchable text of a parsed spec: its summary, user stories (with
 * acceptance scenarios), requirements, success criteria, tasks and
 * clarifications, one item a line, in plain text.
 *
 * @remarks
 * Every line that belongs to an item starts with the item's id
 * (`FR-002: …`, `US-1: Given …`), so that a search result can show the line
 * that matched with its id and link to the item on the spec page.
 */
export function specSearchText(doc: SpecDocument): string {
  const lines: string[] = [];
  const add = (id: string | undefined, text: string | undefined) => {
    const line = plainText(text);
    if (line) {
      lines.push(id ? `${id}: ${line}` : line);
    }
  };

  add(undefined, doc.summary);
  for (const story of doc.userStories ?? []) {
    add(story.id, story.title);
    for (const scenario of story.acceptanceScenarios ?? []) {
      add(story.id, scenario);
    }
  }
  for (const requirement of doc.requirements ?? []) {
    add(requirement.id, requirement.text);
  }
  for (const criterion of doc.successCriteria ?? []) {
    add(criterion.id, criterion.text);
  }
  for (const phase of doc.phases ?? []) {
    for (const task of phase.tasks ?? []) {
      add(task.id, task.text);
    }
  }
  for (const open of doc.clarifications?.open ?? []) {
    add(undefined, `Open question: ${open.text}`);
  }
  for (const resolved of doc.clarifications?.resolved ?? []) {
    add(
      resolved.id,
      [resolved.question, resolved.answer].filter(Boolean).join(' — '),
    );
  }
  return lines.join('\n');
}
