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

import { JsonObject, JsonValue } from '@backstage/types';
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  YAMLError,
} from 'yaml';
import { SpecDiagnostic } from '../model';

// Front matter is untrusted input that reaches the catalog provider, the
// document route and the search collator, all on the backend's event loop.
// Every limit below keeps one file's front matter to a few milliseconds:
//
// - The yaml library's duplicate-key check (`uniqueKeys: true`, its default)
//   compares every key with every earlier one, O(n²): 256 KiB of `kN: 1`
//   lines took 4–6 s. It is off; duplicates are found here with a Set.
// - Real front matter is a few hundred bytes of metadata; anything over
//   MAX_FRONT_MATTER_LENGTH is reported and ignored without being parsed.
// - Aliases (`*a`) are rejected rather than expanded: `x: &a [*a]` makes a
//   circular value that breaks JSON (the document route, `specstage parse`),
//   and expansion is the "billion laughs" amplification.
// - The yaml composer recurses once per flow level (`[[[[…`); deeper input
//   than MAX_FRONT_MATTER_DEPTH is refused before it is handed over, and the
//   conversion below stops at the same depth for block nesting.
// - Warnings become diagnostics; the library never writes to stderr.

/** The largest front matter, in characters, that is parsed at all. */
export const MAX_FRONT_MATTER_LENGTH = 32 * 1024;

/** How deeply front matter values may nest (mappings and sequences). */
export const MAX_FRONT_MATTER_DEPTH = 32;

/** Warnings reported per file; the rest are counted in one last diagnostic. */
const MAX_WARNINGS = 10;

/** What {@link parseFrontMatter} found. */
export interface FrontMatterResult {
  /**
   * The front matter mapping as plain JSON data (no aliases, no cycles, no
   * prototype keys, finite numbers only), or undefined when the front matter
   * is empty or was ignored.
   */
  value?: JsonObject;
  /** Findings, without `file`: the caller knows which file it parsed. */
  diagnostics: SpecDiagnostic[];
}

/** Options of {@link parseFrontMatter}. */
export interface ParseFrontMatterOptions {
  /** The line of the file on which `source` starts (1-based); default 1. */
  line?: number;
}

class RejectedFrontMatter extends Error {
  constructor(message: string, readonly offset?: number) {
    super(message);
  }
}

/**
 * The deepest nesting of flow collections (`[`, `{`), counted without
 * regard to quoting: a bracket inside a quoted string may over-count, which
 * can only make the check stricter.
 */
function flowDepth(source: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      depth++;
      if (depth > max) max = depth;
    } else if ((c === 0x5d /* ] */ || c === 0x7d) /* } */ && depth > 0) {
      depth--;
    }
  }
  return max;
}

function scalarToJson(value: unknown): JsonValue {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      // `.inf` and `.nan` are valid YAML numbers but not JSON.
      return Number.isFinite(value) ? value : String(value);
    case 'bigint':
      return String(value);
    case 'undefined':
      return null;
    default:
      if (value === null) return null;
      if (value instanceof Date) {
        return Number.isNaN(value.getTime()) ? null : value.toISOString();
      }
      return String(value);
  }
}

/** Turns a parsed YAML node into JSON data; linear in the number of nodes. */
class JsonConverter {
  readonly warnings: Array<{ message: string; offset?: number }> = [];

  convert(node: unknown, depth: number): JsonValue {
    if (node === null || node === undefined) {
      return null;
    }
    if (depth > MAX_FRONT_MATTER_DEPTH) {
      throw new RejectedFrontMatter(
        `Front matter is nested more than ${MAX_FRONT_MATTER_DEPTH} levels deep`,
        (node as { range?: number[] }).range?.[0],
      );
    }
    if (isAlias(node)) {
      throw new RejectedFrontMatter(
        `Front matter uses a YAML alias (*${node.source}); aliases are not supported`,
        node.range?.[0],
      );
    }
    if (isScalar(node)) {
      return scalarToJson(node.value);
    }
    if (isSeq(node)) {
      return node.items.map(item => this.convert(item, depth + 1));
    }
    if (isMap(node)) {
      const result: JsonObject = {};
      const seen = new Set<string>();
      for (const pair of node.items) {
        const keyNode = pair.key;
        if (isAlias(keyNode)) {
          this.convert(keyNode, depth + 1);
        }
        if (keyNode !== null && keyNode !== undefined && !isScalar(keyNode)) {
          this.warnings.push({
            message: 'Front matter key that is not a plain value is ignored',
            offset: (keyNode as { range?: number[] }).range?.[0],
          });
          continue;
        }
        const rawKey = isScalar(keyNode) ? scalarToJson(keyNode.value) : null;
        const key = rawKey === null ? '' : String(rawKey);
        if (key === '__proto__') {
          // Would become the prototype of the merged front matter object
          // when it is copied with Object.assign or a spread.
          this.warnings.push({
            message: "Front matter key '__proto__' is ignored",
            offset: keyNode?.range?.[0],
          });
          continue;
        }
        if (seen.has(key)) {
          this.warnings.push({
            message: `Front matter key '${key.slice(
              0,
              80,
            )}' is repeated; the last value is used`,
            offset: keyNode?.range?.[0],
          });
        }
        seen.add(key);
        result[key] = this.convert(pair.value, depth + 1);
      }
      return result;
    }
    return null;
  }
}

/**
 * Parses the YAML front matter of a markdown file (the text between the
 * `---` lines, without them) into plain JSON data.
 *
 * @remarks
 *
 * Pure and total: never throws, never logs, runs in time linear in the
 * length of `source` (bounded by {@link MAX_FRONT_MATTER_LENGTH} anyway).
 * Front matter that is too large, not valid YAML, not a mapping, nested too
 * deeply or using aliases is ignored with a warning; YAML warnings and
 * repeated keys are reported and the front matter is kept.
 */
export function parseFrontMatter(
  source: string,
  options?: ParseFrontMatterOptions,
): FrontMatterResult {
  const firstLine = options?.line ?? 1;
  const diagnostics: SpecDiagnostic[] = [];
  const lineCounter = new LineCounter();
  const lineOf = (offset: number | undefined) =>
    offset === undefined
      ? firstLine
      : firstLine + lineCounter.linePos(offset).line - 1;
  const warn = (message: string, offset?: number) => {
    diagnostics.push({
      severity: 'warning',
      rule: 'invalid-front-matter',
      message,
      line: lineOf(offset),
    });
  };

  if (typeof source !== 'string' || source.trim() === '') {
    return { diagnostics };
  }
  if (source.length > MAX_FRONT_MATTER_LENGTH) {
    warn(
      `Front matter is larger than ${
        MAX_FRONT_MATTER_LENGTH / 1024
      } KiB (${source.length} characters); it is ignored`,
    );
    return { diagnostics };
  }
  if (flowDepth(source) > MAX_FRONT_MATTER_DEPTH) {
    warn(
      `Front matter is nested more than ${MAX_FRONT_MATTER_DEPTH} levels deep; it is ignored`,
    );
    return { diagnostics };
  }

  try {
    const doc = parseDocument(source, {
      lineCounter,
      // Linear: see the note at the top of this file.
      uniqueKeys: false,
      // YAML 1.2 core schema: no `<<` merge keys, timestamps or binary.
      version: '1.2',
      schema: 'core',
      merge: false,
      intAsBigInt: false,
      // 'silent' would also drop the "multiple documents" error; with
      // 'error', parseDocument collects everything and prints nothing.
      logLevel: 'error',
      prettyErrors: false,
    });
    if (doc.errors.length > 0) {
      const first: YAMLError = doc.errors[0];
      warn(
        `Front matter is not valid YAML; it is ignored (${
          first.message.split('\n')[0]
        })`,
        first.pos?.[0],
      );
      return { diagnostics };
    }

    const converter = new JsonConverter();
    const value = converter.convert(doc.contents, 0);
    const warnings = [
      ...doc.warnings.map(w => ({
        message: `Front matter: ${w.message.split('\n')[0]}`,
        offset: w.pos?.[0],
      })),
      ...converter.warnings,
    ];
    for (const w of warnings.slice(0, MAX_WARNINGS)) {
      warn(w.message, w.offset);
    }
    if (warnings.length > MAX_WARNINGS) {
      warn(
        `Front matter has ${
          warnings.length - MAX_WARNINGS
        } more warnings that are not listed`,
      );
    }

    if (value === null) {
      return { diagnostics };
    }
    if (typeof value !== 'object' || Array.isArray(value)) {
      warn('Front matter is not a YAML mapping; it is ignored');
      return { diagnostics };
    }
    return { value, diagnostics };
  } catch (error) {
    // RejectedFrontMatter, and anything the library throws that it should
    // not have: the front matter is dropped, the file is still parsed.
    const rejected = error instanceof RejectedFrontMatter;
    warn(
      rejected
        ? `${(error as Error).message}; it is ignored`
        : `Front matter could not be read; it is ignored (${String(
            (error as Error)?.message ?? error,
          ).split('\n')[0]})`,
      rejected ? (error as RejectedFrontMatter).offset : undefined,
    );
    return { diagnostics };
  }
}
