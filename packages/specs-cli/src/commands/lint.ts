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
  lintSpecs,
  SpecDiagnostic,
  SpecDocument,
} from '@specstage/plugin-specs-common';
import path from 'node:path';
import { CollectedSpec, collectSpecs } from '../lib/collectSpecs';
import { githubAnnotation } from '../lib/githubAnnotation';
import { CommandIo } from '../lib/io';
import { parseCollected } from '../lib/parseCollected';
import { reportCommandError } from '../lib/reportCommandError';

/** The output formats of `specstage lint`. */
export const LINT_FORMATS = ['text', 'json', 'github'] as const;

/**
 * `text`: one line per finding, like a compiler; `json`: an array of
 * {@link LintMessage}; `github`: GitHub Actions workflow commands, shown as
 * annotations on the pull request.
 */
export type LintFormat = (typeof LINT_FORMATS)[number];

/** Options of `specstage lint`. */
export interface LintOptions {
  format?: LintFormat;
  /** Fail when there are more warnings than this; no limit when unset. */
  maxWarnings?: number;
  includeTemplates?: boolean;
}

/** A diagnostic as `specstage lint` reports it, with `file` relative to cwd. */
export interface LintMessage {
  file: string;
  line?: number;
  severity: SpecDiagnostic['severity'];
  rule: string;
  message: string;
}

/**
 * Resolves the file of a per-spec diagnostic, which the parser gives relative
 * to the spec directory (or as the bare file name of a single-file spec).
 */
function fileOfSpecDiagnostic(spec: CollectedSpec, d: SpecDiagnostic): string {
  if (spec.layout === 'file' || !d.file) {
    return spec.path;
  }
  return path.posix.normalize(`${spec.path}/${d.file}`);
}

function toMessage(file: string, d: SpecDiagnostic): LintMessage {
  return {
    file,
    ...(d.line !== undefined && { line: d.line }),
    severity: d.severity,
    rule: d.rule,
    message: d.message,
  };
}

function compareMessages(a: LintMessage, b: LintMessage): number {
  if (a.file !== b.file) {
    return a.file < b.file ? -1 : 1;
  }
  // File-wide messages (no line) come before the line-specific ones.
  return (a.line ?? 0) - (b.line ?? 0);
}

/** Formats one message the way compilers do, so editors and CI can link it. */
export function formatMessage(m: LintMessage): string {
  const where = m.line !== undefined ? `${m.file}:${m.line}` : m.file;
  return `${where}: ${m.severity}: ${m.message} [${m.rule}]`;
}

/**
 * Parses and lints the specs at `target`, returning the messages sorted by
 * file and line along with the number of specs.
 */
export async function lintTarget(
  target: string,
  options: Pick<LintOptions, 'includeTemplates'>,
  cwd: string,
): Promise<{ specCount: number; messages: LintMessage[] }> {
  const collected = await collectSpecs(target, {
    cwd,
    includeTemplates: options.includeTemplates,
  });

  const messages: LintMessage[] = collected.diagnostics.map(d =>
    toMessage(d.file ?? target, d),
  );
  const docs: SpecDocument[] = [];
  for (const spec of collected.specs) {
    const doc = parseCollected(spec);
    docs.push(doc);
    for (const d of doc.diagnostics) {
      messages.push(toMessage(fileOfSpecDiagnostic(spec, d), d));
    }
  }
  // Tree-level rules (duplicate ids across specs) report against the
  // location the spec was parsed with.
  for (const d of lintSpecs(docs)) {
    messages.push(toMessage(d.file ? collected.toCwdPath(d.file) : target, d));
  }

  // Array.prototype.sort is stable, so same-line messages keep parser order.
  messages.sort(compareMessages);
  return { specCount: collected.specs.length, messages };
}

/**
 * `specstage lint <path>`: prints diagnostics and returns the exit code: 1 when
 * there is an error or more warnings than allowed, 2 for a bad invocation.
 */
export async function lintCommand(
  target: string,
  options: LintOptions,
  io: CommandIo,
): Promise<number> {
  let result;
  try {
    result = await lintTarget(target, options, io.cwd);
  } catch (error) {
    return reportCommandError(error, io);
  }
  const { specCount, messages } = result;

  if (options.format === 'json') {
    io.stdout(`${JSON.stringify(messages, null, 2)}\n`);
  } else {
    const format =
      options.format === 'github' ? githubAnnotation : formatMessage;
    for (const m of messages) {
      io.stdout(`${format(m)}\n`);
    }
  }

  const errors = messages.filter(m => m.severity === 'error').length;
  const warnings = messages.filter(m => m.severity === 'warning').length;
  io.stderr(
    `${specCount} ${specCount === 1 ? 'spec' : 'specs'}, ${errors} ${
      errors === 1 ? 'error' : 'errors'
    }, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}\n`,
  );
  if (specCount === 0) {
    // Most likely a wrong path in CI; say so rather than pass silently.
    io.stderr(`specstage: no specs found under ${target}\n`);
  }

  if (errors > 0) {
    return 1;
  }
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr(
      `specstage: too many warnings (${warnings}, maximum allowed is ${options.maxWarnings})\n`,
    );
    return 1;
  }
  return 0;
}
