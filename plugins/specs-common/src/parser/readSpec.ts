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
  SpecSourcePosition,
} from '../model';
import { assembleDocument } from './assemble/assembleDocument';
import { decodeContent, PROBE_HEAD } from './decodeContent';
import { DocumentAccumulator, PlaceholderHit } from './DocumentAccumulator';
import { compareFiles } from './fileRoles';
import { detectFormat, SPEC_FORMATS, SpecFormat } from './formats';
import { headLabels } from './formats/common';
import { SpecFileReader } from './reader/SpecFileReader';
import { tokenizeLines } from './tokenizer/tokenizeLines';

/**
 * What the parser learned besides the model, for the lint rules: every
 * placeholder, every id referenced, and where the status was written.
 */
export interface SpecParseFacts {
  placeholders: PlaceholderHit[];
  /** Referenced ids by spelling (`FR-001`), first position kept. */
  references: ReadonlyMap<string, SpecSourcePosition & { id: string }>;
  statusPosition?: SpecSourcePosition;
}

/** A parsed spec: the model, and the facts the lint rules read. */
export interface ParsedSpec {
  document: SpecDocument;
  facts: SpecParseFacts;
}

/**
 * Reads the files of one spec into the model, without the lint rules:
 * decode → pick the format profile → tokenize and read each file → assemble.
 * May throw on an internal error; `parseSpec` is the entry point that
 * never does.
 */
export function readSpec(
  input: SpecSourceFile[],
  options: ParseSpecOptions,
  formats: readonly SpecFormat[] = SPEC_FORMATS,
): ParsedSpec {
  const files = input.map((file, index) => {
    const { text, invalidUtf8 } = decodeContent(file?.content);
    return {
      path:
        file && typeof file.path === 'string' && file.path
          ? file.path.replace(/\\/g, '/').replace(/^\.\//, '')
          : `file-${index + 1}`,
      text,
      invalidUtf8,
      role: 'other' as SpecFileRole,
    };
  });
  const format = detectFormat(
    {
      location: options.location,
      files: files.map(f => {
        const head =
          f.text.length > PROBE_HEAD ? f.text.slice(0, PROBE_HEAD) : f.text;
        return { path: f.path, head, labels: headLabels(head) };
      }),
    },
    formats,
  );
  for (const file of files) {
    file.role = format.fileRole(file.path);
  }
  // A single-file spec has a free name (`0000-#0-foo.md`): when no file has
  // a role of its own, the first one is the spec. A directory with a plan
  // or tasks but no spec.md has no spec file (research.md is not one).
  if (files.length > 0 && files.every(f => f.role === 'other')) {
    files[0].role = 'spec';
  }
  files.sort(compareFiles);

  const acc = new DocumentAccumulator();
  acc.format = format.name;
  for (const file of files) {
    if (file.invalidUtf8) {
      acc.diagnostics.push({
        severity: 'warning',
        rule: 'invalid-utf8',
        message: 'The file is not valid UTF-8; invalid bytes were replaced',
        file: file.path,
      });
    }
    tokenizeLines(
      file.text,
      new SpecFileReader(file.path, file.role, format, acc),
    );
    // Read: let the text go, rather than keep every text of the spec alive.
    file.text = '';
  }

  const document = assembleDocument(acc, options, format);
  return {
    document,
    facts: {
      placeholders: acc.placeholders,
      references: acc.references,
      statusPosition: acc.statusPosition,
    },
  };
}
