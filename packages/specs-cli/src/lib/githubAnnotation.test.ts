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

import { githubAnnotation } from './githubAnnotation';

describe('githubAnnotation', () => {
  it('prints a workflow command with file, line and title', () => {
    expect(
      githubAnnotation({
        file: 'docs/specs/001-x/plan.md',
        line: 12,
        severity: 'warning',
        rule: 'placeholder',
        message: 'Unfilled placeholder',
      }),
    ).toBe(
      '::warning file=docs/specs/001-x/plan.md,line=12,title=specstage placeholder::Unfilled placeholder',
    );
  });

  it('maps info to notice and leaves out a missing line', () => {
    expect(
      githubAnnotation({
        file: 'specs/a.md',
        severity: 'info',
        rule: 'status-mismatch',
        message: 'x',
      }),
    ).toBe('::notice file=specs/a.md,title=specstage status-mismatch::x');
    expect(
      githubAnnotation({
        file: 'specs/a.md',
        severity: 'error',
        rule: 'not-a-spec',
        message: 'x',
      }),
    ).toMatch(/^::error file=specs\/a\.md,title=/);
  });

  it('escapes what would end the command or a property early', () => {
    // A spec file name may hold ',' or ':', a message '%' and newlines; none
    // of them may cut the command short or inject a second one.
    const line = githubAnnotation({
      file: 'specs/a,b:c%.md',
      line: 3,
      severity: 'error',
      rule: 'r',
      message: '50% done\r\n::error::injected',
    });
    expect(line).toBe(
      '::error file=specs/a%2Cb%3Ac%25.md,line=3,title=specstage r::50%25 done%0D%0A::error::injected',
    );
    expect(line.split('\n')).toHaveLength(1);
  });
});
