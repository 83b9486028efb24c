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

/**
 * Where a command writes and what it resolves paths against; injected so
 * that commands can be tested without spawning a process.
 */
export interface CommandIo {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The real process streams. */
export function processIo(): CommandIo {
  return {
    cwd: process.cwd(),
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
  };
}

/**
 * Ends the process quietly when the reader of a stream goes away, as in
 * `specstage parse docs/specs | head`: a reader that has seen enough is not
 * an error, and without a listener Node.js turns the EPIPE into an uncaught
 * exception with a stack trace. The exit code is the one the command has set
 * so far (0 until it decides otherwise), so `set -o pipefail` scripts do not
 * fail on it. Other stream errors are not ours to hide.
 */
export function exitOnBrokenPipe(
  stream: NodeJS.WritableStream,
  exit: (code: number) => void = code => process.exit(code),
): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') {
      exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
      return;
    }
    throw error;
  });
}
