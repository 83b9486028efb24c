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

import path from 'node:path';
import { FIXTURES_DIR } from '../__testUtils__/fixtures';
import {
  openSpecCounts,
  specstageCounts,
} from '../__testUtils__/openspecOracle';

// OpenSpec's own CLI (`@fission-ai/openspec`, pinned exactly in the root
// package.json) is the oracle: on the pinned excerpt of real trees, every
// active change's task counts and every capability's requirement count are
// what `openspec list --json` and `openspec list --specs --json` report.

describe('OpenSpec CLI oracle', () => {
  it('agrees with `openspec list` on every change and capability', () => {
    const root = path.join(FIXTURES_DIR, 'openspec-wild');
    const oracle = openSpecCounts(root);
    // The oracle saw the tree at all (an empty answer would agree with anything).
    expect(Object.keys(oracle).sort()).toEqual([
      'change:add-cli-man-page',
      'change:v20260305-dev-machine-management',
      'spec:cli-list',
    ]);
    expect(specstageCounts(root)).toEqual(oracle);
  });
});
