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

import { classifySpecUrl } from '@specstage/plugin-specs-common';

// Inline links and images: `[text](target "title")` or `![alt](<target>)`.
const INLINE_LINK = /\]\(\s*(<[^>\n]*>|[^\s)]+)/g;
// Reference definitions: `[label]: target "title"`.
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]+\]:\s*(<[^>\n]*>|\S+)/gm;
// Raw HTML, e.g. `<img src="diagram.svg">` or `<a href='x.pdf'>`.
const HTML_ATTRIBUTE = /\b(?:src|href)\s*=\s*(?:"([^"\n]*)"|'([^'\n]*)')/gi;
function addTarget(
  result: Set<string>,
  fromFile: string,
  rawTarget: string | undefined,
) {
  if (!rawTarget) {
    return;
  }
  let target = rawTarget.trim();
  if (target.startsWith('<') && target.endsWith('>')) {
    target = target.slice(1, -1).trim();
  }
  // The frontend's classifier, on the URL as its markdown renderer hands it
  // over (encoded like marked's cleanUrl): what it renders as a file of the
  // spec is what is served, no more; schemes, `//`, backslashes and control
  // characters are read the same way on both sides.
  let href: string;
  try {
    href = encodeURI(target).replace(/%25/g, '%');
  } catch {
    return; // a lone surrogate: marked drops such a link too
  }
  const classified = classifySpecUrl(href, fromFile, 'link');
  if (classified.type === 'file') {
    result.add(classified.path);
  }
}

/**
 * Lists the files, relative to the spec root, that the markdown of a spec
 * links to or embeds relatively.
 *
 * @remarks
 *
 * The files endpoint serves only these (plus the spec's own files): the
 * root of a single-file spec is the directory it sits in, which it may
 * share with other specs that the caller is not allowed to read. A
 * reference is resolved the way the frontend resolves it, so whatever the
 * rendered page asks for is on the list. The scan is deliberately lenient:
 * matching a little too much only allows another file of the same spec
 * directory, never one outside the root.
 */
export function findReferencedFiles(
  files: Array<{ path: string; markdown: string }>,
): string[] {
  const result = new Set<string>();
  for (const file of files) {
    for (const match of file.markdown.matchAll(INLINE_LINK)) {
      addTarget(result, file.path, match[1]);
    }
    for (const match of file.markdown.matchAll(REFERENCE_DEFINITION)) {
      addTarget(result, file.path, match[1]);
    }
    for (const match of file.markdown.matchAll(HTML_ATTRIBUTE)) {
      addTarget(result, file.path, match[1] ?? match[2]);
    }
  }
  return [...result].sort();
}
