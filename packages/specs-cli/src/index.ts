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

import { CommanderError } from 'commander';
import { createProgram } from './createProgram';
import { exitOnBrokenPipe } from './lib/io';
import { EXIT_USAGE } from './lib/reportCommandError';

exitOnBrokenPipe(process.stdout);
exitOnBrokenPipe(process.stderr);

// The package is a CLI: loading it runs the command line.
createProgram()
  .parseAsync(process.argv)
  .catch(error => {
    if (error instanceof CommanderError) {
      // Commander has printed the message already; `--help` exits with 0.
      process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
      return;
    }
    process.stderr.write(`specstage: ${error?.stack ?? error}\n`);
    process.exitCode = EXIT_USAGE;
  });
