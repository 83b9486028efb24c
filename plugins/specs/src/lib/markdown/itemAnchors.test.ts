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

import { parseSpec } from '@specstage/plugin-specs-common';
import { itemAnchorsByLine } from './itemAnchors';

describe('itemAnchorsByLine', () => {
  it('anchors stories, requirements, criteria, tasks and questions at the lines they are read from', () => {
    const doc = parseSpec([
      {
        path: 'spec.md',
        content: [
          '# Spec: X',
          '',
          '**Spec ID**: SPEC-0001',
          '',
          '### User Story 1 - Keyless access (Priority: P1)',
          '',
          '- **FR-001**: System MUST do a thing. [NEEDS CLARIFICATION: which thing?]',
          '- **SC-001**: It works.',
          '',
          '## Implementation Phases',
          '',
          '### Phase 1: Foundation',
          '',
          '- [x] Task 1.1: Signer (FR-001)',
        ].join('\n'),
      },
    ]);
    const lines = itemAnchorsByLine(doc).get('spec.md')!;
    expect(lines.get(5)).toEqual(['us-1']);
    expect(lines.get(7)).toEqual(['fr-001', 'open-question-1']);
    expect(lines.get(8)).toEqual(['sc-001']);
    expect(lines.get(14)).toEqual(['task-1-1']);
  });
});
