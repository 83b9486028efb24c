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

import { RootConfigService } from '@backstage/backend-plugin-api';
import {
  KubernetesValidatorFunctions,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { ConflictError, InputError, NotAllowedError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  formatSpecRoot,
  parseSpecRoot,
  SPEC_ENTITY_KIND,
} from '@specstage/plugin-specs-common';
import {
  foldDiacritics,
  slugify,
  specEntityName,
} from '@specstage/plugin-specs-node';
import fs from 'node:fs/promises';
import path from 'node:path';
import {
  renderDirectorySpec,
  renderSingleFileSpec,
  RenderedFile,
  SpecTemplateValues,
} from '../templates/seedSpec';
import { formatSpecId, isSpecOfSource, maxSpecNumber } from './nextSpecId';
import { parseSpecAt, readSpecTree } from './specTree';

/**
 * A spec root as a log line shows it: the task page turns URLs and file names
 * into links, and a local path as `file:/…` would be a link that goes nowhere.
 */
function displaySpecRoot(value: string): string {
  const root = parseSpecRoot(value);
  return root?.type === 'file' ? root.dir : value;
}

/** The config key of the directory that `publishTo: local` may write into. */
export const LOCAL_TARGET_DIR_KEY = 'specs.scaffolder.localTargetDir';

/** Options of {@link createSpecAction}. @public */
export interface CreateSpecActionOptions {
  config: RootConfigService;
  /** Used for the SPEC numbers of the catalog; without it only the tree counts. */
  catalog?: CatalogService;
  /** The clock for the `Created` date; tests pin it. */
  now?: () => Date;
}

/** What zod's safeParse gives; zod itself comes from the scaffolder. */
interface SafeParser {
  safeParse(value: unknown):
    | { success: true; data: any }
    | {
        success: false;
        error: { issues: Array<{ path: PropertyKey[]; message: string }> };
      };
}

const SPEC_TYPE = /^[a-z][a-z0-9-]{0,39}$/;

/** An entity ref the catalog accepts (it drops anything else from a spec). */
function isEntityRef(value: string, defaultKind: string): boolean {
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

function normalizeRef(value: string, defaultKind: string): string {
  return stringifyEntityRef(
    parseEntityRef(value.trim(), { defaultKind, defaultNamespace: 'default' }),
  );
}

/** A relative posix directory that stays inside whatever it is joined to. */
function isSafeRelativeDir(value: string): boolean {
  if (value.includes('\\') || value.includes('\0')) return false;
  if (path.posix.isAbsolute(value) || /^[a-zA-Z]:/.test(value)) return false;
  return !value.split('/').some(segment => segment === '..');
}

/** One line of header text: no line breaks, no `**` or `·` to start another field. */
function headerValue(value: string): string {
  return value
    .replace(/\*\*/g, '')
    .replace(/·/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function titleValue(value: string): string {
  return headerValue(value).replace(/^#+\s*/, '');
}

/** One paragraph of body text that cannot turn into a heading, list or rule. */
function paragraph(value: string): string {
  const text = value.replace(/\s+/g, ' ').trim();
  return /^(?:[#>|=+*-]|\d+[.)]\s|\[[ xX~]\])/.test(text) ? `\\${text}` : text;
}

/** The file-name slug of a title: diacritics folded, at most 48 characters. */
function titleSlug(title: string): string {
  return slugify(foldDiacritics(title), { maxLength: 48 }) || 'spec';
}

/** `github.com?owner=o&repo=r` (RepoUrlPicker) or an https URL → `https://host/o/r`. */
function repoWebUrl(repoUrl: string): string | undefined {
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

async function exists(p: string): Promise<boolean> {
  return fs
    .lstat(p)
    .then(() => true)
    .catch(() => false);
}

/** True when `child` is `parent` or below it. */
function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * The realpath of `dir`'s nearest existing ancestor joined with the rest, so
 * that a symlink inside the allowed directory cannot lead out of it.
 */
async function realpathOfMaybeMissing(dir: string): Promise<string> {
  let existing = dir;
  const rest: string[] = [];
  while (!(await exists(existing))) {
    rest.unshift(path.basename(existing));
    const parent = path.dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  return path.join(await fs.realpath(existing), ...rest);
}

async function writeFiles(dir: string, files: RenderedFile[]) {
  for (const file of files) {
    const abs = path.join(dir, file.path);
    await fs.mkdir(path.dirname(abs), { recursive: true });
    await fs.writeFile(abs, file.content, { encoding: 'utf8', flag: 'wx' });
  }
}

/**
 * `specs:create`: writes a new spec with the next free SPEC number.
 *
 * @public
 */
export function createSpecAction(options: CreateSpecActionOptions) {
  const { config, catalog } = options;
  const now = options.now ?? (() => new Date());
  let inputParser: SafeParser | undefined;

  return createTemplateAction({
    id: 'specs:create',
    description:
      'Writes a new design spec (Specstage seed format, single file or spec directory) into the workspace with the next free SPEC number, and checks it with the Specstage parser.',
    supportsDryRun: true,
    examples: [
      {
        description: 'A single-file spec under docs/specs',
        example: [
          'steps:',
          '  - id: spec',
          '    action: specs:create',
          '    input:',
          '      title: Valkey cache composition',
          '      type: platform',
          '      owner: group:default/platform-team',
          '      components: [component:default/valkey-composition]',
          '      summary: Offer a Valkey cache as a self-service composition.',
          '      targetDir: docs/specs',
        ].join('\n'),
      },
    ],
    schema: {
      input: z => {
        const schema = z
          .object({
            title: z
              .string()
              .min(3)
              .max(200)
              .describe('Title of the spec (the H1)'),
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
            summary: z
              .string()
              .min(10)
              .max(2000)
              .describe('One-paragraph summary'),
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
              .describe(
                'Branch the repository source reads (for entityRefHint)',
              ),
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
              issue(
                'targetDir',
                'must be a relative path without ".." segments',
              );
            }
            if (input.repoUrl && !repoWebUrl(input.repoUrl)) {
              issue(
                'repoUrl',
                'must look like github.com?owner=o&repo=r or an https URL',
              );
            }
          });
        inputParser = schema;
        return schema;
      },
      output: {
        specId: z => z.string().describe('The new id, e.g. SPEC-0045'),
        path: z =>
          z
            .string()
            .describe(
              'The spec (file or directory), relative to the workspace',
            ),
        entityRefHint: z =>
          z
            .string()
            .optional()
            .describe(
              'The entity ref the catalog will give the spec once its source is read (known for publishTo: local and for repoUrl sources; a spec whose readable name another spec already has gets a hash appended)',
            ),
        localPath: z =>
          z
            .string()
            .optional()
            .describe('Where the spec was copied with publishTo: local'),
      },
    },
    async handler(ctx) {
      const parsed = inputParser!.safeParse(ctx.input);
      if (!parsed.success) {
        const problems = parsed.error.issues
          .map(i => `${i.path.map(String).join('.') || 'input'}: ${i.message}`)
          .join('; ');
        throw new InputError(`Invalid input for specs:create: ${problems}`);
      }
      const input = parsed.data;

      // Where the spec goes.
      const workspace = path.resolve(ctx.workspacePath);
      const targetDir = path.resolve(workspace, input.targetDir);
      if (!isInside(workspace, targetDir)) {
        throw new InputError(
          `targetDir ${input.targetDir} is outside the workspace`,
        );
      }
      let localRoot: string | undefined;
      let localTargetDir: string | undefined;
      if (input.publishTo === 'local') {
        const configured = config.getOptionalString(LOCAL_TARGET_DIR_KEY);
        if (!configured) {
          throw new InputError(
            `publishTo: local needs ${LOCAL_TARGET_DIR_KEY} in the app config`,
          );
        }
        localRoot = path.resolve(configured);
        localTargetDir = path.resolve(localRoot, input.targetDir);
        if (!isInside(localRoot, localTargetDir)) {
          throw new NotAllowedError(
            `targetDir ${input.targetDir} is outside ${LOCAL_TARGET_DIR_KEY}`,
          );
        }
      }

      // The next number: catalog Specs of the same source, and the trees.
      const sourcePrefixes: string[] = [];
      let sourceUrl: string | undefined;
      if (localRoot) {
        sourcePrefixes.push(formatSpecRoot({ type: 'file', dir: localRoot }));
      } else if (input.repoUrl) {
        // Validated above: a repoUrl without a web URL is an input error.
        sourceUrl = repoWebUrl(input.repoUrl);
        if (sourceUrl) {
          sourcePrefixes.push(formatSpecRoot({ type: 'url', url: sourceUrl }));
        }
      }
      const ids: Array<string | undefined> = [];
      if (catalog) {
        try {
          const { items } = await catalog.getEntities(
            {
              filter: { kind: SPEC_ENTITY_KIND },
              fields: ['kind', 'metadata.annotations', 'spec.specId'],
            },
            { credentials: await ctx.getInitiatorCredentials() },
          );
          const ofSource = items.filter(e => isSpecOfSource(e, sourcePrefixes));
          ids.push(...ofSource.map(e => (e.spec as any)?.specId));
          // The task page turns URLs and file names in log lines into links;
          // a local path as `file:/…` would be a link that goes nowhere.
          ctx.logger.info(
            `${ofSource.length} Spec entities of ${
              sourcePrefixes.map(displaySpecRoot).join(', ') || 'all sources'
            } in the catalog`,
          );
        } catch (error) {
          if (!ctx.isDryRun) throw error;
          ctx.logger.warn(
            `Dry run: could not read Specs from the catalog, numbering from the tree only (${error})`,
          );
        }
      }
      const trees = [workspace, ...(localRoot ? [localRoot] : [])];
      for (const tree of trees) {
        for (const spec of await readSpecTree(tree)) ids.push(spec.doc.id);
      }
      const specId = formatSpecId(maxSpecNumber(ids) + 1);
      const number = specId.slice('SPEC-'.length);
      const slug = titleSlug(input.title);
      const name =
        input.layout === 'file' ? `${specId}-${slug}.md` : `${number}-${slug}`;
      const relPath = path.posix.join(
        path.posix.normalize(input.targetDir),
        name,
      );

      // Fill the skeleton.
      const user = ctx.user?.entity;
      const values: SpecTemplateValues = {
        specId,
        title: titleValue(input.title),
        type: input.type,
        owner: normalizeRef(input.owner, 'group'),
        components: input.components.map((c: string) =>
          normalizeRef(c, 'component'),
        ),
        summary: paragraph(input.summary),
        priority: input.priority,
        author:
          headerValue(
            input.author ??
              user?.spec?.profile?.displayName ??
              user?.metadata?.name ??
              ctx.user?.ref ??
              '',
          ) || normalizeRef(input.owner, 'group'),
        created: now().toISOString().slice(0, 10),
        issueUrl: input.issueUrl || undefined,
      };
      const files: RenderedFile[] =
        input.layout === 'file'
          ? [{ path: name, content: renderSingleFileSpec(values) }]
          : renderDirectorySpec(values).map(f => ({
              path: `${name}/${f.path}`,
              content: f.content,
            }));

      // Write into the workspace (the dry-run workspace is thrown away).
      const absPath = path.join(targetDir, name);
      if (await exists(absPath)) {
        throw new ConflictError(`${relPath} already exists in the workspace`);
      }
      await writeFiles(targetDir, files);
      // A directory, not the file name: `SPEC-0045-x.md` reads as a web
      // address (.md) to the task page's log, which would link it.
      const writtenDir = path.posix.dirname(relPath);
      ctx.logger.info(
        `Wrote ${specId} into ${
          writtenDir === '.' ? 'the workspace' : writtenDir
        }`,
      );

      // Read back what was written through the one parser.
      const doc = await parseSpecAt(workspace, {
        root: relPath,
        layout: input.layout,
        files: files.map(f =>
          path.posix.join(path.posix.normalize(input.targetDir), f.path),
        ),
        template: false,
      });
      const errors = doc.diagnostics.filter(d => d.severity === 'error');
      if (!doc.isSpec || doc.isTemplate || doc.id !== specId || errors.length) {
        const problems = [
          ...errors.map(
            d =>
              `${d.file ?? relPath}${d.line ? `:${d.line}` : ''}: ${
                d.message
              } [${d.rule}]`,
          ),
          ...(doc.isTemplate
            ? ['it reads as a template (too many placeholders)']
            : []),
          ...(doc.id !== specId
            ? [`its id reads as ${doc.id ?? 'nothing'} instead of ${specId}`]
            : []),
        ];
        throw new InputError(
          `The spec written to ${relPath} does not parse cleanly:\n- ${problems.join(
            '\n- ',
          )}`,
        );
      }
      for (const d of doc.diagnostics) {
        if (d.severity === 'warning') {
          ctx.logger.warn(`${d.file ?? relPath}: ${d.message} [${d.rule}]`);
        }
      }

      // The local demo: copy it where the local spec source reads.
      let entityRefHint: string | undefined;
      if (localRoot && localTargetDir) {
        const localAbs = path.join(localTargetDir, name);
        const realRoot = await realpathOfMaybeMissing(localRoot);
        const realTarget = await realpathOfMaybeMissing(localTargetDir);
        if (!isInside(realRoot, realTarget)) {
          throw new NotAllowedError(
            `${input.targetDir} leads outside ${LOCAL_TARGET_DIR_KEY}`,
          );
        }
        entityRefHint = `spec:default/${specEntityName(
          formatSpecRoot({ type: 'file', dir: localAbs }),
          {
            specId,
          },
        )}`;
        if (ctx.isDryRun) {
          ctx.logger.info(
            `Dry run: would copy ${specId} into ${localTargetDir}`,
          );
        } else {
          if (await exists(localAbs)) {
            throw new ConflictError(`${localAbs} already exists`);
          }
          await writeFiles(localTargetDir, files);
          ctx.logger.info(`Copied ${specId} into ${localTargetDir}`);
        }
        ctx.output('localPath', localAbs);
      } else if (
        sourceUrl &&
        input.repoUrl &&
        !/^https?:/i.test(input.repoUrl)
      ) {
        entityRefHint = `spec:default/${specEntityName(
          formatSpecRoot({
            type: 'url',
            url: `${sourceUrl}/tree/${input.branch}/${relPath}`,
          }),
          { specId },
        )}`;
      }

      ctx.output('specId', specId);
      ctx.output('path', relPath);
      if (entityRefHint) ctx.output('entityRefHint', entityRefHint);
    },
  });
}
