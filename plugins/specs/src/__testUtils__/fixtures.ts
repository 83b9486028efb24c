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

import { Entity } from '@backstage/catalog-model';
import type { SpecDocumentResponse } from '@specstage/plugin-specs-common';

/** A Spec entity as the catalog module emits it, for tests. */
export const specEntity: Entity = {
  apiVersion: 'specstage.io/v1alpha1',
  kind: 'Spec',
  metadata: {
    name: 'spec-0042-workload-identity-federation-1a2b3c4d',
    namespace: 'default',
    title: 'Workload Identity Federation',
    description: 'Short-lived cloud credentials for every workload.',
    tags: ['platform-capability', 'in-progress'],
    links: [
      {
        url: 'https://github.com/specstage/specstage/issues/118',
        title: 'Issue #118',
        type: 'issue',
      },
      {
        url: 'https://github.com/specstage/specstage/pull/120',
        title: 'PR #120',
        type: 'pull-request',
      },
    ],
    annotations: {
      'backstage.io/view-url':
        'https://github.com/specstage/specstage/blob/main/examples/specs/SPEC-0042.md',
      'backstage.io/edit-url':
        'https://github.com/specstage/specstage/edit/main/examples/specs/SPEC-0042.md',
      'backstage.io/source-location':
        'url:https://github.com/specstage/specstage/tree/main/examples/specs/',
    },
  },
  spec: {
    specId: 'SPEC-0042',
    format: 'cnref',
    type: 'platform-capability',
    status: { raw: 'In Progress', value: 'in-progress', stale: false },
    owner: 'group:default/security-team',
    components: ['component:default/identity-broker'],
    created: '2026-09-14',
    updated: '2026-10-06',
    template: false,
    counts: {
      userStories: 3,
      requirements: 6,
      successCriteria: 4,
      tasks: { done: 5, partial: 1, total: 9 },
      review: { checked: 3, total: 6 },
      openClarifications: 2,
    },
    phases: [
      { title: 'Phase 1: Broker', done: 4, partial: 0, total: 4 },
      { title: 'Phase 2: Rollout', done: 1, partial: 1, total: 5 },
    ],
    review: [
      { persona: 'Platform Engineer', checked: 2, total: 3 },
      { persona: 'Security & Compliance', checked: 1, total: 3 },
    ],
    diagnostics: { errors: 0, warnings: 1, infos: 0 },
    files: ['SPEC-0042-workload-identity-federation.md'],
    progress: {
      percent: 55,
      order: '055',
      currentPhase: 'Phase 2: Rollout',
      nextTask: {
        id: 'Task 2.2',
        text: 'Audit events to the `SIEM`',
        state: 'partial',
      },
    },
  },
  relations: [
    { type: 'ownedBy', targetRef: 'group:default/security-team' },
    { type: 'specifies', targetRef: 'component:default/identity-broker' },
  ],
};

const FILE = 'SPEC-0042-workload-identity-federation.md';
const pos = (line: number) => ({ file: FILE, line });

/** The document the specs backend serves for {@link specEntity}. */
export const specDocument: SpecDocumentResponse = {
  entityRef: 'spec:default/spec-0042-workload-identity-federation-1a2b3c4d',
  files: [
    {
      path: FILE,
      role: 'spec',
      markdown: [
        '# Spec: Workload Identity Federation',
        '',
        '## Summary',
        '',
        'Short-lived cloud credentials for every workload.',
        '',
        '## Architecture',
        '',
        '![Overview](img/overview.png)',
        '',
        '```yaml',
        'audience: sts.amazonaws.com',
        '```',
      ].join('\n'),
    },
  ],
  document: {
    id: 'SPEC-0042',
    title: 'Workload Identity Federation',
    format: 'cnref',
    status: { raw: 'In Progress', value: 'in-progress', stale: false },
    type: 'platform-capability',
    authors: ['Bob Nguyen'],
    owner: 'group:default/security-team',
    created: '2026-09-14',
    updated: '2026-10-06',
    links: {
      issue: 'https://github.com/specstage/specstage/issues/118',
      prs: ['#120'],
      relatedSpecs: [],
      adrs: [],
      other: [],
    },
    summary: 'Short-lived cloud credentials for every workload.',
    userStories: [
      {
        ...pos(30),
        id: 'US-1',
        title: 'Keyless access to cloud resources',
        priority: 'P1',
        acceptanceScenarios: [
          'Given a pod, When the SDK starts, Then it gets credentials',
        ],
      },
      {
        ...pos(40),
        id: 'US-2',
        title: 'Audit and revoke workload access',
        priority: 'P1',
        acceptanceScenarios: [],
      },
      {
        ...pos(50),
        id: 'US-3',
        title: 'Self-service onboarding',
        priority: 'P2',
        acceptanceScenarios: [],
      },
    ],
    requirements: [
      {
        ...pos(60),
        id: 'FR-001',
        kind: 'FR',
        level: 'MUST',
        text: 'Issue JWT-SVIDs with a maximum lifetime of 15 minutes.',
      },
      {
        ...pos(61),
        id: 'FR-002',
        kind: 'FR',
        level: 'MUST',
        text: 'Publish an OIDC discovery document.',
      },
      {
        ...pos(62),
        id: 'FR-005',
        kind: 'FR',
        level: 'SHOULD',
        text: 'Emit an audit event for every token issuance.',
      },
    ],
    successCriteria: [
      { ...pos(70), id: 'SC-001', text: 'Zero static AWS access keys remain.' },
      {
        ...pos(71),
        id: 'SC-002',
        text: 'Token exchange latency under 250 ms p99.',
        verified: true,
      },
    ],
    clarifications: {
      open: [
        {
          ...pos(55),
          text: 'are GCP projects in scope for v1, or only AWS accounts?',
        },
        { ...pos(63), text: 'rotate every 30 days or every 90 days?' },
      ],
      resolved: [
        {
          ...pos(200),
          id: 'CL-1',
          date: '2026-09-20',
          question: 'Which issuer URL?',
          answer: 'A dedicated public bucket.',
        },
      ],
    },
    phases: [
      {
        ...pos(100),
        id: '1',
        title: 'Phase 1: Broker',
        goal: 'Issue tokens from the broker.',
        exitCriteria: ['Tokens validate against the JWKS'],
        tasks: [
          {
            ...pos(101),
            id: 'Task 1.1',
            text: 'Add the JWT-SVID endpoint',
            state: 'done',
            cites: ['FR-001'],
          },
          {
            ...pos(102),
            id: 'Task 1.2',
            text: 'Publish discovery',
            state: 'done',
            cites: ['FR-002', 'US-1'],
          },
          {
            ...pos(103),
            id: 'Task 1.3',
            text: 'Sign with rotating keys',
            state: 'done',
            cites: [],
          },
          {
            ...pos(104),
            id: 'Task 1.4',
            text: 'Load test',
            state: 'done',
            cites: ['SC-002'],
          },
        ],
      },
      {
        ...pos(110),
        id: '2',
        title: 'Phase 2: Rollout',
        exitCriteria: [],
        tasks: [
          {
            ...pos(111),
            id: 'Task 2.1',
            text: 'Migrate orders',
            state: 'done',
            cites: [],
          },
          {
            ...pos(112),
            id: 'Task 2.2',
            text: 'Migrate billing',
            state: 'partial',
            cites: [],
          },
          {
            ...pos(113),
            id: 'Task 2.3',
            text: 'Remove keys',
            state: 'todo',
            cites: ['SC-001'],
          },
          {
            ...pos(114),
            id: 'Task 2.4',
            text: 'Audit events',
            state: 'todo',
            cites: [],
          },
          {
            ...pos(115),
            id: 'Task 2.5',
            text: 'Game day',
            state: 'todo',
            cites: [],
          },
        ],
      },
    ],
    review: [
      {
        ...pos(150),
        persona: 'Platform Engineer',
        items: [
          { ...pos(151), text: 'Broker capacity planned', checked: true },
          { ...pos(152), text: 'Rollout order agreed', checked: true },
          { ...pos(153), text: 'Runbook written', checked: false },
        ],
      },
      {
        ...pos(160),
        persona: 'Security & Compliance',
        items: [
          { ...pos(161), text: 'Threat model reviewed', checked: true },
          { ...pos(162), text: 'Audit events defined', checked: false },
          { ...pos(163), text: 'Key rotation approved', checked: false },
        ],
      },
    ],
    checklists: [],
    components: ['identity-broker'],
    tags: [],
    isSpec: true,
    isTemplate: false,
    diagnostics: [
      {
        severity: 'warning',
        rule: 'uncited-requirement',
        message: 'FR-005 is not cited by any task',
        file: FILE,
        line: 62,
      },
    ],
    files: [{ path: FILE, role: 'spec', links: ['img/overview.png'] }],
  },
};
