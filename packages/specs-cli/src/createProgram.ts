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

import { Command, InvalidArgumentError, Option } from 'commander';
import { LINT_FORMATS, lintCommand } from './commands/lint';
import { parseCommand } from './commands/parse';
import { CommandIo, processIo } from './lib/io';

function parseMaxWarnings(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    throw new InvalidArgumentError('Expected a non-negative integer.');
  }
  return n;
}

/**
 * Builds the `specstage` command line. Each action stores its exit code in
 * `setExitCode` rather than calling `process.exit`, so that large outputs on a
 * pipe are flushed before the process ends.
 */
export function createProgram(
  io: CommandIo = processIo(),
  setExitCode: (code: number) => void = code => {
    process.exitCode = code;
  },
): Command {
  const program = new Command('specstage')
    .description('Parse and lint design-spec markdown (Specstage).')
    .showHelpAfterError()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    // Usage errors throw a CommanderError instead of exiting, so the caller
    // decides the exit code (2, like a missing path) and tests can observe it.
    .exitOverride();

  program
    .command('parse')
    .description(
      'Print the normalized model of every spec at <path> as a JSON array.',
    )
    .argument('<path>', 'a spec file, a spec directory, or a tree of specs')
    .option('--pretty', 'indent the JSON output')
    .option('--include-templates', 'also parse spec templates')
    .option(
      '--summary',
      'print one line per spec: id, format, US/FR/SC, tasks done/total, review checked/total, path',
    )
    .action(async (target: string, opts) => {
      setExitCode(await parseCommand(target, opts, io));
    });

  program
    .command('lint')
    .description(
      'Report problems in the specs at <path>; exits 1 when there is an error.',
    )
    .argument('<path>', 'a spec file, a spec directory, or a tree of specs')
    .addOption(
      new Option(
        '--format <format>',
        'output format; github prints workflow commands (annotations)',
      )
        .choices(LINT_FORMATS)
        .default('text'),
    )
    .option(
      '--max-warnings <n>',
      'also fail when there are more than <n> warnings',
      parseMaxWarnings,
    )
    .option('--include-templates', 'also lint spec templates')
    .action(async (target: string, opts) => {
      setExitCode(await lintCommand(target, opts, io));
    });

  return program;
}
