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

import { ParseSpecOptions, SpecDocument, SpecSourceFile } from '../model';
import { lintDocument } from '../lint/lintDocument';
import { fileRole } from '../parser/fileRoles';
import { readSpec } from '../parser/readSpec';

/**
 * Parses the files of one spec (a single file, or the files of a spec
 * directory) into the normalized model, and runs the per-document lint
 * rules over it. Never throws: problems, including internal failures, are
 * reported as diagnostics.
 *
 * @public
 */
export function parseSpec(
  files: SpecSourceFile[],
  options?: ParseSpecOptions,
): SpecDocument {
  const safeOptions: ParseSpecOptions =
    options && typeof options === 'object' ? options : {};
  try {
    const { document, facts } = readSpec(
      Array.isArray(files) ? files : [],
      safeOptions,
    );
    document.diagnostics.push(...lintDocument(document, facts, safeOptions));
    return document;
  } catch (error) {
    return failedDocument(files, safeOptions, error);
  }
}

function failedDocument(
  files: unknown,
  options: ParseSpecOptions,
  error: unknown,
): SpecDocument {
  let paths: string[] = [];
  try {
    paths = Array.isArray(files)
      ? files.map((f, i) =>
          typeof f?.path === 'string' ? f.path : `file-${i + 1}`,
        )
      : [];
  } catch {
    paths = [];
  }
  let message: string;
  try {
    message = error instanceof Error ? error.message : String(error);
  } catch {
    message = 'unknown error';
  }
  const doc: SpecDocument = {
    title: options.location ?? paths[0] ?? 'Untitled spec',
    format: 'cnref',
    status: { value: 'unknown', stale: false },
    authors: [],
    links: { prs: [], relatedSpecs: [], adrs: [], other: [] },
    userStories: [],
    requirements: [],
    successCriteria: [],
    clarifications: { open: [], resolved: [], templatePrompts: [] },
    phases: [],
    review: [],
    checklists: [],
    components: [],
    tags: [],
    isSpec: false,
    isTemplate: false,
    diagnostics: [
      {
        severity: 'error',
        rule: 'parse-failure',
        message: `The parser failed: ${message}`,
        file: paths[0],
      },
    ],
    files: paths.map(path => ({ path, role: fileRole(path) })),
  };
  if (options.location) {
    doc.location = options.location;
  }
  return doc;
}
