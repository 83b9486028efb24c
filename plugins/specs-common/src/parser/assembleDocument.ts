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
  ParseSpecOptions,
  SpecDocument,
  SpecStatus,
  SpecStatusValue,
} from '../model';
import {
  DocumentAccumulator,
  FileFacts,
  HeaderField,
} from './DocumentAccumulator';
import {
  findIsoDate,
  findLinks,
  stripAnnotations,
  stripEmphasis,
  stripLinks,
} from './inline';
import { normalizeStatus, statusRank } from './normalizeStatus';
import { findPlaceholders } from './placeholders';
import { refKey } from './refs';

/** Share of placeholder lines from which a spec counts as a template. */
// Real specs in the corpus have none; the templates have 15–38%.
export const TEMPLATE_PLACEHOLDER_RATIO = 0.1;
/** A couple of forgotten placeholders in a short spec do not make it a template. */
export const TEMPLATE_MIN_PLACEHOLDER_LINES = 5;

const TITLE_PREFIX =
  /^(?:spec(?:ification)?|feature spec(?:ification)?|design spec|plan|implementation plan|tasks|summary|clarifications(?: log)?|verification|phase \d+)\s*[:\u2013\u2014-]\s*/i;

/** Front matter and header field lookups across the files of one spec, in priority order. */
class Fields {
  readonly frontMatter: Record<string, unknown>;

  constructor(private readonly files: FileFacts[]) {
    this.frontMatter = {};
    // Earlier files win, so merge from the back.
    for (let i = files.length - 1; i >= 0; i--) {
      Object.assign(this.frontMatter, files[i].frontMatter ?? {});
    }
  }

  get hasFrontMatter() {
    return this.files.some(f => f.frontMatter);
  }

  /** The first header field with one of the keys, from the given roles (all when omitted). */
  field(
    keys: string[],
    roles?: string[],
  ): (HeaderField & { file: string }) | undefined {
    for (const file of this.files) {
      if (roles && !roles.includes(file.role)) {
        continue;
      }
      for (const key of keys) {
        const field = file.fields.get(key);
        if (field && field.value) {
          return { ...field, file: file.path };
        }
      }
    }
    return undefined;
  }

  all(keys: string[]): Array<HeaderField & { file: string }> {
    const found: Array<HeaderField & { file: string }> = [];
    for (const file of this.files) {
      for (const key of keys) {
        const field = file.fields.get(key);
        if (field && field.value) {
          found.push({ ...field, file: file.path });
        }
      }
    }
    return found;
  }

  fm(...keys: string[]): unknown {
    for (const key of keys) {
      const value = this.frontMatter[key];
      if (value !== undefined && value !== null && value !== '') {
        return value;
      }
    }
    return undefined;
  }
}

/** Cleans a header value: no links markup, emphasis, code ticks or trailing two-space breaks. */
function cleanValue(value: string): string {
  return stripEmphasis(stripLinks(value)).replace(/`/g, '').trim();
}

function isPlaceholder(value: string): boolean {
  return findPlaceholders(value).length > 0 || value.indexOf('|') >= 0;
}

function asString(value: unknown): string | undefined {
  if (value === undefined || value === null) {
    return undefined;
  }
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? undefined
      : value.toISOString().slice(0, 10);
  }
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  ) {
    return String(value).trim() || undefined;
  }
  return undefined;
}

function asList(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value.map(asString).filter((v): v is string => Boolean(v));
  }
  const text = asString(value);
  return text
    ? text
        .split(',')
        .map(v => v.trim())
        .filter(Boolean)
    : [];
}

function unique(values: string[]): string[] {
  return Array.from(new Set(values.filter(Boolean)));
}

function basename(path: string | undefined): string | undefined {
  if (!path) {
    return undefined;
  }
  const parts = path.split('/').filter(Boolean);
  return parts[parts.length - 1];
}

/** Normalizes an id value as written; undefined for placeholders and empty values. */
function normalizeId(raw: string): string | undefined {
  const value = cleanValue(raw);
  if (!value || isPlaceholder(value)) {
    return undefined;
  }
  const spec = /\bSPEC-\d+\b/i.exec(value);
  if (spec) {
    return spec[0].toUpperCase();
  }
  const first = stripAnnotations(value).split(/\s+/)[0];
  if (!first || /^(?:n\/a|tbd|none|-|—)$/i.test(first)) {
    return undefined;
  }
  return first.toUpperCase();
}

/** `007-foo` or `0000-#0-foo.md` gives `SPEC-007` / `SPEC-0000`. */
function deriveId(name: string | undefined): string | undefined {
  const match = name ? /^(\d{3,6})[-_]/.exec(name) : null;
  return match ? `SPEC-${match[1]}` : undefined;
}

/** `N/A (foundational)`, `TBD (folded into PR #1434)`: no value. */
function isNone(value: string): boolean {
  return /^(?:n\/a|na|tbd|none|pending|-|\u2014)$/i.test(
    stripAnnotations(cleanValue(value)),
  );
}

function splitPeople(value: string): string[] {
  return cleanValue(value)
    .split(/,|;|\s&\s|\sand\s/)
    .map(v => stripAnnotations(v).trim())
    .filter(v => v && !isPlaceholder(v) && !/^(?:n\/a|tbd)$/i.test(v));
}

function linkTarget(value: string): string | undefined {
  const links = findLinks(value);
  if (links.length > 0) {
    return links[0].url;
  }
  const url = /https?:\/\/\S+/.exec(value);
  if (url) {
    return url[0];
  }
  const ref = /#\d+/.exec(value);
  return ref ? ref[0] : undefined;
}

/** Builds the SpecDocument from what the scanners collected. */
export function assembleDocument(
  acc: DocumentAccumulator,
  options: ParseSpecOptions,
): SpecDocument {
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
  if (fmId && normalizeId(fmId)) {
    id = normalizeId(fmId);
    idRaw = fmId;
    idSource = 'front-matter';
  } else if (headerId && normalizeId(headerId.value)) {
    id = normalizeId(headerId.value);
    idRaw = headerId.value;
    idSource = 'header';
  } else {
    const derived =
      deriveId(branchName) ??
      deriveId(basename(options.location)) ??
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
  let title = fmTitle ?? (h1 ? h1.replace(TITLE_PREFIX, '') : undefined);
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
    },
    phases: acc.phases,
    review: acc.review,
    checklists: acc.checklists,
    components,
    tags,
    isSpec: false,
    isTemplate,
    diagnostics,
    files: acc.files.map(f => ({ path: f.path, role: f.role })),
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
  return doc;
}

function pickStatus(
  fields: Fields,
  diagnostics: SpecDocument['diagnostics'],
  acc: DocumentAccumulator,
): SpecStatus {
  const fmStatus = asString(fields.fm('status'));
  if (fmStatus) {
    return { raw: fmStatus, value: normalizeStatus(fmStatus), stale: false };
  }
  const specStatus = fields.field(['status'], ['spec']);
  const planStatus = fields.field(['status'], ['plan']);
  const anyStatus = fields.field(['status']);
  const spec = specStatus ? cleanStatus(specStatus.value) : undefined;
  const plan = planStatus ? cleanStatus(planStatus.value) : undefined;
  let source = specStatus ?? planStatus ?? anyStatus;
  if (spec && plan) {
    const specValue = normalizeStatus(spec);
    const planValue = normalizeStatus(plan);
    if (
      specValue !== planValue &&
      planValue !== 'unknown' &&
      specValue !== 'unknown'
    ) {
      diagnostics.push({
        severity: 'info',
        rule: 'status-mismatch',
        message: `spec.md says "${spec}" but plan.md says "${plan}"`,
        file: planStatus!.file,
        line: planStatus!.line,
      });
    }
    // spec.md freezes once approved while plan.md tracks execution, so the
    // plan's status wins when it is further along (never over a terminal
    // deprecated/superseded spec status).
    if (
      statusRank(planValue) > statusRank(specValue) &&
      specValue !== 'deprecated' &&
      specValue !== 'superseded'
    ) {
      source = planStatus;
    }
  }
  if (!source) {
    return { value: 'unknown', stale: false };
  }
  const chosen = cleanStatus(source.value);
  acc.statusPosition = { file: source.file, line: source.line };
  return { raw: chosen, value: normalizeStatus(chosen), stale: false };
}

function cleanStatus(value: string): string {
  return stripEmphasis(value).replace(/`/g, '').trim();
}

/** Statuses that claim the work is not finished yet. */
export const UNFINISHED_STATUSES: SpecStatusValue[] = [
  'draft',
  'in-review',
  'approved',
];
/** Statuses that allow a spec to sit in a `done/` folder. */
export const FINISHED_STATUSES: SpecStatusValue[] = [
  'implemented',
  'done',
  'deprecated',
  'superseded',
];
