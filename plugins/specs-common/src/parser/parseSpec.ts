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
  ParseSpecOptions,
  SpecDocument,
  SpecFileRole,
  SpecSourceFile,
} from '../model';
import { lintDocument } from '../lint/lintDocument';
import { assembleDocument } from './assembleDocument';
import { decodeContent } from './decodeContent';
import { DocumentAccumulator } from './DocumentAccumulator';
import { compareFiles, fileRole } from './fileRoles';
import { FileScanner } from './FileScanner';

/**
 * Parses the files of one spec (a single file, or the files of a spec
 * directory) into the normalized model. Never throws: problems, including
 * internal failures, are reported as diagnostics.
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
    return parseSpecUnsafe(Array.isArray(files) ? files : [], safeOptions);
  } catch (error) {
    return failedDocument(files, safeOptions, error);
  }
}

function parseSpecUnsafe(
  input: SpecSourceFile[],
  options: ParseSpecOptions,
): SpecDocument {
  const acc = new DocumentAccumulator();
  const files: Array<{ path: string; role: SpecFileRole; content: unknown }> =
    [];
  input.forEach((file, index) => {
    const path =
      file && typeof file.path === 'string' && file.path
        ? file.path.replace(/\\/g, '/').replace(/^\.\//, '')
        : `file-${index + 1}`;
    files.push({ path, role: fileRole(path), content: file?.content });
  });
  // A single-file spec has a free name (`0000-#0-foo.md`): the first file
  // that has no known role is the spec when there is no spec.md.
  if (!files.some(f => f.role === 'spec')) {
    const candidate =
      files.find(f => f.role === 'other') ??
      (files.length === 1 ? files[0] : undefined);
    if (candidate) {
      candidate.role = 'spec';
    }
  }
  files.sort(compareFiles);

  for (const file of files) {
    const { text, invalidUtf8 } = decodeContent(file.content);
    if (invalidUtf8) {
      acc.diagnostics.push({
        severity: 'warning',
        rule: 'invalid-utf8',
        message: 'The file is not valid UTF-8; invalid bytes were replaced',
        file: file.path,
      });
    }
    new FileScanner(file.path, file.role, acc).scan(text);
  }

  const doc = assembleDocument(acc, options);
  doc.diagnostics.push(...lintDocument(doc, acc, options));
  return doc;
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
    status: { value: 'unknown', stale: false },
    authors: [],
    links: { prs: [], relatedSpecs: [], adrs: [], other: [] },
    userStories: [],
    requirements: [],
    successCriteria: [],
    clarifications: { open: [], resolved: [] },
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
