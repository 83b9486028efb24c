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

import { ParseSpecOptions, SpecDocument } from '../../model';
import { DocumentAccumulator } from '../DocumentAccumulator';
import { SpecFormat } from '../formats';
import {
  findIsoDate,
  findLinks,
  stripAnnotations,
  stripInlineCode,
  stripLinks,
} from '../inline';
import { isPlaceholderText } from '../placeholders';
import { refKey } from '../refs';
import {
  asList,
  asString,
  basename,
  cleanValue,
  deriveId,
  Fields,
  isNone,
  isPlaceholder,
  linkTarget,
  splitPeople,
  titleFromName,
  unique,
} from './Fields';
import { pickStatus } from './pickStatus';
import { readSpecId } from './readSpecId';
import { selectTasks } from './selectTasks';

/** Share of placeholder lines from which a spec counts as a template. */
// Real specs in the corpus have none; the templates have 15–38%.
export const TEMPLATE_PLACEHOLDER_RATIO = 0.1;
/** A couple of forgotten placeholders in a short spec do not make it a template. */
export const TEMPLATE_MIN_PLACEHOLDER_LINES = 5;

const TITLE_PREFIX =
  /^(?:spec(?:ification)?|feature spec(?:ification)?|design spec|plan|implementation plan|tasks|summary|clarifications(?: log)?|verification|phase \d+|especifica[çc][ãa]o(?: da funcionalidade)?|especificaci[óo]n(?: de(?: la)? funcionalidad)?|plano de implementa[çc][ãa]o|plan de implementaci[óo]n|tarefas|tareas)\s*[:\u2013\u2014-]\s*/i;

/** Builds the SpecDocument from what the scanners collected. */
export function assembleDocument(
  acc: DocumentAccumulator,
  options: ParseSpecOptions,
  format: SpecFormat,
): SpecDocument {
  selectTasks(acc, format);
  const fields = new Fields(acc.files);
  const specFile = acc.files.find(f => f.role === 'spec');
  const primary = specFile ?? acc.files[0];
  const diagnostics = [...acc.diagnostics];

  // Id: front matter, then the header, then a number in the branch or name.
  let id: string | undefined;
  let idRaw: string | undefined;
  let idSource: SpecDocument['idSource'];
  const fmId = asString(fields.fm('id', 'specId', 'spec_id', 'spec-id'));
  const headerId =
    fields.field(['spec id', 'id'], ['spec']) ??
    fields.field(['spec id', 'id']) ??
    fields.all(['spec']).find(f => /SPEC-\d+/i.test(f.value));
  const branch = fields.field(['feature branch', 'branch']);
  const branchName = branch
    ? cleanValue(branch.value).split(/\s+/)[0]
    : undefined;
  const fmRead = fmId ? readSpecId(fmId) : {};
  const headerRead = headerId ? readSpecId(headerId.value) : {};
  // A written id that is no id, or has a slip, is said so where it is.
  for (const [read, file, line] of [
    [fmRead, primary?.path, undefined],
    [headerRead, headerId?.file, headerId?.line],
  ] as const) {
    if (read.problem) {
      diagnostics.push({
        severity: 'warning',
        rule: 'malformed-spec-id',
        message: read.problem,
        ...(file ? { file } : {}),
        ...(line ? { line } : {}),
      });
    }
  }
  if (fmId && fmRead.id) {
    id = fmRead.id;
    idRaw = fmId;
    idSource = 'front-matter';
  } else if (headerId && headerRead.id) {
    id = headerRead.id;
    idRaw = headerId.value;
    idSource = 'header';
  } else {
    const derived =
      deriveId(branchName) ??
      deriveId(basename(options.location), true) ??
      (specFile && specFile.path.indexOf('/') < 0 && specFile.path !== 'spec.md'
        ? deriveId(specFile.path)
        : undefined);
    if (derived) {
      id = derived;
      idSource = 'derived';
    }
  }

  // Title: front matter, then the H1 of the spec file, then any H1, then the name.
  const fmTitle = asString(fields.fm('title', 'name'));
  const h1 = (specFile?.title ? specFile : acc.files.find(f => f.title))?.title;
  // Without a spec file, the H1s are those of the plan or the task list
  // (`Implementation Tasks: …`): the directory names the feature.
  const dirTitle =
    !specFile && options.location
      ? titleFromName(basename(options.location))
      : undefined;
  let title =
    fmTitle ?? dirTitle ?? (h1 ? h1.replace(TITLE_PREFIX, '') : undefined);
  if (title && !fmTitle) {
    title = title.replace(/^SPEC-\d+\s*[:\u2013\u2014-]\s*/i, '').trim();
  }
  if (!title) {
    const name = basename(options.location) ?? basename(primary?.path);
    title = name ? name.replace(/\.md$/i, '') : 'Untitled spec';
  }

  const status = pickStatus(fields, diagnostics, acc);

  const typeValue =
    asString(fields.fm('type')) ?? fields.field(['type'])?.value;
  const type =
    typeValue && !isPlaceholder(typeValue)
      ? stripAnnotations(cleanValue(typeValue)).toLowerCase() || undefined
      : undefined;

  const authors = unique([
    ...asList(fields.fm('authors', 'author')),
    ...(fields.field(['author', 'authors', 'author(s)'])
      ? splitPeople(fields.field(['author', 'authors', 'author(s)'])!.value)
      : []),
  ]);
  const ownerValue =
    asString(fields.fm('owner')) ??
    fields.field(['owner', 'owners', 'team'])?.value;
  const owner =
    ownerValue && !isPlaceholder(ownerValue)
      ? cleanValue(ownerValue)
      : undefined;

  const createdRaw =
    asString(fields.fm('created', 'date')) ??
    fields.field(['created', 'date', 'created on'])?.value;
  const updatedRaw =
    asString(
      fields.fm('updated', 'last_updated', 'lastUpdated', 'last-updated'),
    ) ?? fields.field(['last updated', 'updated', 'last modified'])?.value;

  const issueValue =
    asString(fields.fm('issue')) ??
    fields.field(['github issue', 'issue', 'issues'])?.value;
  const issue =
    issueValue && !isPlaceholder(issueValue) && !isNone(issueValue)
      ? linkTarget(issueValue)
      : undefined;
  const prs: string[] = [];
  for (const field of fields.all([
    'pr',
    'prs',
    'pull request',
    'pull requests',
    'merged prs',
  ])) {
    for (const link of findLinks(field.value)) {
      if (/\/pull\/\d+/.test(link.url)) {
        prs.push(link.url);
      }
    }
    // `[#12](…/pull/12)` was taken as a link above; count bare `#12` only.
    const bare = stripLinks(field.value.replace(/\[#/g, '['));
    for (const match of bare.match(/#\d+/g) ?? []) {
      prs.push(match);
    }
  }
  prs.push(...acc.prs);

  // `description` only from the spec file: spec-kit's tasks.md front matter
  // describes the task list, not the feature.
  let summary =
    asString(fields.fm('summary')) ??
    asString(specFile?.frontMatter?.description) ??
    specFile?.summary;
  if (!summary) {
    const input = fields.field(['input'], ['spec']);
    const quoted = input ? /"([^"]{1,2000})"/.exec(input.value) : null;
    summary = quoted ? quoted[1] : undefined;
  }
  if (summary && isPlaceholder(summary) && summary.startsWith('[')) {
    summary = undefined;
  }

  const tags = unique([
    ...asList(fields.fm('tags', 'labels')),
    ...(fields.field(['tags', 'labels'])
      ? asList(cleanValue(fields.field(['tags', 'labels'])!.value))
      : []),
  ]);
  const components = unique([
    ...asList(fields.fm('components')),
    ...acc.components,
  ]);

  for (const criterion of acc.successCriteria) {
    const verified = acc.verification.get(refKey(criterion.id));
    if (verified !== undefined) {
      criterion.verified = verified;
    }
  }

  const contentLines = acc.files.reduce((n, f) => n + f.contentLines, 0);
  const placeholderLines = acc.files.reduce(
    (n, f) => n + f.placeholderLines,
    0,
  );
  // A template either is mostly placeholders, or has an unfilled id and title
  // (typed templates carry a lot of real boilerplate text besides).
  const idPlaceholder = Boolean(headerId && isPlaceholder(headerId.value));
  const titlePlaceholder = Boolean(h1 && isPlaceholder(h1));
  const isTemplate =
    (placeholderLines >= TEMPLATE_MIN_PLACEHOLDER_LINES &&
      placeholderLines / contentLines >= TEMPLATE_PLACEHOLDER_RATIO) ||
    (idPlaceholder && titlePlaceholder);

  if (!isTemplate) {
    dropPlaceholderDefinitions(acc);
  }

  const doc: SpecDocument = {
    title,
    format: acc.format,
    status,
    authors,
    links: {
      prs: unique(prs),
      relatedSpecs: acc.specMentions.filter(s => s !== id),
      adrs: [...acc.adrs],
      other: [...acc.links],
    },
    userStories: acc.userStories,
    requirements: acc.requirements,
    successCriteria: acc.successCriteria,
    clarifications: {
      open: acc.openClarifications,
      resolved: acc.resolvedClarifications,
      templatePrompts: acc.templatePrompts,
    },
    phases: acc.phases,
    review: acc.review,
    checklists: acc.checklists,
    components,
    tags,
    isSpec: false,
    isTemplate,
    diagnostics,
    files: acc.files.map(f =>
      f.links.size > 0
        ? { path: f.path, role: f.role, links: [...f.links] }
        : { path: f.path, role: f.role },
    ),
  };
  if (id) {
    doc.id = id;
    doc.idSource = idSource;
  }
  if (idRaw) {
    doc.idRaw = idRaw;
  }
  if (options.location) {
    doc.location = options.location;
  }
  if (type) {
    doc.type = type;
  }
  if (owner) {
    doc.owner = owner;
  }
  if (createdRaw) {
    doc.createdRaw = createdRaw;
    const iso = findIsoDate(createdRaw);
    if (iso) {
      doc.created = iso;
    }
  }
  if (updatedRaw) {
    doc.updatedRaw = updatedRaw;
    const iso = findIsoDate(updatedRaw);
    if (iso) {
      doc.updated = iso;
    }
  }
  if (branchName && !isPlaceholder(branchName)) {
    doc.branch = branchName;
  }
  if (issue) {
    doc.links.issue = issue;
  }
  if (summary) {
    doc.summary = summary;
  }
  if (acc.successMetrics) {
    doc.successMetrics = acc.successMetrics;
  }
  if (fields.hasFrontMatter) {
    doc.frontMatter = fields.frontMatter;
  }

  const hasDefinitions =
    doc.userStories.length +
      doc.requirements.length +
      doc.successCriteria.length >
    0;
  const hasHeader =
    idSource === 'front-matter' ||
    idSource === 'header' ||
    status.raw !== undefined;
  const hasTaskFiles =
    acc.files.some(f => f.role === 'tasks' || f.role === 'plan') &&
    doc.phases.some(p => p.tasks.length > 0);
  doc.isSpec = hasDefinitions || hasHeader || hasTaskFiles;
  format.finish?.(doc, {
    location: options.location,
    files: acc.files.map(f => ({ path: f.path, role: f.role, title: f.title })),
    deltas: acc.deltas,
  });
  return doc;
}

/**
 * A real spec that kept some of its template's slots (`### US1: [Primary
 * User Story]`, `| FR-001 | [Description] |`) does not define those: only a
 * template's own slots count, as the template's shape.
 */
function dropPlaceholderDefinitions(acc: DocumentAccumulator) {
  // Only definitions on a line where a placeholder was seen can be one; a
  // real spec has few or none, so most specs stop here.
  if (acc.placeholders.length === 0) {
    return;
  }
  const lines = new Set(acc.placeholders.map(p => `${p.line}:${p.file}`));
  const keep = <T extends { id: string; file: string; line: number }>(
    list: T[],
    text: (item: T) => string,
  ) => {
    const kept = list.filter(item => {
      if (
        !lines.has(`${item.line}:${item.file}`) ||
        !isPlaceholderText(stripInlineCode(text(item)))
      ) {
        return true;
      }
      // Its own line is no reference to it.
      for (const [spelling, ref] of acc.references) {
        if (
          ref.file === item.file &&
          ref.line === item.line &&
          refKey(ref.id) === refKey(item.id)
        ) {
          acc.references.delete(spelling);
        }
      }
      return false;
    });
    if (kept.length !== list.length) {
      list.splice(0, list.length, ...kept);
    }
  };
  keep(acc.userStories, story => story.title);
  keep(acc.requirements, requirement => requirement.text);
  keep(acc.successCriteria, criterion => criterion.text);
}
