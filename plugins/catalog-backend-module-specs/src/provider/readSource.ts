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
import { formatSpecRoot } from '@specstage/plugin-specs-common';
import { LoggerService, UrlReaderService } from '@backstage/backend-plugin-api';
import {
  DEFAULT_SPEC_TREE_LIMITS,
  isMarkdownPath,
  walkSpecTree,
} from '@specstage/plugin-specs-node';
import { NotModifiedError, assertError } from '@backstage/errors';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { isInsideOrEqual } from './resolveSources';
import { SourceReadResult, SpecSource } from './types';

// Spec trees are markdown; everything else in a repository is skipped before
// it is read, which keeps large monorepos cheap to scan.
const isMarkdown = isMarkdownPath;

/**
 * Reads a spec source. Returns `unchanged` when the ETag matches the previous
 * read, so that an unchanged source is not parsed again. Throws when the
 * source cannot be read; the caller keeps what it had.
 */
export async function readSource(
  source: SpecSource,
  reader: UrlReaderService,
  etag: string | undefined,
  logger?: LoggerService,
): Promise<SourceReadResult> {
  return source.type === 'file'
    ? readLocal(source, etag, logger)
    : readUrl(source.target, reader, etag);
}

async function readUrl(
  target: string,
  reader: UrlReaderService,
  etag: string | undefined,
): Promise<SourceReadResult> {
  try {
    if (isMarkdown(new URL(target).pathname)) {
      const res = await reader.readUrl(target, { etag });
      const name = decodeURIComponent(
        new URL(target).pathname.split('/').pop()!,
      );
      return {
        kind: 'read',
        etag: res.etag ?? hashOf([await res.buffer()]),
        root: formatSpecRoot({
          type: 'url',
          url: new URL('.', target).toString(),
        }),
        singleFile: true,
        files: [{ path: name, content: await res.buffer() }],
      };
    }
    const tree = await reader.readTree(target, {
      etag,
      filter: p => isMarkdown(p),
    });
    const files = await Promise.all(
      (
        await tree.files()
      ).map(async f => ({
        path: f.path,
        content: await f.content(),
      })),
    );
    return {
      kind: 'read',
      etag: tree.etag,
      root: formatSpecRoot({
        type: 'url',
        url: target.endsWith('/') ? target : `${target}/`,
      }),
      singleFile: false,
      files,
    };
  } catch (error) {
    assertError(error);
    if (error.name === NotModifiedError.name) {
      return { kind: 'unchanged' };
    }
    throw error;
  }
}

async function readLocal(
  source: SpecSource,
  etag: string | undefined,
  logger: LoggerService | undefined,
): Promise<SourceReadResult> {
  // Everything below works on real paths, so that the spec roots written
  // to the entities are canonical (the specs backend refuses others) and a
  // target that became a symbolic link to elsewhere since it was resolved
  // is caught here too.
  const [boundary, target] = await Promise.all([
    fs.realpath(source.confineTo ?? source.target),
    fs.realpath(source.target),
  ]);
  if (!isInsideOrEqual(boundary, target)) {
    // Read as a source without specs rather than failed: a failed source
    // keeps (and after a restart restores) what it had published.
    return {
      kind: 'read',
      etag: `outside:${hashOf([target])}`,
      root: formatSpecRoot({ type: 'file', dir: source.target }),
      singleFile: false,
      files: [],
    };
  }
  const stat = await fs.stat(target);
  if (stat.isFile()) {
    const fingerprint = `${stat.size}:${stat.mtimeMs}`;
    const tag = hashOf([fingerprint]);
    if (tag === etag) {
      return { kind: 'unchanged' };
    }
    return {
      kind: 'read',
      etag: tag,
      root: formatSpecRoot({ type: 'file', dir: path.dirname(target) }),
      singleFile: true,
      files: [
        { path: path.basename(target), content: await fs.readFile(target) },
      ],
    };
  }

  // The ETag of a local tree is a hash of every file's path, size and mtime:
  // cheap to compute (no content is read) and it changes with any edit,
  // addition or deletion. The walk never follows symbolic links (to a file
  // or a tree, inside the source or out of it), and an unreadable directory
  // throws: the caller keeps what the source had published.
  const walk = await walkSpecTree(target);
  if (walk.truncated || walk.oversized.length) {
    logger?.warn(
      `Spec source ${target}: ${
        walk.truncated
          ? `read the first ${walk.files.length} markdown files only`
          : ''
      }${walk.truncated && walk.oversized.length ? '; ' : ''}${
        walk.oversized.length
          ? `skipped ${walk.oversized.length} file(s) over ${
              DEFAULT_SPEC_TREE_LIMITS.maxFileBytes
            } bytes (${walk.oversized.slice(0, 5).join(', ')})`
          : ''
      }`,
    );
  }
  const entries = walk.files.map(f => ({
    rel: f.path,
    abs: f.absPath,
    fingerprint: `${f.size}:${f.mtimeMs}`,
  }));
  const tag = hashOf(entries.map(e => `${e.rel}\0${e.fingerprint}`));
  if (tag === etag) {
    return { kind: 'unchanged' };
  }
  return {
    kind: 'read',
    etag: tag,
    root: formatSpecRoot({ type: 'file', dir: target }),
    singleFile: false,
    files: await Promise.all(
      entries.map(async e => ({
        path: e.rel,
        content: await fs.readFile(e.abs),
      })),
    ),
  };
}

function hashOf(parts: Array<string | Buffer>): string {
  const hash = createHash('sha256');
  for (const p of parts) {
    hash.update(p);
    hash.update('\n');
  }
  return hash.digest('hex').slice(0, 32);
}
