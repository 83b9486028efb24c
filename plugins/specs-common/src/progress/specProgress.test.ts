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
import { specProgress } from './specProgress';

const doc = (body: string) =>
  parseSpec([
    {
      path: 'spec.md',
      content: `# Spec: X\n\n**Spec ID**: SPEC-0001\n\n${body}`,
    },
  ]);

describe('specProgress', () => {
  it('names the current phase and its next task, preferring one already started', () => {
    const progress = specProgress(
      doc(
        [
          '## Implementation Phases',
          '',
          '### Phase 1: Foundation',
          '',
          '- [x] Task 1.1: Signer',
          '- [x] Task 1.2: Discovery',
          '',
          '### Phase 2: Core',
          '',
          '- [x] Task 2.1: Bindings',
          '- [ ] Task 2.2: Rotation',
          '- [~] Task 2.3: Audit events',
          '',
          '### Phase 3: Rollout',
          '',
          '- [ ] Task 3.1: Migrate',
        ].join('\n'),
      ),
    );
    expect(progress).toEqual({
      percent: 50,
      order: '050',
      currentPhase: 'Phase 2: Core',
      nextTask: { id: 'Task 2.3', text: 'Audit events', state: 'partial' },
    });
  });

  it('pads the order so that it sorts as text', () => {
    const orders = [5, 100, 42, 0].map(n => String(n).padStart(3, '0'));
    expect([...orders].sort()).toEqual(['000', '005', '042', '100']);
    expect(specProgress(doc('Nothing to do.'))).toEqual({
      percent: 0,
      order: '000',
    });
  });

  it('has no current phase when every task is done', () => {
    const progress = specProgress(
      doc('## Tasks\n\n- [x] T001 One\n- [x] T002 Two\n'),
    );
    expect(progress).toEqual({ percent: 100, order: '100' });
  });
});
