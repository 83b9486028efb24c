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

import { plainText, specSearchText, stripCode } from './specSearchText';
import { parseSpec } from '@specstage/plugin-specs-common';

describe('stripCode', () => {
  it('drops fenced code blocks and unwraps inline code', () => {
    expect(
      stripCode(
        'Before `inline` text\n```js\nconst x = 1;\n```\n~~~~\n```\nstill code\n~~~~\nafter',
      ),
    ).toBe('Before inline text after');
  });

  it('drops an unclosed fence to the end', () => {
    expect(stripCode('prose\n```\ncode\nmore code')).toBe('prose');
  });

  it('handles missing text', () => {
    expect(stripCode(undefined)).toBe('');
  });
});

describe('plainText', () => {
  it.each([
    ['**Given** a pod, **When** it starts', 'Given a pod, When it starts'],
    ['see [the plan](plan.md) and ![d](d.png)', 'see the plan and d'],
    ['a *b* _c_ snake_case_name 2*3*4', 'a b c snake_case_name 2*3*4'],
    ['`429` with <br> Retry-After', '429 with Retry-After'],
  ])('%s', (input, expected) => {
    expect(plainText(input)).toBe(expected);
  });
});

describe('specSearchText', () => {
  it('starts every line of an item with its id, in plain text', () => {
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
          '**Acceptance Scenarios**:',
          '1. **Given** a pod, **When** the SDK starts, **Then** it gets credentials.',
          '',
          '## Requirements',
          '',
          '- **FR-001**: System MUST identify the tenant from the API key, never from a *client-supplied* header.',
        ].join('\n'),
      },
    ]);
    const lines = specSearchText(doc).split('\n');
    expect(lines).toContain('US-1: Keyless access');
    expect(lines).toContain(
      'US-1: Given a pod, When the SDK starts, Then it gets credentials.',
    );
    expect(lines).toContain(
      'FR-001: System MUST identify the tenant from the API key, never from a client-supplied header.',
    );
  });

  it('lists stories, requirements, criteria and tasks, one a line', () => {
    const doc = parseSpec([
      {
        path: 'spec.md',
        content: [
          '# Spec: X',
          '',
          '**Spec ID**: SPEC-0001',
          '',
          '## Requirements',
          '',
          '- **FR-001**: System MUST do `a` thing.',
          '',
          '## Success Criteria',
          '',
          '- **SC-001**: It works.',
          '',
          '## Tasks',
          '',
          '- [ ] Write it',
        ].join('\n'),
      },
    ]);
    const lines = specSearchText(doc).split('\n');
    expect(lines).toContain('FR-001: System MUST do a thing.');
    expect(lines).toContain('SC-001: It works.');
    expect(lines).toContain('Write it');
  });
});
