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

import { parseMarkdown, SPEC_HEADER } from '../__testUtils__/fixtures';

const parse = parseMarkdown;
const HEADER = SPEC_HEADER;

describe('parseSpec: header, status and tables', () => {
  it('reads header fields in both bold styles, with annotations and comments', () => {
    const doc = parse(`# Spec: Widget cache

**Spec ID:** SPEC-0042
**Status**: ✅ In Review (waiting for SRE) <!-- set by /spec -->
**Owner**: team-platform
**Author**: Ada Lovelace, Grace Hopper
**Created**: 2026-01-02 (initial draft)
**Last Updated**: not yet
**GitHub Issue**: [#12](https://github.com/acme/repo/issues/12)
**Components**: \`component:default/widget\`, cache-service

## User Stories

### US-1: Cache widgets (Priority: P1)
`);
    expect(doc.id).toBe('SPEC-0042');
    expect(doc.status).toEqual({
      raw: '✅ In Review (waiting for SRE)',
      value: 'in-review',
      stale: false,
    });
    expect(doc.owner).toBe('team-platform');
    expect(doc.authors).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(doc.created).toBe('2026-01-02');
    expect(doc.createdRaw).toBe('2026-01-02 (initial draft)');
    expect(doc.updated).toBeUndefined();
    expect(doc.updatedRaw).toBe('not yet');
    expect(doc.links.issue).toBe('https://github.com/acme/repo/issues/12');
    expect(doc.components).toEqual([
      'component:default/widget',
      'cache-service',
    ]);
  });

  it('lets YAML front matter win over the body', () => {
    const doc = parse(`---
id: SPEC-0100
title: From front matter
status: approved
owner: group:default/platform
components: [component:default/a, component:default/b]
tags:
  - cache
  - valkey
---
${HEADER}`);
    expect(doc.id).toBe('SPEC-0100');
    expect(doc.idSource).toBe('front-matter');
    expect(doc.title).toBe('From front matter');
    expect(doc.status.value).toBe('approved');
    expect(doc.owner).toBe('group:default/platform');
    expect(doc.components).toEqual([
      'component:default/a',
      'component:default/b',
    ]);
    expect(doc.tags).toEqual(['cache', 'valkey']);
    expect(doc.frontMatter).toMatchObject({ id: 'SPEC-0100' });
    // Line numbers count the front matter lines.
    expect(doc.requirements).toEqual([]);
  });

  it('reports broken front matter and keeps parsing', () => {
    const doc = parse(`---\nid: [unclosed\n---\n${HEADER}`);
    expect(doc.id).toBe('SPEC-0042');
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({
        rule: 'invalid-front-matter',
        severity: 'warning',
      }),
    );
  });

  it('normalizes status values', () => {
    const cases: Array<[string, string]> = [
      ['Draft', 'draft'],
      ['in review', 'in-review'],
      ['In-Review', 'in-review'],
      ['Approved ✅', 'approved'],
      ['🚧 In Progress', 'in-progress'],
      ['implementing', 'in-progress'],
      ['Implemented', 'implemented'],
      ['Complete', 'done'],
      ['completed', 'done'],
      ['✅ Done', 'done'],
      ['Deprecated', 'deprecated'],
      ['Superseded by SPEC-0100', 'superseded'],
      ['draft | in-review | approved', 'unknown'],
      ['banana', 'unknown'],
    ];
    for (const [raw, value] of cases) {
      expect([
        raw,
        parse(`# Spec: X\n\n**Status**: ${raw}\n`).status.value,
      ]).toEqual([raw, value]);
    }
  });

  it('marks a draft whose tasks are all done as stale', () => {
    const doc = parse(`${HEADER}
## Tasks

- [x] T001 one
- [x] T002 two
`);
    expect(doc.status).toEqual({
      raw: 'Draft',
      value: 'draft',
      stale: true,
      staleReason: 'All 2 tasks are done but the status is "Draft"',
    });
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({
        rule: 'stale-status',
        severity: 'warning',
        line: 4,
      }),
    );
  });

  it('marks an unfinished spec in a done/ or completed/ folder as stale', () => {
    expect(
      parse(HEADER, 'spec.md', 'docs/specs/done/2026-Q1/0042-x').status.stale,
    ).toBe(true);
    expect(
      parse(HEADER, 'x.md', 'docs/specs/completed/0042-x.md').status.stale,
    ).toBe(true);
    expect(parse(HEADER, 'spec.md', 'docs/specs/0042-x').status.stale).toBe(
      false,
    );
    expect(
      parse(
        HEADER.replace('Draft', 'Done'),
        'spec.md',
        'docs/specs/done/0042-x',
      ).status.stale,
    ).toBe(false);
  });

  it('derives an id from a numbered name when none is written', () => {
    expect(
      parse('# Spec: X\n\n**Status**: draft\n', 'spec.md', 'specs/007-thing')
        .id,
    ).toBe('SPEC-007');
    expect(
      parse('# Spec: X\n\n**Status**: draft\n', '0042-#3-thing.md').id,
    ).toBe('SPEC-0042');
    expect(parse('# Spec: X\n\n**ID**: #0\n').id).toBe('#0');
  });

  it('reads the success metrics table and the components table', () => {
    const doc = parse(`${HEADER}
### Components Affected

| Component | Type |
|-----------|------|
| \`cache-service\` | Kubernetes |
| **Flux** | GitOps |

## Success Metrics

| Metric | Target |
|--------|--------|
| Hit rate | > 90% |
`);
    expect(doc.components).toEqual(['cache-service', 'Flux']);
    expect(doc.successMetrics).toEqual({
      headers: ['Metric', 'Target'],
      rows: [['Hit rate', '> 90%']],
    });
  });
});
