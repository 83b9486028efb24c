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
  discoverSpecs,
  shouldWalkDirectory,
  specSourcePaths,
} from './discoverSpecs';

const THREE_ARTIFACTS = [
  'docs/specs/README.md',
  'docs/specs/PHASED.md',
  'docs/specs/constitution.md',
  'docs/specs/008-app-wizard-self-service-ui/spec.md',
  'docs/specs/008-app-wizard-self-service-ui/plan.md',
  'docs/specs/008-app-wizard-self-service-ui/clarifications.md',
  'docs/specs/008-app-wizard-self-service-ui/phases/1-create-flow/plan.md',
  'docs/specs/008-app-wizard-self-service-ui/phases/2-day2-operations/plan.md',
  'docs/specs/008-app-wizard-self-service-ui/phases/10-later/plan.md',
  'docs/specs/done/2026-Q3/012-kvstore/VERIFICATION.md',
  'docs/specs/done/2026-Q3/012-kvstore/spec.md',
  'docs/specs/done/2026-Q3/012-kvstore/SUMMARY.md',
  'docs/specs/templates/spec.md',
  'docs/specs/templates/plan.md',
  'docs/specs/templates/SUMMARY.md',
];

describe('discoverSpecs', () => {
  it('groups directory specs and skips non-spec markdown and templates', () => {
    expect(discoverSpecs(THREE_ARTIFACTS)).toEqual([
      {
        root: 'docs/specs/008-app-wizard-self-service-ui',
        layout: 'directory',
        files: [
          'docs/specs/008-app-wizard-self-service-ui/spec.md',
          'docs/specs/008-app-wizard-self-service-ui/clarifications.md',
          'docs/specs/008-app-wizard-self-service-ui/phases/1-create-flow/plan.md',
          'docs/specs/008-app-wizard-self-service-ui/phases/2-day2-operations/plan.md',
          'docs/specs/008-app-wizard-self-service-ui/phases/10-later/plan.md',
          'docs/specs/008-app-wizard-self-service-ui/plan.md',
        ],
        template: false,
      },
      {
        root: 'docs/specs/done/2026-Q3/012-kvstore',
        layout: 'directory',
        files: [
          'docs/specs/done/2026-Q3/012-kvstore/spec.md',
          'docs/specs/done/2026-Q3/012-kvstore/SUMMARY.md',
          'docs/specs/done/2026-Q3/012-kvstore/VERIFICATION.md',
        ],
        template: false,
      },
    ]);
  });

  it('returns templates when asked', () => {
    const found = discoverSpecs(THREE_ARTIFACTS, { includeTemplates: true });
    expect(
      found.map(c => [c.root, c.layout, c.template, c.files.length]),
    ).toEqual([
      ['docs/specs/008-app-wizard-self-service-ui', 'directory', false, 6],
      ['docs/specs/done/2026-Q3/012-kvstore', 'directory', false, 3],
      ['docs/specs/templates', 'directory', true, 3],
    ]);
  });

  it('finds single-file specs by name', () => {
    const paths = [
      'docs/specs/README.md',
      'docs/specs/constitution.md',
      'docs/specs/completed/0000-#0-eks-pod-identity-composition.md',
      'docs/specs/007-foo.md',
      'docs/specs/spec-bar.md',
      'docs/specs/notes.md',
      'docs/specs/diagram.png',
      'docs/specs/templates/spec-platform-capability.md',
      'docs/specs/templates/spec-security.md',
      'docs/decisions/0002-eks-pod-identity-over-irsa.md',
      'node_modules/pkg/001-x.md',
    ];
    expect(
      discoverSpecs(paths, { includeTemplates: true }).map(c => [
        c.root,
        c.layout,
        c.template,
      ]),
    ).toEqual([
      ['docs/specs/007-foo.md', 'file', false],
      [
        'docs/specs/completed/0000-#0-eks-pod-identity-composition.md',
        'file',
        false,
      ],
      ['docs/specs/spec-bar.md', 'file', false],
      ['docs/specs/templates/spec-platform-capability.md', 'file', true],
      ['docs/specs/templates/spec-security.md', 'file', true],
    ]);
  });

  it('finds spec-kit features and their artifacts', () => {
    const paths = [
      '.specify/memory/constitution.md',
      '.specify/templates/spec-template.md',
      '.specify/templates/plan-template.md',
      'specs/001-photo-albums/spec.md',
      'specs/001-photo-albums/plan.md',
      'specs/001-photo-albums/tasks.md',
      'specs/001-photo-albums/research.md',
      'specs/001-photo-albums/data-model.md',
      'specs/001-photo-albums/quickstart.md',
      'specs/001-photo-albums/contracts/api.md',
      'specs/001-photo-albums/contracts/api.yaml',
      'specs/001-photo-albums/checklists/requirements.md',
    ];
    expect(discoverSpecs(paths)).toEqual([
      {
        root: 'specs/001-photo-albums',
        layout: 'directory',
        files: [
          'specs/001-photo-albums/spec.md',
          'specs/001-photo-albums/checklists/requirements.md',
          'specs/001-photo-albums/contracts/api.md',
          'specs/001-photo-albums/data-model.md',
          'specs/001-photo-albums/plan.md',
          'specs/001-photo-albums/quickstart.md',
          'specs/001-photo-albums/research.md',
          'specs/001-photo-albums/tasks.md',
        ],
        template: false,
      },
    ]);
    expect(
      discoverSpecs(paths, { includeTemplates: true }).map(c => c.root),
    ).toEqual([
      '.specify/templates/spec-template.md',
      'specs/001-photo-albums',
    ]);
  });

  it('finds spec-kit feature directories that have no spec.md', () => {
    const found = discoverSpecs([
      'specs/003-aikit-generalize/tasks.md',
      'specs/003-aikit-generalize/plan.md',
      'specs/003-aikit-generalize/research.md',
      'specs/1-add-hello-world-page/tasks.md',
      '.specify/specs/feature/002-enhancements/plan.md',
      // Research alone is no spec; nor is a plain folder under specs/.
      'specs/004-spike/research.md',
      'specs/notes/tasks.md',
      // A phase plan belongs to its spec, it is no spec of its own.
      'docs/specs/008-wizard/spec.md',
      'docs/specs/008-wizard/phases/1-create-flow/plan.md',
    ]);
    expect(found.map(c => [c.root, c.layout, c.files])).toEqual([
      [
        '.specify/specs/feature/002-enhancements',
        'directory',
        ['.specify/specs/feature/002-enhancements/plan.md'],
      ],
      [
        'docs/specs/008-wizard',
        'directory',
        [
          'docs/specs/008-wizard/spec.md',
          'docs/specs/008-wizard/phases/1-create-flow/plan.md',
        ],
      ],
      [
        'specs/1-add-hello-world-page',
        'directory',
        ['specs/1-add-hello-world-page/tasks.md'],
      ],
      [
        'specs/003-aikit-generalize',
        'directory',
        [
          'specs/003-aikit-generalize/plan.md',
          'specs/003-aikit-generalize/research.md',
          'specs/003-aikit-generalize/tasks.md',
        ],
      ],
    ]);
  });

  it('normalizes paths and tolerates odd input', () => {
    expect(
      discoverSpecs(['.\\specs\\001-x\\spec.md', './specs/001-x/plan.md']),
    ).toEqual([
      {
        root: 'specs/001-x',
        layout: 'directory',
        files: ['.\\specs\\001-x\\spec.md', './specs/001-x/plan.md'],
        template: false,
      },
    ]);
    expect(discoverSpecs(['spec.md', 'plan.md'])[0].root).toBe('.');
    expect(discoverSpecs([])).toEqual([]);
    expect(discoverSpecs([undefined as any, 3 as any])).toEqual([]);
  });
});

describe('specSourcePaths', () => {
  it('gives paths relative to the spec and its location in the tree', () => {
    const [dir, file] = discoverSpecs([
      'docs/specs/001-a/spec.md',
      'docs/specs/001-a/phases/1-x/plan.md',
      'docs/specs/002-b.md',
    ]);
    expect(specSourcePaths(dir)).toEqual({
      location: 'docs/specs/001-a',
      files: [
        { treePath: 'docs/specs/001-a/spec.md', specPath: 'spec.md' },
        {
          treePath: 'docs/specs/001-a/phases/1-x/plan.md',
          specPath: 'phases/1-x/plan.md',
        },
      ],
    });
    expect(specSourcePaths(file)).toEqual({
      location: 'docs/specs/002-b.md',
      files: [{ treePath: 'docs/specs/002-b.md', specPath: '002-b.md' }],
    });
  });

  it('has no location when the spec directory is the tree root', () => {
    expect(specSourcePaths(discoverSpecs(['spec.md', 'plan.md'])[0])).toEqual({
      location: undefined,
      files: [
        { treePath: 'spec.md', specPath: 'spec.md' },
        { treePath: 'plan.md', specPath: 'plan.md' },
      ],
    });
  });
});

describe('OpenSpec and Kiro trees', () => {
  it('makes a change one spec that owns its delta specs, archived ones too', () => {
    const candidates = discoverSpecs([
      'openspec/project.md',
      'openspec/AGENTS.md',
      'openspec/specs/cli-list/spec.md',
      'openspec/changes/add-x/proposal.md',
      'openspec/changes/add-x/tasks.md',
      'openspec/changes/add-x/design.md',
      'openspec/changes/add-x/specs/cli-list/spec.md',
      'openspec/changes/add-x/specs/cli-new/spec.md',
      'openspec/changes/archive/2025-01-13-add-y/proposal.md',
      'openspec/changes/archive/2025-01-13-add-y/specs/cli-list/spec.md',
    ]);
    expect(candidates.map(c => [c.root, c.files.length])).toEqual([
      ['openspec/changes/add-x', 5],
      ['openspec/changes/archive/2025-01-13-add-y', 2],
      ['openspec/specs/cli-list', 1],
    ]);
  });

  it('looks into .kiro and .specify but no other dot folder', () => {
    const candidates = discoverSpecs([
      '.kiro/specs/login/requirements.md',
      '.kiro/specs/login/design.md',
      '.kiro/specs/login/tasks.md',
      '.kiro/steering/product.md',
      '.specify/specs/feature/002-x/spec.md',
      '.github/specs/001-prompt/spec.md',
      '.claude/commands/007-spec.md',
      'web/.cache/specs/003-y/tasks.md',
    ]);
    expect(candidates.map(c => [c.root, c.files.length])).toEqual([
      ['.kiro/specs/login', 3],
      ['.specify/specs/feature/002-x', 1],
    ]);
  });

  it('walks the same directories everywhere', () => {
    expect(
      ['.kiro', '.specify', '.git', '.github', 'node_modules', 'docs'].map(
        shouldWalkDirectory,
      ),
    ).toEqual([true, true, false, false, false, true]);
  });
});
