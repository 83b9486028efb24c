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
  SpecCounts,
  SpecDocument,
  summarizeSpec,
} from '@specstage/plugin-specs-common';
import { collectSpecs } from '../lib/collectSpecs';
import { CommandIo } from '../lib/io';
import { parseCollected } from '../lib/parseCollected';
import { reportCommandError } from '../lib/reportCommandError';

/** Options of `specstage parse`. */
export interface ParseOptions {
  pretty?: boolean;
  includeTemplates?: boolean;
  /** One line of counts per spec instead of the JSON model. */
  summary?: boolean;
}

/** One element of the JSON array printed by `specstage parse`. */
export type ParsedSpecOutput = { path: string } & SpecDocument & {
    counts: SpecCounts;
  };

/**
 * The flat counts of a spec, copied field by field so that the output keeps
 * this documented shape even if the summary grows more fields.
 */
export function countsOf(doc: SpecDocument): SpecCounts {
  const summary = summarizeSpec(doc);
  return {
    userStories: summary.userStories,
    requirements: summary.requirements,
    successCriteria: summary.successCriteria,
    tasks: {
      done: summary.tasks.done,
      partial: summary.tasks.partial,
      total: summary.tasks.total,
    },
    review: { checked: summary.review.checked, total: summary.review.total },
    openClarifications: summary.openClarifications,
    templatePrompts: summary.templatePrompts,
  };
}

const NAMED_REQUIREMENTS = new Set(['openspec', 'kiro']);

/**
 * The `--summary` line of a spec:
 * `id  format  US n  FR n  SC n  tasks done/total  review checked/total  path`
 * (`REQ n` for the formats whose requirements are named, not numbered), with
 * the id and format columns padded so that a repository reads as a table.
 */
export function summaryLine(
  path: string,
  doc: SpecDocument,
  widths: { id: number; format: number },
): string {
  const c = countsOf(doc);
  // OpenSpec and Kiro requirements are named (`Requirement: Sorting`,
  // `Requirement 2`), not FR ids.
  const requirements = NAMED_REQUIREMENTS.has(doc.format ?? '') ? 'REQ' : 'FR';
  return [
    (doc.id ?? '-').padEnd(widths.id),
    (doc.format ?? '-').padEnd(widths.format),
    `US ${c.userStories}`,
    `${requirements} ${c.requirements}`,
    `SC ${c.successCriteria}`,
    `tasks ${c.tasks.done}/${c.tasks.total}`,
    `review ${c.review.checked}/${c.review.total}`,
    path,
  ].join('  ');
}

/**
 * `specstage parse <path>`: prints a JSON array with one object per spec, the
 * full model plus `path`, `format` and `counts`; with `--summary`, one line
 * of counts per spec. Returns the process exit code.
 */
export async function parseCommand(
  target: string,
  options: ParseOptions,
  io: CommandIo,
): Promise<number> {
  let collected;
  try {
    collected = await collectSpecs(target, {
      cwd: io.cwd,
      includeTemplates: options.includeTemplates,
    });
  } catch (error) {
    return reportCommandError(error, io);
  }

  const parsed = collected.specs.map(spec => ({
    path: spec.path,
    doc: parseCollected(spec),
  }));

  // Problems outside any spec go to stderr: stdout stays clean.
  for (const d of collected.diagnostics) {
    io.stderr(`${d.file ?? target}: ${d.severity}: ${d.message} [${d.rule}]\n`);
  }

  if (options.summary) {
    const widths = {
      id: Math.max(1, ...parsed.map(p => (p.doc.id ?? '-').length)),
      format: Math.max(1, ...parsed.map(p => (p.doc.format ?? '-').length)),
    };
    io.stdout(
      parsed.map(p => `${summaryLine(p.path, p.doc, widths)}\n`).join(''),
    );
    return 0;
  }

  // `format` right after the path: which profile read the spec is the
  // first thing to know when its numbers look wrong.
  const output: ParsedSpecOutput[] = parsed.map(({ path, doc }) => ({
    path,
    format: doc.format,
    ...doc,
    counts: countsOf(doc),
  }));

  io.stdout(
    `${JSON.stringify(output, null, options.pretty ? 2 : undefined)}\n`,
  );
  return 0;
}
