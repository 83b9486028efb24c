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
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { parseSpec, summarizeSpec } from '@specstage/plugin-specs-common';
import fs from 'node:fs';
import path from 'node:path';
import { createSpecAction } from './createSpec';

/** When set, the next read-back of a written spec gets these diagnostics. */
let mockDiagnostics: object[] | undefined;
jest.mock('./specTree', () => {
  const actual = jest.requireActual('./specTree');
  return {
    ...actual,
    parseSpecAt: async (...args: any[]) => {
      const doc = await actual.parseSpecAt(...args);
      if (!mockDiagnostics) return doc;
      const diagnostics = mockDiagnostics;
      mockDiagnostics = undefined;
      return { ...doc, diagnostics };
    },
  };
});

const NOW = () => new Date('2026-10-12T09:30:00Z');

const input = {
  title: 'Valkey cache composition',
  type: 'platform',
  owner: 'group:default/platform-team',
  components: ['valkey-composition', 'component:default/crossplane'],
  summary: 'Offer a Valkey cache as a self-service Crossplane composition.',
  priority: 'P1',
  author: 'Alice Martin',
  issueUrl: 'https://github.com/acme/platform/issues/1234',
  targetDir: 'docs/specs',
};

function specEntity(
  name: string,
  specId: string,
  source: string,
  root = `${source}/${name}`,
): Entity {
  return {
    apiVersion: 'specstage.io/v1alpha1',
    kind: 'Spec',
    metadata: {
      name,
      annotations: {
        'backstage.io/managed-by-location': `specstage:${source}`,
        'specstage.io/spec-root': root,
      },
    },
    spec: { specId },
  };
}

const seedSpec = (id: string, title = 'Existing') =>
  `# Spec: ${title}\n\n**Spec ID**: ${id}\n**Status**: Draft\n\n## Motivation\n\n- **FR-001**: It MUST work\n`;

/** Parses a written spec (file or directory) the way the catalog does. */
function parseWritten(root: string, rel: string) {
  const abs = path.join(root, rel);
  if (fs.statSync(abs).isDirectory()) {
    const files = fs.readdirSync(abs).map(f => ({
      path: f,
      content: fs.readFileSync(path.join(abs, f), 'utf8'),
    }));
    return parseSpec(files, { location: rel });
  }
  return parseSpec(
    [{ path: path.basename(rel), content: fs.readFileSync(abs, 'utf8') }],
    { location: rel },
  );
}

describe('specs:create', () => {
  const workspace = createMockDirectory();
  const local = createMockDirectory();
  const outside = createMockDirectory();

  beforeEach(() => {
    workspace.clear();
    local.clear();
    outside.clear();
  });

  const makeAction = (
    entities: Entity[] = [],
    configData: object = {},
    catalog = catalogServiceMock({ entities }),
  ) =>
    createSpecAction({
      config: mockServices.rootConfig({ data: configData }),
      catalog,
      now: NOW,
    });

  const run = async (
    action: ReturnType<typeof createSpecAction>,
    actionInput: object,
    extra: object = {},
  ) => {
    const ctx = createMockActionContext({
      input: actionInput as any,
      workspacePath: workspace.path,
    });
    // createMockActionContext does not take isDryRun.
    Object.assign(ctx, extra);
    await action.handler(ctx as any);
    const outputs = Object.fromEntries(
      (ctx.output as jest.Mock).mock.calls.map(([k, v]) => [k, v]),
    );
    return outputs;
  };

  it('writes a single-file spec in the seed format that parses with zero errors', async () => {
    const out = await run(makeAction(), input);
    expect(out.specId).toBe('SPEC-0001');
    expect(out.path).toBe('docs/specs/SPEC-0001-valkey-cache-composition.md');

    const text = fs.readFileSync(workspace.resolve(out.path), 'utf8');
    expect(text).toContain('# Spec: Valkey cache composition');
    expect(text).toContain('**Spec ID**: SPEC-0001');
    expect(text).toContain(
      '**GitHub Issue**: [#1234](https://github.com/acme/platform/issues/1234)',
    );
    expect(text).toContain('**Created**: 2026-10-12');
    expect(text).toContain(
      '#### User Story 1 - Valkey cache composition (Priority: P1)',
    );

    const doc = parseWritten(workspace.path, out.path);
    expect(doc.diagnostics.filter(d => d.severity === 'error')).toEqual([]);
    expect(doc).toMatchObject({
      id: 'SPEC-0001',
      title: 'Valkey cache composition',
      status: { value: 'draft', stale: false },
      type: 'platform',
      owner: 'group:default/platform-team',
      authors: ['Alice Martin'],
      created: '2026-10-12',
      summary: 'Offer a Valkey cache as a self-service Crossplane composition.',
      components: [
        'component:default/valkey-composition',
        'component:default/crossplane',
      ],
      links: { issue: 'https://github.com/acme/platform/issues/1234' },
      isSpec: true,
      isTemplate: false,
    });
    // Seed shape: phases with Task N.M boxes and the four review personas.
    expect(doc.phases.map(p => p.id)).toEqual(['1', '2']);
    expect(doc.review.map(r => r.persona)).toEqual([
      'Project Manager (PM)',
      'Platform Engineer',
      'Security & Compliance',
      'SRE',
    ]);
    expect(doc.userStories[0]).toMatchObject({ id: 'US-1', priority: 'P1' });
    // A fresh spec has no warnings either.
    expect(doc.diagnostics.filter(d => d.severity === 'warning')).toEqual([]);
    // What is left to write counts as template sections, not as open
    // questions: one new spec took /specs' "Open questions" from 5 to 15.
    const counts = summarizeSpec(doc);
    expect(counts.openClarifications).toBe(0);
    expect(counts.templatePrompts).toBeGreaterThan(0);
  });

  it('writes a spec directory with spec.md, plan.md and clarifications.md', async () => {
    const out = await run(makeAction(), {
      ...input,
      layout: 'directory',
      type: 'security',
    });
    expect(out.path).toBe('docs/specs/0001-valkey-cache-composition');
    expect(fs.readdirSync(workspace.resolve(out.path)).sort()).toEqual([
      'clarifications.md',
      'plan.md',
      'spec.md',
    ]);
    const doc = parseWritten(workspace.path, out.path);
    expect(doc.diagnostics.filter(d => d.severity !== 'info')).toEqual([]);
    expect(doc.id).toBe('SPEC-0001');
    expect(doc.files.map(f => f.role)).toEqual([
      'spec',
      'plan',
      'clarifications',
    ]);
    expect(doc.phases).toHaveLength(2);
    expect(doc.review).toHaveLength(4);
    // The typed variant: security specs define a security requirement.
    expect(doc.requirements.map(r => r.id)).toEqual(['FR-001', 'SR-001']);
  });

  it('takes the next number after the catalog specs of the same repository and the tree, gaps and duplicates included', async () => {
    const repo = 'url:https://github.com/acme/platform';
    const entities = [
      specEntity('a', 'SPEC-0003', `${repo}/tree/main/docs/specs`),
      specEntity('b', 'SPEC-0010', `${repo}/tree/main/docs/specs`),
      specEntity('c', 'SPEC-0010', `${repo}/tree/main/docs/specs`), // duplicate
      specEntity('d', 'SPEC-0007', `${repo}/tree/main/docs/other`),
      // Another repository: does not count with repoUrl.
      specEntity(
        'e',
        'SPEC-0099',
        'url:https://github.com/acme/other/tree/main',
      ),
      // Same prefix, different repository name.
      specEntity(
        'f',
        'SPEC-0098',
        'url:https://github.com/acme/platform-x/tree/main',
      ),
    ];
    workspace.setContent({
      'docs/specs/0011-old/spec.md': seedSpec('SPEC-0011'),
      'docs/specs/spec-dup-one.md': seedSpec('SPEC-0012'),
      'docs/specs/spec-dup-two.md': seedSpec('SPEC-0012'), // duplicate
      'docs/specs/templates/spec-template.md': seedSpec('SPEC-0500'), // a template
      'docs/decisions/0600-adr.md': seedSpec('SPEC-0600'), // an ADR
    });
    const out = await run(makeAction(entities), {
      ...input,
      repoUrl: 'github.com?owner=acme&repo=platform',
    });
    expect(out.specId).toBe('SPEC-0013');
    expect(out.entityRefHint).toMatch(
      /^spec:default\/spec-0013-valkey-cache-composition$/,
    );

    // Without a repository every Spec of the catalog counts.
    workspace.clear();
    const all = await run(makeAction(entities), input);
    expect(all.specId).toBe('SPEC-0100');
  });

  it('keeps 4-digit padding and counts the catalog when the tree is empty', async () => {
    const out = await run(
      makeAction([specEntity('a', 'SPEC-0044', 'file:/srv/specs')]),
      input,
    );
    expect(out.specId).toBe('SPEC-0045');
    const big = await run(
      makeAction([specEntity('a', 'SPEC-12345', 'file:/srv/specs')]),
      { ...input, title: 'Another one' },
    );
    expect(big.specId).toBe('SPEC-12346');
  });

  it.each([
    [{ ...input, title: '' }, /title: .*at least 3/],
    [
      { ...input, title: 'Two\nlines' },
      /title: must be a single, non-empty line/,
    ],
    [
      { ...input, owner: 'group:default/Not A Name' },
      /owner: "group:default\/Not A Name" is not an entity ref/,
    ],
    [
      { ...input, components: ['ok', 'a:b:c/d'] },
      /components\.1: "a:b:c\/d" is not an entity ref/,
    ],
    [
      { ...input, type: 'Platform Capability' },
      /type: must be a lower-case word/,
    ],
    [{ ...input, summary: undefined }, /summary: Required/],
    [
      { ...input, issueUrl: 'ftp://example.com/issue/1' },
      /issueUrl: must be an http\(s\) URL/,
    ],
    [
      { ...input, targetDir: '../elsewhere' },
      /targetDir: must be a relative path without "\.\." segments/,
    ],
    [{ ...input, targetDir: '/etc' }, /targetDir: must be a relative path/],
    [{ ...input, layout: 'folder' }, /layout: Invalid enum value/],
  ])(
    'rejects invalid input with a clear message (%#)',
    async (bad, message) => {
      const error = run(makeAction(), bad);
      await expect(error).rejects.toThrow(/^Invalid input for specs:create: /);
      await expect(run(makeAction(), bad)).rejects.toThrow(message);
      expect(fs.existsSync(workspace.resolve('docs'))).toBe(false);
    },
  );

  it('fails with the error-level diagnostics when what it wrote does not parse cleanly', async () => {
    // The skeletons always parse; simulate a parser that disagrees.
    mockDiagnostics = [
      {
        severity: 'error',
        rule: 'not-a-spec',
        message: 'Not a spec',
        file: 'x.md',
        line: 3,
      },
      { severity: 'warning', rule: 'placeholder', message: 'ignored' },
    ];
    await expect(run(makeAction(), input)).rejects.toThrow(
      'The spec written to docs/specs/SPEC-0001-valkey-cache-composition.md does not parse cleanly:\n- x.md:3: Not a spec [not-a-spec]',
    );
  });

  it('refuses to overwrite an existing spec', async () => {
    workspace.setContent({
      'docs/specs/SPEC-0001-valkey-cache-composition.md': 'not a spec',
    });
    await expect(run(makeAction(), input)).rejects.toThrow(/already exists/);
  });

  it('writes into the workspace on a dry run, even when the catalog is unavailable', async () => {
    workspace.setContent({ 'docs/specs/spec-a.md': seedSpec('SPEC-0020') });
    const catalog = catalogServiceMock.mock({
      getEntities: jest.fn().mockRejectedValue(new Error('no credentials')),
    });
    const action = makeAction([], {}, catalog);
    const out = await run(action, input, { isDryRun: true });
    expect(out.specId).toBe('SPEC-0021');
    expect(fs.existsSync(workspace.resolve(out.path))).toBe(true);
    // A real run does not hide a catalog failure.
    await expect(run(action, { ...input, title: 'Other' })).rejects.toThrow(
      'no credentials',
    );
  });

  describe('publishTo: local', () => {
    const config = () => ({
      specs: { scaffolder: { localTargetDir: local.path } },
    });

    it('copies the spec into the configured directory and numbers after its specs', async () => {
      local.setContent({
        'SPEC-0042-x.md': seedSpec('SPEC-0042'),
        '0044-y/spec.md': seedSpec('SPEC-0044'),
      });
      const entities = [
        specEntity('a', 'SPEC-0043', `file:${local.path}`),
        specEntity(
          'b',
          'SPEC-0300',
          'url:https://github.com/acme/other/tree/main',
        ),
      ];
      const out = await run(makeAction(entities, config()), {
        ...input,
        layout: 'directory',
        targetDir: '.',
        publishTo: 'local',
      });
      expect(out.specId).toBe('SPEC-0045');
      expect(out.path).toBe('0045-valkey-cache-composition');
      expect(out.localPath).toBe(
        local.resolve('0045-valkey-cache-composition'),
      );
      expect(fs.readdirSync(out.localPath).sort()).toEqual([
        'clarifications.md',
        'plan.md',
        'spec.md',
      ]);
      expect(out.entityRefHint).toMatch(
        /^spec:default\/spec-0045-valkey-cache-composition$/,
      );
      const doc = parseWritten(local.path, out.path);
      expect(doc.diagnostics.filter(d => d.severity === 'error')).toEqual([]);
      expect(doc.id).toBe('SPEC-0045');
    });

    it('does not copy on a dry run', async () => {
      const out = await run(
        makeAction([], config()),
        { ...input, targetDir: '.', publishTo: 'local' },
        { isDryRun: true },
      );
      expect(fs.existsSync(workspace.resolve(out.path))).toBe(true);
      expect(fs.readdirSync(local.path)).toEqual([]);
    });

    it('is refused without the config key', async () => {
      await expect(
        run(makeAction(), { ...input, publishTo: 'local' }),
      ).rejects.toThrow(
        'publishTo: local needs specs.scaffolder.localTargetDir in the app config',
      );
    });

    it('never writes outside the configured directory', async () => {
      await expect(
        run(makeAction([], config()), {
          ...input,
          targetDir: 'a/../../escape',
          publishTo: 'local',
        }),
      ).rejects.toThrow(/targetDir: must be a relative path/);

      // A symlink inside the directory that leads out of it.
      local.setContent({
        link: ({ symlink }) => symlink(outside.path),
      });
      await expect(
        run(makeAction([], config()), {
          ...input,
          targetDir: 'link/specs',
          publishTo: 'local',
        }),
      ).rejects.toThrow(
        'link/specs leads outside specs.scaffolder.localTargetDir',
      );
      expect(fs.readdirSync(outside.path)).toEqual([]);
    });
  });
});
