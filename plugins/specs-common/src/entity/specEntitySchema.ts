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

import { SPEC_STATUS_VALUES } from '../model';
import { SPEC_ENTITY_API_VERSION, SPEC_ENTITY_KIND } from './SpecEntity';

const count = { type: 'integer', minimum: 0 } as const;

/**
 * JSON schema (draft-07) of the `spec` field of Spec entities; it matches
 * {@link SpecEntitySpec} exactly.
 *
 * @public
 */
export const specEntitySpecSchema = {
  type: 'object',
  required: [
    'status',
    'counts',
    'template',
    'components',
    'phases',
    'review',
    'diagnostics',
    'files',
  ],
  additionalProperties: false,
  properties: {
    specId: {
      type: 'string',
      description: 'The spec id as written or derived, e.g. SPEC-0042.',
      minLength: 1,
    },
    type: {
      type: 'string',
      description:
        'The spec type, e.g. composition, infrastructure, security, platform.',
      minLength: 1,
    },
    format: {
      type: 'string',
      description:
        'The format profile that read the spec: cnref (the cloud-native-ref template family), spec-kit (GitHub spec-kit), openspec (OpenSpec) or kiro (Kiro).',
      minLength: 1,
    },
    openspec: {
      type: 'object',
      description:
        'OpenSpec documents: a capability spec or a change, the capabilities a change touches, and whether it is archived.',
      required: ['kind', 'name'],
      additionalProperties: false,
      properties: {
        kind: { type: 'string', enum: ['capability', 'change'] },
        name: { type: 'string', minLength: 1 },
        archived: { type: 'boolean' },
        capabilities: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
        },
      },
    },
    modifiesSpecs: {
      type: 'array',
      description:
        'Entity refs of the capability specs an OpenSpec change modifies (resolved by the catalog module).',
      items: { type: 'string', minLength: 1 },
    },
    sortKey: {
      type: 'string',
      description:
        'What lists sort specs by: the spec id, else the title (specs without an id must not drop out of sorted queries).',
      minLength: 1,
    },
    completed: {
      type: 'string',
      description:
        'ISO date (YYYY-MM-DD) the work was completed, when the tree says so (an archived OpenSpec change).',
      minLength: 1,
    },
    status: {
      type: 'object',
      required: ['value', 'stale'],
      additionalProperties: false,
      properties: {
        raw: { type: 'string', description: 'The status as written.' },
        value: {
          type: 'string',
          enum: SPEC_STATUS_VALUES,
          description: 'The normalized status.',
        },
        stale: {
          type: 'boolean',
          description:
            'True when the written status contradicts progress or location.',
        },
        staleReason: { type: 'string' },
      },
    },
    owner: {
      type: 'string',
      description: 'The owner named by the spec, if any.',
      minLength: 1,
    },
    components: {
      type: 'array',
      description: 'Names or entity refs of the components the spec names.',
      items: { type: 'string', minLength: 1 },
    },
    relatedSpecs: {
      type: 'array',
      description:
        'Entity refs of the Spec entities this spec references (SPEC ids resolved by the catalog module).',
      items: { type: 'string', minLength: 1 },
    },
    location: {
      type: 'string',
      description:
        "The spec's path inside its source tree (a directory or a file), as ingested.",
      minLength: 1,
    },
    created: {
      type: 'string',
      description: 'ISO date (YYYY-MM-DD).',
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    },
    updated: {
      type: 'string',
      description: 'ISO date (YYYY-MM-DD).',
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    },
    template: {
      type: 'boolean',
      description: 'True when the spec is mostly unfilled placeholders.',
    },
    counts: {
      type: 'object',
      required: [
        'userStories',
        'requirements',
        'successCriteria',
        'tasks',
        'review',
        'openClarifications',
      ],
      additionalProperties: false,
      properties: {
        userStories: count,
        requirements: count,
        successCriteria: count,
        tasks: {
          type: 'object',
          required: ['done', 'partial', 'total'],
          additionalProperties: false,
          properties: { done: count, partial: count, total: count },
        },
        review: {
          type: 'object',
          required: ['checked', 'total'],
          additionalProperties: false,
          properties: { checked: count, total: count },
        },
        openClarifications: count,
        templatePrompts: {
          ...count,
          description:
            'Unfilled [NEEDS CLARIFICATION] prompts of template sections, counted apart from open questions.',
        },
      },
    },
    phases: {
      type: 'array',
      items: {
        type: 'object',
        required: ['title', 'done', 'partial', 'total'],
        additionalProperties: false,
        properties: {
          title: { type: 'string' },
          done: count,
          partial: count,
          total: count,
        },
      },
    },
    review: {
      type: 'array',
      items: {
        type: 'object',
        required: ['persona', 'checked', 'total'],
        additionalProperties: false,
        properties: {
          persona: { type: 'string' },
          checked: count,
          total: count,
        },
      },
    },
    diagnostics: {
      type: 'object',
      required: ['errors', 'warnings', 'infos'],
      additionalProperties: false,
      properties: {
        errors: count,
        warnings: count,
        infos: count,
        errorMessages: {
          type: 'array',
          description:
            'The first error-level diagnostics, as "file:line: message".',
          maxItems: 20,
          items: { type: 'string' },
        },
      },
    },
    files: {
      type: 'array',
      description: 'Source files of the spec, relative to its root.',
      items: { type: 'string', minLength: 1 },
    },
    progress: {
      type: 'object',
      description:
        'Share of done tasks, the current phase and its next task, for lists and cards.',
      required: ['percent', 'order'],
      additionalProperties: false,
      properties: {
        percent: { type: 'integer', minimum: 0, maximum: 100 },
        order: {
          type: 'string',
          pattern: '^\\d{3}$',
          description: 'percent as three digits, for ordering by text',
        },
        currentPhase: { type: 'string' },
        nextTask: {
          type: 'object',
          required: ['text', 'state'],
          additionalProperties: false,
          properties: {
            id: { type: 'string' },
            text: { type: 'string' },
            state: { type: 'string', enum: ['todo', 'partial'] },
          },
        },
      },
    },
  },
} as const;

/**
 * JSON schema of the whole Spec entity in the style of Backstage's kind
 * schemas, usable with `entityKindSchemaValidator` from
 * `@backstage/catalog-model`.
 *
 * @public
 */
export const specEntityV1alpha1Schema = {
  $schema: 'http://json-schema.org/draft-07/schema',
  $id: 'SpecV1alpha1',
  description:
    'A Spec is a design-spec document (single file or spec directory) ingested from markdown.',
  examples: [
    {
      apiVersion: SPEC_ENTITY_API_VERSION,
      kind: SPEC_ENTITY_KIND,
      metadata: {
        name: 'spec-0000-eks-pod-identity',
        title: 'EKS Pod Identity Composition',
      },
      spec: {
        specId: 'SPEC-0000',
        type: 'composition',
        status: { raw: 'done', value: 'done', stale: false },
        components: [],
        created: '2024-01-15',
        template: false,
        counts: {
          userStories: 2,
          requirements: 5,
          successCriteria: 3,
          tasks: { done: 16, partial: 0, total: 16 },
          review: { checked: 17, total: 17 },
          openClarifications: 0,
        },
        phases: [
          { title: 'Phase 1: Implementation', done: 5, partial: 0, total: 5 },
        ],
        review: [{ persona: 'Project Manager', checked: 4, total: 4 }],
        diagnostics: { errors: 0, warnings: 0, infos: 0 },
        files: ['spec.md', 'plan.md'],
      },
    },
  ],
  allOf: [
    { $ref: 'Entity' },
    {
      type: 'object',
      required: ['spec'],
      properties: {
        apiVersion: { enum: [SPEC_ENTITY_API_VERSION] },
        kind: { enum: [SPEC_ENTITY_KIND] },
        spec: specEntitySpecSchema,
      },
    },
  ],
} as const;
