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

/*
 * The input of specs:create: its schema and the checks behind it.
 */

import {
  KubernetesValidatorFunctions,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { seedTitleValue as titleValue } from '@specstage/plugin-specs-common';
import path from 'node:path';
import type { z as zod } from 'zod/v3';

/** The config key of the directory that `publishTo: local` may write into. */
export const LOCAL_TARGET_DIR_KEY = 'specs.scaffolder.localTargetDir';

/** What zod's safeParse gives; zod itself comes from the scaffolder. */
export interface SafeParser {
  safeParse(value: unknown):
    | { success: true; data: any }
    | {
        success: false;
        error: { issues: Array<{ path: PropertyKey[]; message: string }> };
      };
}

export const SPEC_TYPE = /^[a-z][a-z0-9-]{0,39}$/;

/** An entity ref the catalog accepts (it drops anything else from a spec). */
export function isEntityRef(value: string, defaultKind: string): boolean {
  try {
    const ref = parseEntityRef(value.trim(), {
      defaultKind,
      defaultNamespace: 'default',
    });
    return (
      KubernetesValidatorFunctions.isValidObjectName(ref.name) &&
      KubernetesValidatorFunctions.isValidNamespace(ref.namespace) &&
      /^[a-zA-Z][a-zA-Z0-9]*$/.test(ref.kind)
    );
  } catch {
    return false;
  }
}

export function normalizeRef(value: string, defaultKind: string): string {
  return stringifyEntityRef(
    parseEntityRef(value.trim(), { defaultKind, defaultNamespace: 'default' }),
  );
}

/** A relative posix directory that stays inside whatever it is joined to. */
export function isSafeRelativeDir(value: string): boolean {
  if (value.includes('\\') || value.includes('\0')) return false;
  if (path.posix.isAbsolute(value) || /^[a-zA-Z]:/.test(value)) return false;
  return !value.split('/').some(segment => segment === '..');
}

/** `github.com?owner=o&repo=r` (RepoUrlPicker) or an https URL → `https://host/o/r`. */
export function repoWebUrl(repoUrl: string): string | undefined {
  const value = repoUrl.trim();
  if (/^https?:\/\//i.test(value)) return value.replace(/\/+$/, '');
  const [host, query] = value.split('?');
  if (!host || !query) return undefined;
  const params = new URLSearchParams(query);
  const owner =
    params.get('owner') ??
    params.get('organization') ??
    params.get('workspace');
  const repo = params.get('repo');
  if (!owner || !repo) return undefined;
  return `https://${host}/${owner}/${repo}`;
}

/**
 * The input schema of specs:create, built with the zod that the scaffolder
 * hands to the action.
 */
export function createSpecInputSchema(z: typeof zod) {
  return z
    .object({
      title: z.string().min(3).max(200).describe('Title of the spec (the H1)'),
      type: z
        .string()
        .regex(SPEC_TYPE, {
          message:
            'must be a lower-case word such as platform, security or infrastructure',
        })
        .describe('Spec type, e.g. platform, security, infrastructure'),
      owner: z
        .string()
        .min(1)
        .describe('Owner entity ref, e.g. group:default/platform-team'),
      components: z
        .array(z.string().min(1))
        .max(50)
        .default([])
        .describe('Component entity refs the spec specifies'),
      summary: z.string().min(10).max(2000).describe('One-paragraph summary'),
      priority: z
        .enum(['P1', 'P2', 'P3'])
        .default('P2')
        .describe('Priority of the first user story'),
      author: z
        .string()
        .max(200)
        .optional()
        .describe('Author; default: the user who runs the template'),
      issueUrl: z
        .string()
        .max(2000)
        .optional()
        .describe('URL of the issue the spec answers'),
      layout: z
        .enum(['file', 'directory'])
        .default('file')
        .describe(
          'file: one markdown file in the seed format; directory: spec.md + plan.md + clarifications.md',
        ),
      targetDir: z
        .string()
        .max(500)
        .default('docs/specs')
        .describe(
          'Directory of the specs, relative to the workspace (and to the local target directory with publishTo: local)',
        ),
      repoUrl: z
        .string()
        .max(2000)
        .optional()
        .describe(
          'Target repository (RepoUrlPicker format); the catalog Specs of that repository count for the next number',
        ),
      branch: z
        .string()
        .max(250)
        .default('main')
        .describe('Branch the repository source reads (for entityRefHint)'),
      publishTo: z
        .enum(['workspace', 'local'])
        .default('workspace')
        .describe(
          `workspace: only write into the workspace (publish it with a later step); local: also copy it into ${LOCAL_TARGET_DIR_KEY}`,
        ),
    })
    .superRefine((input, ctx) => {
      const issue = (p: string, message: string) =>
        ctx.addIssue({ code: 'custom', path: [p], message });
      if (/[\r\n]/.test(input.title) || !titleValue(input.title)) {
        issue('title', 'must be a single, non-empty line');
      }
      if (!isEntityRef(input.owner, 'group')) {
        issue('owner', `"${input.owner}" is not an entity ref`);
      }
      input.components.forEach((c: string, i: number) => {
        if (!isEntityRef(c, 'component')) {
          ctx.addIssue({
            code: 'custom',
            path: ['components', i],
            message: `"${c}" is not an entity ref`,
          });
        }
      });
      if (input.issueUrl && !/^https?:\/\/\S+$/i.test(input.issueUrl)) {
        issue('issueUrl', 'must be an http(s) URL');
      }
      if (!isSafeRelativeDir(input.targetDir)) {
        issue('targetDir', 'must be a relative path without ".." segments');
      }
      if (input.repoUrl && !repoWebUrl(input.repoUrl)) {
        issue(
          'repoUrl',
          'must look like github.com?owner=o&repo=r or an https URL',
        );
      }
    });
}
