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
  captureIo,
  createTempTree,
  GOOD_SPEC,
  removeTempTrees,
} from '../testUtils';
import { parseCommand } from './parse';

describe('parseCommand, attack: self-referencing YAML alias (x: &a [*a])', () => {
  afterEach(removeTempTrees);

  it('prints the spec with a diagnostic instead of crashing on a circular value', async () => {
    const cwd = createTempTree({
      'specs/0042-cache.md': `---\nid: SPEC-0042\nx: &a [*a]\n---\n${GOOD_SPEC}`,
    });
    const io = captureIo(cwd);

    await expect(parseCommand('specs', {}, io)).resolves.toBe(0);

    const [spec] = JSON.parse(io.out());
    expect(spec.title).toContain('Valkey cache');
    expect(spec.frontMatter).toBeUndefined();
    expect(spec.diagnostics).toContainEqual(
      expect.objectContaining({
        rule: 'invalid-front-matter',
        message: expect.stringMatching(/YAML alias \(\*a\)/),
        line: 3,
      }),
    );
    expect(io.err()).toBe('');
  });
});
