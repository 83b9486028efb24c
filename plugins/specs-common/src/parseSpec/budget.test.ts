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
  checkParse,
  parseBudgetMs,
  worstCaseInputs,
} from '../__testUtils__/hostileInputs';

// The parser runs on the backend's event loop (catalog provider, document
// route, search collator): no single file may hold it for long. Each of the
// worst inputs known, at the largest file size the backend reads, must parse
// within a per-file budget of main-thread CPU time (see parseBudgetMs: far
// above the normal ~100 MiB/s, so a busy machine does not fail it, far below
// what a super-linear blow-up costs). The fuzz harness (`yarn fuzz:parser`)
// applies the same check to random inputs.

describe('parseSpec per-file time budget (attack: inputs that stall the event loop)', () => {
  it('has a budget that a 5 MiB file cannot reach at normal speed', () => {
    expect(parseBudgetMs(5 * 1024 * 1024)).toBeGreaterThan(20 * 50);
  });

  // Warm the JIT first so that the first case is not charged for it.
  beforeAll(() => {
    checkParse(worstCaseInputs(64 * 1024)[10].files);
  });

  it.each(worstCaseInputs().map(input => [input.name, input] as const))(
    '%s',
    (_name, input) => {
      const result = checkParse(input.files);
      expect(result.failure).toBeUndefined();
    },
  );
});
