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
  InputError,
  isError,
  NotFoundError,
  stringifyError,
} from '@backstage/errors';
import { CommandIo } from './io';

/** Exit code for a bad invocation (e.g. a missing path), as opposed to lint errors. */
export const EXIT_USAGE = 2;

/**
 * Reports an error that stops a command and returns its exit code. A missing
 * or inaccessible path is the user's problem, so it gets a plain message;
 * anything else is unexpected and keeps its stack for the bug report.
 */
export function reportCommandError(error: unknown, io: CommandIo): number {
  if (
    isError(error) &&
    (error.name === NotFoundError.name || error.name === InputError.name)
  ) {
    io.stderr(`specstage: ${error.message}\n`);
    return EXIT_USAGE;
  }
  io.stderr(
    `specstage: ${
      isError(error) && error.stack ? error.stack : stringifyError(error)
    }\n`,
  );
  return EXIT_USAGE;
}
