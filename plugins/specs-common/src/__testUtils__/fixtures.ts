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

// Test helpers that read fixtures from disk (tests only; the package itself has no I/O).

import fs from 'node:fs';
import path from 'node:path';
import { ParseSpecOptions, SpecDocument, SpecSourceFile } from '../model';
import { discoverSpecs, specSourcePaths } from '../discovery/discoverSpecs';
import { parseSpec } from '../parseSpec/parseSpec';

export const FIXTURES_DIR = path.resolve(__dirname, '../__fixtures__');

/**
 * The real-world corpus: every era of Smana/cloud-native-ref's `docs/specs/`,
 * copied unchanged with its non-spec markdown (see `__fixtures__/corpus/NOTICE.md`).
 */
export const CORPUS_DIR = path.join(FIXTURES_DIR, 'corpus');

/** All files below a directory, as posix paths relative to it. */
export function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
      } else {
        out.push(path.relative(root, full).split(path.sep).join('/'));
      }
    }
  };
  walk(root);
  return out.sort();
}

/** Reads a spec file or directory as parser input (paths relative to the spec root). */
export function readSpecFiles(fileOrDir: string): SpecSourceFile[] {
  if (fs.statSync(fileOrDir).isDirectory()) {
    return listFiles(fileOrDir).map(rel => ({
      path: rel,
      content: fs.readFileSync(path.join(fileOrDir, rel), 'utf8'),
    }));
  }
  return [
    {
      path: path.basename(fileOrDir),
      content: fs.readFileSync(fileOrDir, 'utf8'),
    },
  ];
}

/**
 * Parses a fixture below `__fixtures__`. The location passed to the parser is
 * the path inside the era folder (`docs/specs/done/…`), like an ingester would.
 */
export function parseFixture(
  relative: string,
  options?: ParseSpecOptions,
): SpecDocument {
  const full = path.join(FIXTURES_DIR, relative);
  const location = relative
    .replace(/^corpus\/[^/]+\//, '')
    .replace(/^spec-kit\//, 'specs/')
    .replace(/^spec-kit-rules\//, '')
    .replace(/^spec-kit-wild\/[^/]+\//, '')
    .replace(/^(?:openspec|kiro)-wild\//, '');
  return parseSpec(readSpecFiles(full), { location, ...options });
}

/**
 * Discovers and parses every spec of a fixture tree below `__fixtures__`,
 * as the CLI and the catalog module do: `discoverSpecs` over its paths,
 * files relative to each spec, the spec's path in the tree as location.
 */
export function parseTree(
  relative: string,
): Array<{ root: string; doc: SpecDocument }> {
  const root = path.join(FIXTURES_DIR, relative);
  return discoverSpecs(listFiles(root), { includeTemplates: true }).map(
    candidate => {
      const { location, files } = specSourcePaths(candidate);
      return {
        root: candidate.root,
        doc: parseSpec(
          files.map(f => ({
            path: f.specPath,
            content: fs.readFileSync(path.join(root, f.treePath)),
          })),
          { location },
        ),
      };
    },
  );
}

/** Tasks per phase: `[title, done, total]`. */
export function phaseRows(
  doc: SpecDocument,
): Array<[title: string, done: number, total: number]> {
  return doc.phases.map(p => [
    p.title,
    p.tasks.filter(t => t.state === 'done').length,
    p.tasks.length,
  ]);
}

/** Checklists: `[kind, name, file, checked, total]`. */
export function checklistRows(
  doc: SpecDocument,
): Array<
  [kind: string, name: string, file: string, checked: number, total: number]
> {
  return doc.checklists.map(c => [
    c.kind,
    c.name,
    c.file,
    c.items.filter(i => i.checked).length,
    c.items.length,
  ]);
}

/** Review items per persona: `[persona, checked, total]`. */
export function reviewRows(
  doc: SpecDocument,
): Array<[persona: string, checked: number, total: number]> {
  return doc.review.map(r => [
    r.persona,
    r.items.filter(i => i.checked).length,
    r.items.length,
  ]);
}

/** The diagnostics that are not infos. */
export function errorsAndWarnings(doc: SpecDocument) {
  return doc.diagnostics.filter(d => d.severity !== 'info');
}

/** The four personas of the seed template's review checklist. */
export const PERSONAS_4 = [
  'Project Manager',
  'Platform Engineer',
  'Security & Compliance',
  'SRE',
];

/** Parses one markdown text as a spec file. */
export function parseMarkdown(
  markdown: string,
  file = 'spec.md',
  location?: string,
): SpecDocument {
  return parseSpec(
    [{ path: file, content: markdown }],
    location ? { location } : undefined,
  );
}

/** The header of the consolidated single-file template, as a draft. */
export const SPEC_HEADER = `# Spec: Widget cache

**ID**: SPEC-0042
**Status**: Draft
**Type**: composition
**Created**: 2026-01-02
`;
