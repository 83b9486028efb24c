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

import { EventEmitter } from 'node:events';
import { exitOnBrokenPipe } from './io';

function brokenPipe(): NodeJS.ErrnoException {
  return Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
}

describe('exitOnBrokenPipe', () => {
  const savedExitCode = process.exitCode;
  afterEach(() => {
    process.exitCode = savedExitCode;
  });

  it('exits with the exit code set so far when the reader goes away', () => {
    const stream = new EventEmitter() as unknown as NodeJS.WritableStream;
    const exit = jest.fn();
    exitOnBrokenPipe(stream, exit);

    process.exitCode = undefined;
    stream.emit('error', brokenPipe());
    expect(exit).toHaveBeenLastCalledWith(0);

    process.exitCode = 1;
    stream.emit('error', brokenPipe());
    expect(exit).toHaveBeenLastCalledWith(1);
  });

  it('does not hide other stream errors', () => {
    const stream = new EventEmitter() as unknown as NodeJS.WritableStream;
    const exit = jest.fn();
    exitOnBrokenPipe(stream, exit);
    const error = Object.assign(new Error('no space'), { code: 'ENOSPC' });
    expect(() => stream.emit('error', error)).toThrow('no space');
    expect(exit).not.toHaveBeenCalled();
  });
});
