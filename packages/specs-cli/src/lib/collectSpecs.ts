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

import { InputError, NotFoundError, stringifyError } from '@backstage/errors';
import {
  discoverSpecs,
  SpecCandidate,
  SpecDiagnostic,
  SpecSourceFile,
  specSourcePaths,
} from '@specstage/plugin-specs-common';
import {
  DEFAULT_SPEC_TREE_LIMITS,
  walkSpecTree,
} from '@specstage/plugin-specs-node';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * One spec found on disk, with its files read as raw bytes.
 */
export interface CollectedSpec {
  /** The spec root (directory, or the file of a single-file spec), relative to cwd, posix. */
  path: string;
  /**
   * The location handed to the parser: relative to the scanned tree, so that
   * folders like `done/` inside the tree are visible but folders above it are not.
   */
  location: string;
  layout: 'file' | 'directory';
  template: boolean;
  /** Paths are relative to the spec directory (or the bare file name). */
  files: SpecSourceFile[];
  /** Files that were selected but could not be read. */
  diagnostics: SpecDiagnostic[];
}

/**
 * The result of scanning a path for specs.
 */
export interface CollectSpecsResult {
  specs: CollectedSpec[];
  /**
   * Problems that belong to no spec (unreadable directories, dangling links),
   * with `file` relative to cwd.
   */
  diagnostics: SpecDiagnostic[];
  /**
   * Maps a posix path relative to the scanned tree to a path relative to cwd,
   * for diagnostics that the parser reports against a `location`.
   */
  toCwdPath(location: string): string;
}

/**
 * Options for {@link collectSpecs}.
 */
export interface CollectSpecsOptions {
  /** Directory that output paths are relative to; defaults to `process.cwd()`. */
  cwd?: string;
  /** Also return spec templates found while walking a tree. */
  includeTemplates?: boolean;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function relativePosix(from: string, to: string): string {
  return toPosix(path.relative(from, to)) || '.';
}

/**
 * Lists the markdown files below `root` as posix paths relative to `root`,
 * within the shared tree limits. Symlinked files are followed (the CLI runs
 * on the user's own checkout), symlinked directories are not (no cycles).
 */
async function walk(
  root: string,
  diagnostics: SpecDiagnostic[],
  cwd: string,
): Promise<string[]> {
  const tree = await walkSpecTree(root, {
    followFileLinks: true,
    onUnreadable: 'report',
  });
  for (const problem of tree.problems) {
    diagnostics.push(
      unreadable(relativePosix(cwd, problem.absPath), problem.error),
    );
  }
  for (const file of tree.oversized) {
    diagnostics.push({
      severity: 'warning',
      rule: 'file-too-large',
      message: `Skipped ${relativePosix(
        cwd,
        path.join(root, file),
      )}: larger than ${DEFAULT_SPEC_TREE_LIMITS.maxFileBytes} bytes`,
      file: relativePosix(cwd, path.join(root, file)),
    });
  }
  if (tree.truncated) {
    diagnostics.push({
      severity: 'warning',
      rule: 'too-many-files',
      message: `Read the first ${
        tree.files.length
      } markdown files of ${relativePosix(cwd, root)} only`,
      file: relativePosix(cwd, root),
    });
  }
  return tree.files.map(file => file.path);
}

function unreadable(file: string, error: unknown): SpecDiagnostic {
  return {
    severity: 'error',
    rule: 'unreadable-file',
    message: `Cannot read ${file}: ${stringifyError(error)}`,
    file,
  };
}

/**
 * Reads the files of one candidate. `base` is the absolute spec directory;
 * `names` are relative to it.
 */
async function readSpec(
  base: string,
  names: string[],
  cwd: string,
): Promise<Pick<CollectedSpec, 'files' | 'diagnostics'>> {
  const files: SpecSourceFile[] = [];
  const diagnostics: SpecDiagnostic[] = [];
  for (const name of names) {
    try {
      // Bytes, not text: decoding (BOMs, invalid UTF-8) is the parser's call.
      const buffer = await fs.readFile(path.join(base, name));
      files.push({
        path: name,
        content: new Uint8Array(
          buffer.buffer,
          buffer.byteOffset,
          buffer.byteLength,
        ),
      });
    } catch (error) {
      const diagnostic = unreadable(
        relativePosix(cwd, path.join(base, name)),
        error,
      );
      // Per-spec diagnostics use paths relative to the spec, like the parser's.
      diagnostics.push({ ...diagnostic, file: name });
    }
  }
  return { files, diagnostics };
}

async function collectCandidates(
  scanRoot: string,
  candidates: SpecCandidate[],
  cwd: string,
  locationOf: (candidate: SpecCandidate) => string,
): Promise<CollectedSpec[]> {
  const specs: CollectedSpec[] = [];
  for (const candidate of candidates) {
    const rootAbs = path.join(scanRoot, candidate.root);
    const base = candidate.layout === 'file' ? path.dirname(rootAbs) : rootAbs;
    const { files, diagnostics } = await readSpec(
      base,
      specSourcePaths(candidate).files.map(f => f.specPath),
      cwd,
    );
    specs.push({
      path: relativePosix(cwd, rootAbs),
      location: locationOf(candidate),
      layout: candidate.layout,
      template: candidate.template,
      files,
      diagnostics,
    });
  }
  return specs;
}

/**
 * Finds and reads the specs at `target`: a single spec file, a spec directory
 * (one that holds a `spec.md`), or any tree that contains specs.
 *
 * Throws a `NotFoundError` when `target` does not exist and an `InputError`
 * when it cannot be accessed; every problem below it becomes a diagnostic so
 * that one bad file never stops a run.
 */
export async function collectSpecs(
  target: string,
  options: CollectSpecsOptions = {},
): Promise<CollectSpecsResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const absTarget = path.resolve(cwd, target);
  const diagnostics: SpecDiagnostic[] = [];

  let stat;
  try {
    stat = await fs.stat(absTarget);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new NotFoundError(`No such file or directory: ${target}`);
    }
    throw new InputError(`Cannot access ${target}: ${stringifyError(error)}`);
  }

  if (!stat.isDirectory()) {
    // An explicitly named file is parsed whatever its name or content: the
    // user asked for it, and the model says whether it is a template.
    const location = relativePosix(cwd, absTarget);
    const { files, diagnostics: readDiagnostics } = await readSpec(
      path.dirname(absTarget),
      [path.basename(absTarget)],
      cwd,
    );
    return {
      specs: [
        {
          path: location,
          location,
          layout: 'file',
          template: false,
          files,
          diagnostics: readDiagnostics,
        },
      ],
      diagnostics,
      toCwdPath: p => relativePosix(cwd, path.resolve(cwd, p)),
    };
  }

  const hasSpecMd = await fs
    .stat(path.join(absTarget, 'spec.md'))
    .then(s => s.isFile())
    .catch(() => false);

  if (hasSpecMd) {
    // A spec directory: let discovery pick its files (so the rules for what
    // belongs to a spec live in one place) by presenting it as the only
    // entry of its parent.
    const name = path.basename(absTarget);
    const parent = path.dirname(absTarget);
    const paths = (await walk(absTarget, diagnostics, cwd)).map(
      p => `${name}/${p}`,
    );
    const own = discoverSpecs(paths, { includeTemplates: true }).filter(
      c => c.root === name && c.layout === 'directory',
    );
    const candidates: SpecCandidate[] =
      own.length > 0
        ? own
        : [
            {
              root: name,
              layout: 'directory',
              files: paths.filter(p => p.endsWith('.md')),
              template: false,
            },
          ];
    const location = relativePosix(cwd, absTarget);
    return {
      specs: await collectCandidates(parent, candidates, cwd, () => location),
      diagnostics,
      toCwdPath: p => relativePosix(cwd, path.resolve(cwd, p)),
    };
  }

  const paths = await walk(absTarget, diagnostics, cwd);
  const candidates = discoverSpecs(paths, {
    includeTemplates: options.includeTemplates ?? false,
  });
  return {
    specs: await collectCandidates(absTarget, candidates, cwd, c => c.root),
    diagnostics,
    toCwdPath: p => relativePosix(cwd, path.resolve(absTarget, p)),
  };
}
