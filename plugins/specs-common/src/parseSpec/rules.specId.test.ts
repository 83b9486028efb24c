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

import { parseMarkdown } from '../__testUtils__/fixtures';
import { readSpecId } from '../parser/assemble/readSpecId';

function specWithId(value: string, location?: string) {
  return parseMarkdown(
    `# Spec: Widget cache\n\n**Spec ID**: ${value}\n**Status**: Draft\n`,
    'spec.md',
    location,
  );
}

const findings = (doc: ReturnType<typeof parseMarkdown>) =>
  doc.diagnostics.filter(d => d.rule === 'malformed-spec-id');

describe('rule: a malformed **Spec ID** gets a clear diagnostic', () => {
  it.each([
    ['SPEC-0042', 'SPEC-0042'],
    ['spec-0042 (renumbered)', 'SPEC-0042'],
    ['ADR-7', 'ADR-7'],
    ['RFC-2024-01', 'RFC-2024-01'],
    ['#12', '#12'],
    ['0042', '0042'],
  ])('%s is an id: %s, no finding', (written, id) => {
    const doc = specWithId(written);
    expect(doc.id).toBe(id);
    expect(findings(doc)).toEqual([]);
  });

  it.each([
    ['SPEC 0042', 'SPEC-0042'],
    ['SPEC_0042', 'SPEC-0042'],
    ['SPEC0042', 'SPEC-0042'],
    ['SPEC\u20130042', 'SPEC-0042'],
    ['Spec #42', 'SPEC-42'],
  ])('%s is read as %s, with a warning', (written, id) => {
    const doc = specWithId(written);
    expect(doc.id).toBe(id);
    expect(doc.idSource).toBe('header');
    expect(findings(doc)).toEqual([
      {
        severity: 'warning',
        rule: 'malformed-spec-id',
        message: `Spec ID "${written}" is not written like an id; read as ${id}`,
        file: 'spec.md',
        line: 3,
      },
    ]);
  });

  it.each([
    ['see the issue'],
    ['<img src=x onerror=alert(1)>'],
    ['SPEC'],
    ['???'],
  ])('%s is no id: ignored, with a warning', written => {
    const doc = specWithId(written);
    expect(doc.id).toBeUndefined();
    const [finding] = findings(doc);
    expect(finding).toMatchObject({
      severity: 'warning',
      rule: 'malformed-spec-id',
      file: 'spec.md',
      line: 3,
    });
    expect(finding.message).toMatch(/is not an id \(like SPEC-0042/);
  });

  it('falls back to the id of the directory name', () => {
    const doc = specWithId('see the issue', 'specs/007-widget-cache');
    expect(doc.id).toBe('SPEC-007');
    expect(doc.idSource).toBe('derived');
    expect(findings(doc)).toHaveLength(1);
  });

  it('says nothing about placeholders and empty values', () => {
    for (const written of ['[SPEC-XXXX]', 'TBD', 'N/A', '']) {
      expect(readSpecId(written).problem).toBeUndefined();
    }
  });

  it('checks front matter ids too', () => {
    const doc = parseMarkdown(
      '---\nid: SPEC 0042\n---\n# Spec: Widget cache\n\n**Status**: Draft\n',
    );
    expect(doc.id).toBe('SPEC-0042');
    expect(findings(doc)).toEqual([
      expect.objectContaining({ file: 'spec.md' }),
    ]);
  });
});
