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

import fs from 'node:fs/promises';
import path from 'node:path';
import { shouldWalkDirectory } from '@specstage/plugin-specs-common';

/**
 * How much of a tree a walk reads.
 *
 * @public
 */
export interface SpecTreeLimits {
  /** Markdown files listed at most; the walk stops (and says so) beyond. */
  maxFiles: number;
  /** Files larger than this are listed as oversized instead of as files. */
  maxFileBytes: number;
}

/**
 * The limits every spec tree walk of Specstage uses unless told otherwise:
 * the catalog module, the scaffolder action and the CLI read the same trees
 * the same way. 5 MiB is also the specs backend's default `maxFileBytes`, so
 * that a file the catalog ingests is one the backend serves.
 *
 * @public
 */
export const DEFAULT_SPEC_TREE_LIMITS: Readonly<SpecTreeLimits> = Object.freeze(
  {
    maxFiles: 20_000,
    maxFileBytes: 5 * 1024 * 1024,
  },
);

/** Code unit order, whatever the locale: results do not depend on the machine. */
function byCodeUnits(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * True for the files a spec tree is made of.
 *
 * @public
 */
export function isMarkdownPath(p: string): boolean {
  return /\.(?:md|markdown)$/i.test(p);
}

/**
 * A markdown file of a spec tree.
 *
 * @public
 */
export interface SpecTreeFile {
  /** Posix path relative to the walked root. */
  path: string;
  /** Absolute path on disk. */
  absPath: string;
  size: number;
  mtimeMs: number;
}

/**
 * Something below the root that the walk could not read: a directory, or a
 * symbolic link to a markdown file that leads nowhere.
 *
 * @public
 */
export interface SpecTreeProblem {
  /** Absolute path on disk. */
  absPath: string;
  error: unknown;
}

/**
 * The result of {@link walkSpecTree}.
 *
 * @public
 */
export interface SpecTreeWalk {
  /** Sorted by path (code unit order), so that results do not depend on the file system. */
  files: SpecTreeFile[];
  /** Posix paths of markdown files over `maxFileBytes`, left out of `files`. */
  oversized: string[];
  /** True when the walk stopped at `maxFiles`. */
  truncated: boolean;
  /** Unreadable parts, when `onUnreadable` is `'report'`. */
  problems: SpecTreeProblem[];
}

/**
 * Options of {@link walkSpecTree}.
 *
 * @public
 */
export interface WalkSpecTreeOptions {
  /**
   * Follow symbolic links to files. Off by default: a server-side walk must
   * never read through a link out of its configured root. The CLI turns it
   * on, since it runs on the user's own checkout. Links to directories are
   * never followed (no cycles).
   */
  followFileLinks?: boolean;
  /**
   * An unreadable directory (the root included) throws by default: the
   * catalog keeps what it had ingested rather than seeing an empty tree.
   * `'report'` lists it in `problems` and goes on.
   */
  onUnreadable?: 'throw' | 'report';
  limits?: Partial<SpecTreeLimits>;
}

/**
 * Lists the markdown files of a spec tree: every `.md`/`.markdown` file below
 * `root`, without `node_modules` and dot folders other than `.kiro` and
 * `.specify`, within the limits.
 *
 * @public
 */
export async function walkSpecTree(
  root: string,
  options: WalkSpecTreeOptions = {},
): Promise<SpecTreeWalk> {
  const limits = { ...DEFAULT_SPEC_TREE_LIMITS, ...options.limits };
  const report = options.onUnreadable === 'report';
  const result: SpecTreeWalk = {
    files: [],
    oversized: [],
    truncated: false,
    problems: [],
  };
  const pending = [''];
  while (pending.length > 0 && !result.truncated) {
    const rel = pending.pop()!;
    const dir = path.join(root, rel);
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (!report) throw error;
      result.problems.push({ absPath: dir, error });
      continue;
    }
    // By name, so that which files a truncated walk keeps is deterministic.
    entries.sort((a, b) => byCodeUnits(a.name, b.name));
    const subdirs: string[] = [];
    for (const entry of entries) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      // Dirents describe the entry itself: a symbolic link is neither a
      // file nor a directory here.
      if (entry.isDirectory()) {
        // Not into dependencies, nor dot folders other than the ones spec
        // tools write (`.kiro`, `.specify`): the rule discovery uses too.
        if (shouldWalkDirectory(entry.name)) subdirs.push(childRel);
        continue;
      }
      if (!isMarkdownPath(entry.name)) continue;
      const isLink = entry.isSymbolicLink();
      if (!entry.isFile() && !(isLink && options.followFileLinks)) continue;
      const absPath = path.join(root, childRel);
      let stat;
      try {
        stat = await fs.stat(absPath);
      } catch (error) {
        if (!report) throw error;
        result.problems.push({ absPath, error });
        continue;
      }
      if (!stat.isFile()) continue;
      if (stat.size > limits.maxFileBytes) {
        result.oversized.push(childRel);
        continue;
      }
      if (result.files.length >= limits.maxFiles) {
        result.truncated = true;
        break;
      }
      result.files.push({
        path: childRel,
        absPath,
        size: stat.size,
        mtimeMs: stat.mtimeMs,
      });
    }
    // Depth first, in name order.
    pending.push(...subdirs.reverse());
  }
  result.files.sort((a, b) => byCodeUnits(a.path, b.path));
  result.oversized.sort(byCodeUnits);
  return result;
}
