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
import { ConflictError, InputError, NotAllowedError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  formatSpecRoot,
  renderDirectorySpec,
  renderSingleFileSpec,
  RenderedFile,
  seedHeaderValue as headerValue,
  seedParagraph as paragraph,
  seedTitleValue as titleValue,
  SPEC_ENTITY_KIND,
  SpecTemplateValues,
} from '@specstage/plugin-specs-common';
import {
  foldDiacritics,
  slugify,
  specEntityName,
} from '@specstage/plugin-specs-node';
import path from 'node:path';
import {
  createSpecInputSchema,
  LOCAL_TARGET_DIR_KEY,
  normalizeRef,
  repoWebUrl,
  SafeParser,
} from './createSpecInput';
import {
  displaySpecRoot,
  formatSpecId,
  isSpecOfSource,
  maxSpecNumber,
} from './nextSpecId';
import {
  exists,
  isInside,
  realpathOfMaybeMissing,
  writeFiles,
} from './workspaceFiles';
import { parseSpecAt, readSpecTree } from './specTree';

export { LOCAL_TARGET_DIR_KEY };

/** Options of {@link createSpecAction}. @public */
export interface CreateSpecActionOptions {
  config: RootConfigService;
  /** Used for the SPEC numbers of the catalog; without it only the tree counts. */
  catalog?: CatalogService;
  /** The clock for the `Created` date; tests pin it. */
  now?: () => Date;
}

/** The file-name slug of a title: diacritics folded, at most 48 characters. */
function titleSlug(title: string): string {
  return slugify(foldDiacritics(title), { maxLength: 48 }) || 'spec';
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
        const schema = createSpecInputSchema(z);
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
