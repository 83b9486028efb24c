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

/*
 * File-system safety of specs:create: where a spec may be written, and
 * writing it without following a link out of the allowed directory.
 */

import type { RenderedFile } from '@specstage/plugin-specs-common';
import fs from 'node:fs/promises';
import path from 'node:path';

export async function exists(p: string): Promise<boolean> {
  return fs
    .lstat(p)
    .then(() => true)
    .catch(() => false);
}

/** True when `child` is `parent` or below it. */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * The realpath of `dir`'s nearest existing ancestor joined with the rest, so
 * that a symlink inside the allowed directory cannot lead out of it.
 */
export async function realpathOfMaybeMissing(dir: string): Promise<string> {
  let existing = dir;
  const rest: string[] = [];
  while (!(await exists(existing))) {
    rest.unshift(path.basename(existing));
    const parent = path.dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  return path.join(await fs.realpath(existing), ...rest);
}

export async function writeFiles(dir: string, files: RenderedFile[]) {
  for (const file of files) {
    const abs = path.join(dir, file.path);
    await fs.mkdir(path.dirname(abs), { recursive: true });
    await fs.writeFile(abs, file.content, { encoding: 'utf8', flag: 'wx' });
  }
}
