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

import { parseSpec } from '../../parseSpec/parseSpec';
import { linesOutsideFences } from './linesOutsideFences';

describe('linesOutsideFences', () => {
  it('drops fenced blocks of either kind, fences included', () => {
    expect(
      linesOutsideFences(
        [
          'before',
          '```yaml',
          'key: value',
          '```',
          'between',
          '~~~~',
          '```',
          'still code',
          '~~~~',
          'after',
        ].join('\n'),
      ),
    ).toEqual(['before', 'between', 'after']);
  });

  it('needs a closing run at least as long as the opening one', () => {
    expect(
      linesOutsideFences(['````', '```', 'code', '````', 'prose'].join('\n')),
    ).toEqual(['prose']);
  });

  it('treats an unclosed fence as code to the end, like the parser', () => {
    expect(linesOutsideFences('text\n```\n- [ ] T001 not a task')).toEqual([
      'text',
    ]);
    // The parser agrees: the box inside the unclosed fence is no task.
    const doc = parseSpec([
      {
        path: 'tasks.md',
        content: '# Tasks\n\n## Phase 1\n\n```\n- [ ] T001 not a task\n',
      },
    ]);
    expect(doc.phases.flatMap(p => p.tasks)).toEqual([]);
  });

  it('opens fences at any indentation (inside list items) and keeps inline code', () => {
    expect(
      linesOutsideFences(
        ['- step', '    ```sh', '    yarn', '    ```', 'use `x`'].join('\r\n'),
      ),
    ).toEqual(['- step', 'use `x`']);
  });
});
