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

import { InputError, NotFoundError } from '@backstage/errors';
import { captureIo } from '../testUtils';
import { EXIT_USAGE, reportCommandError } from './reportCommandError';

describe('reportCommandError', () => {
  it('prints only the message of a path problem', () => {
    for (const error of [
      new NotFoundError('No such file or directory: x'),
      new InputError('Cannot access x: EACCES'),
    ]) {
      const io = captureIo('/');
      expect(reportCommandError(error, io)).toBe(EXIT_USAGE);
      expect(io.err()).toBe(`specstage: ${error.message}\n`);
    }
  });

  it('keeps the stack of an unexpected error', () => {
    const io = captureIo('/');
    expect(reportCommandError(new TypeError('boom'), io)).toBe(EXIT_USAGE);
    expect(io.err()).toMatch(/^specstage: TypeError: boom\n\s+at /);
    expect(reportCommandError('odd', captureIo('/'))).toBe(EXIT_USAGE);
  });
});
