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

import { parseSpec } from '../parseSpec/parseSpec';
import { lintSpecs } from './lintSpecs';

function spec(id: string, title: string, location: string) {
  return parseSpec(
    [
      {
        path: 'spec.md',
        content: `# Spec: ${title}\n\n**ID**: ${id}\n**Status**: draft\n`,
      },
    ],
    { location },
  );
}

describe('lintSpecs', () => {
  it('reports specs that share an id', () => {
    const docs = [
      spec('SPEC-007', 'App workload types', 'docs/specs/007-app'),
      spec('SPEC-007', 'Flux schema', 'docs/specs/007-flux'),
      spec('SPEC-008', 'Wizard', 'docs/specs/008-wizard'),
    ];
    expect(lintSpecs(docs)).toEqual([
      {
        severity: 'warning',
        rule: 'duplicate-id',
        message:
          'Spec id SPEC-007 is also used by "Flux schema" (docs/specs/007-flux)',
        file: 'docs/specs/007-app/spec.md',
      },
      {
        severity: 'warning',
        rule: 'duplicate-id',
        message:
          'Spec id SPEC-007 is also used by "App workload types" (docs/specs/007-app)',
        file: 'docs/specs/007-flux/spec.md',
      },
    ]);
  });

  it('ignores templates, non-specs and missing ids', () => {
    const template = parseSpec([
      {
        path: 'spec.md',
        content:
          '# Spec: [Title]\n\n**ID**: SPEC-XXX\n**Created**: YYYY-MM-DD\n',
      },
    ]);
    const notes = parseSpec([{ path: 'notes.md', content: '# Notes' }]);
    expect(lintSpecs([template, template, notes, notes])).toEqual([]);
    expect(lintSpecs([])).toEqual([]);
  });
});
