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
  discoverSpecs,
  parseSpec,
  SpecCandidate,
  SpecDocument,
  specSourcePaths,
} from '@specstage/plugin-specs-common';
import { walkSpecTree } from '@specstage/plugin-specs-node';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Posix paths (relative to `root`) of the markdown files below it, within the
 * shared tree limits; a missing directory has no specs.
 */
export async function listMarkdownFiles(root: string): Promise<string[]> {
  const walk = await walkSpecTree(root, { onUnreadable: 'report' });
  return walk.files.map(file => file.path);
}

/** A spec of a tree, parsed with specs-common. */
export interface TreeSpec {
  /** Posix path of the spec (directory or file) relative to the tree root. */
  location: string;
  layout: 'file' | 'directory';
  doc: SpecDocument;
}

/**
 * Reads one spec (as `discoverSpecs` groups it) from disk and parses it, with
 * the file paths and location the catalog module gives the parser too.
 */
export async function parseSpecAt(
  root: string,
  candidate: SpecCandidate,
): Promise<SpecDocument> {
  const { location, files } = specSourcePaths(candidate);
  const sources = [];
  for (const { treePath, specPath } of files) {
    const abs = path.join(root, treePath);
    // Listed by the walk: within the size limit already.
    sources.push({ path: specPath, content: await fs.readFile(abs) });
  }
  return parseSpec(sources, { location });
}

/** Every spec below `root` (templates left out). */
export async function readSpecTree(root: string): Promise<TreeSpec[]> {
  const candidates = discoverSpecs(await listMarkdownFiles(root));
  const specs: TreeSpec[] = [];
  for (const candidate of candidates) {
    try {
      const doc = await parseSpecAt(root, candidate);
      if (doc.isSpec && !doc.isTemplate) {
        specs.push({ location: candidate.root, layout: candidate.layout, doc });
      }
    } catch {
      // A file that vanished or cannot be read is not a spec to count.
    }
  }
  return specs;
}
