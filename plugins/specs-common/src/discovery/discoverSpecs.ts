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

import { SPEC_FORMATS } from '../parser/formats';

/**
 * A spec found in a file tree.
 *
 * @public
 */
export interface SpecCandidate {
  /** Posix path of the spec: the directory for a directory spec, the file for a single-file spec. */
  root: string;
  layout: 'file' | 'directory';
  /** Full posix paths (as given) of the files that belong to it, the main file first. */
  files: string[];
  /** True for templates (under a `templates/` directory or named like a template). */
  template: boolean;
}

/**
 * Options for {@link discoverSpecs}.
 *
 * @public
 */
export interface DiscoverSpecsOptions {
  /** Also return templates, flagged with `template: true`. */
  includeTemplates?: boolean;
}

// Markdown that sits in spec trees but is never a spec.
const NON_SPEC_NAMES = new Set([
  'readme.md',
  'constitution.md',
  'phased.md',
  'changelog.md',
  'contributing.md',
  'license.md',
  'agents.md',
  'claude.md',
  'learnings.md',
  'index.md',
  'code_of_conduct.md',
  'security.md',
]);

// Names of single-file specs: `0000-#0-foo.md`, `007-foo.md`, `spec-foo.md`,
// `SPEC-0042-foo.md`, `foo.spec.md`.
const SINGLE_FILE_SPEC = /^(?:\d{3,6}[-_].*|spec[-_].+|.+\.spec)\.md$/i;

function isMarkdown(path: string): boolean {
  return /\.(?:md|markdown)$/i.test(path);
}

function normalize(path: string): string {
  let p = path.replace(/\\/g, '/');
  while (p.startsWith('./')) {
    p = p.slice(2);
  }
  return p.replace(/\/{2,}/g, '/');
}

function dirname(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function isTemplatePath(path: string): boolean {
  const segments = path.toLowerCase().split('/');
  const name = segments[segments.length - 1];
  return (
    segments.slice(0, -1).some(s => s === 'templates' || s === 'template') ||
    name.indexOf('template') >= 0
  );
}

/**
 * Groups a flat list of file paths (every file of a tree) into specs. Works
 * on paths only; {@link parseSpec} decides from the content whether a file
 * really is a spec.
 *
 * A directory spec is a directory with a `spec.md`, or one that a format
 * profile recognises without it (spec-kit's `specs/003-x/` holding only a
 * tasks.md or plan.md); every markdown file below it (plan.md, tasks.md,
 * clarifications.md, SUMMARY.md, VERIFICATION.md, research.md, phases/…,
 * checklists/…, contracts/…) belongs to it, except READMEs and files of a
 * nested spec directory. A single-file spec is a
 * markdown file outside any spec directory whose name looks like a spec.
 *
 * @public
 */
export function discoverSpecs(
  paths: string[],
  options: DiscoverSpecsOptions = {},
): SpecCandidate[] {
  const files = Array.from(
    new Set((paths ?? []).filter(p => typeof p === 'string')),
  )
    .map(original => ({ original, path: normalize(original) }))
    .filter(f => isMarkdown(f.path) && !isIgnoredPath(f.path));

  const specDirs = new Set<string>();
  const namesByDir = new Map<string, Set<string>>();
  for (const file of files) {
    const dir = dirname(file.path);
    const name = basename(file.path).toLowerCase();
    if (name === 'spec.md') {
      specDirs.add(dir);
    }
    let names = namesByDir.get(dir);
    if (!names) {
      names = new Set();
      namesByDir.set(dir, names);
    }
    names.add(name);
  }
  // Directories that are specs of a format without a spec.md (spec-kit's
  // `specs/003-x/` with only tasks.md), unless they sit inside a spec.
  // An OpenSpec change owns the spec.md files below it (its delta specs).
  const owners = new Set<string>();
  for (const [dir, names] of namesByDir) {
    const format = SPEC_FORMATS.find(f => f.isSpecDirectory(dir, names));
    if (format?.ownsNestedSpecs?.(dir)) {
      owners.add(dir);
      specDirs.add(dir);
    } else if (
      format &&
      !specDirs.has(dir) &&
      nearestSpecDir(dir, specDirs) === undefined
    ) {
      specDirs.add(dir);
    }
  }
  if (owners.size > 0) {
    for (const dir of Array.from(specDirs)) {
      if (!owners.has(dir) && nearestSpecDir(dirname(dir), owners)) {
        specDirs.delete(dir);
      }
    }
  }

  const directories = new Map<string, string[]>();
  const candidates: SpecCandidate[] = [];
  for (const file of files) {
    const name = basename(file.path).toLowerCase();
    if (NON_SPEC_NAMES.has(name)) {
      continue;
    }
    const owner = nearestSpecDir(dirname(file.path), specDirs);
    if (owner !== undefined) {
      const list = directories.get(owner) ?? [];
      list.push(file.original);
      directories.set(owner, list);
      continue;
    }
    if (SINGLE_FILE_SPEC.test(basename(file.path))) {
      candidates.push({
        root: file.path,
        layout: 'file',
        files: [file.original],
        template: isTemplatePath(file.path),
      });
    }
  }
  for (const [dir, list] of directories) {
    const main = dir ? `${dir}/spec.md` : 'spec.md';
    candidates.push({
      root: dir || '.',
      layout: 'directory',
      files: list.sort((a, b) => compareInDirectory(a, b, main)),
      template: isTemplatePath(main),
    });
  }
  return candidates
    .filter(c => options.includeTemplates || !c.template)
    .sort((a, b) => a.root.localeCompare(b.root, 'en', { numeric: true }));
}

function nearestSpecDir(
  dir: string,
  specDirs: Set<string>,
): string | undefined {
  let current = dir;
  for (;;) {
    if (specDirs.has(current)) {
      return current;
    }
    if (current === '') {
      return undefined;
    }
    current = dirname(current);
  }
}

function compareInDirectory(a: string, b: string, main: string): number {
  const aMain = normalize(a) === main;
  const bMain = normalize(b) === main;
  if (aMain !== bMain) {
    return aMain ? -1 : 1;
  }
  return a.localeCompare(b, 'en', { numeric: true });
}

// Architecture decision records are numbered like specs (`0002-foo.md`) but
// are not specs; dependency folders never hold the project's specs.
const IGNORED_DIRS = new Set([
  'node_modules',
  'decisions',
  'adr',
  'adrs',
  '.git',
]);

/**
 * Dot folders that hold specs: Kiro's `.kiro/specs/` and spec-kit's
 * `.specify/specs/`. Every other dot folder (`.git`, `.github`, `.vscode`,
 * `.claude`, …) holds tooling, prompts and templates, never the project's
 * specs, and is not walked.
 */
const SPEC_DOT_DIRS = new Set(['.kiro', '.specify']);

/**
 * Whether a tree walk descends into a directory of this name: not into
 * dependency folders, nor into dot folders other than `.kiro` and
 * `.specify`. Every tree walk (the catalog module, the CLI) asks this, so
 * that they find the same specs.
 *
 * @public
 */
export function shouldWalkDirectory(name: string): boolean {
  const lower = name.toLowerCase();
  if (lower === 'node_modules') {
    return false;
  }
  return !lower.startsWith('.') || SPEC_DOT_DIRS.has(lower);
}

function isIgnoredPath(path: string): boolean {
  return path
    .toLowerCase()
    .split('/')
    .slice(0, -1)
    .some(
      segment =>
        IGNORED_DIRS.has(segment) ||
        (segment.startsWith('.') &&
          segment !== '.' &&
          segment !== '..' &&
          !SPEC_DOT_DIRS.has(segment)),
    );
}

/**
 * The files of a candidate as `parseSpec` wants them: each file's path as
 * given (to read it) with its path relative to the spec (the directory of a
 * directory spec, the file name of a single-file spec), plus the spec's
 * location in the tree for `ParseSpecOptions.location` (undefined when
 * the spec directory is the tree root itself).
 *
 * @remarks
 *
 * Everything that reads trees (the catalog module, the CLI, the scaffolder)
 * goes through this, so that a spec's file paths — which diagnostics, links
 * and the specs backend rely on — are the same wherever it was read.
 *
 * @public
 */
export function specSourcePaths(candidate: SpecCandidate): {
  location?: string;
  files: Array<{ treePath: string; specPath: string }>;
} {
  const root = normalize(candidate.root);
  const location = root === '.' || root === '' ? undefined : root;
  const prefix = location ? `${location}/` : '';
  return {
    location,
    files: candidate.files.map(treePath => {
      const p = normalize(treePath);
      let specPath: string;
      if (candidate.layout === 'file') {
        specPath = basename(p);
      } else {
        specPath = prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p;
      }
      return { treePath, specPath };
    }),
  };
}
