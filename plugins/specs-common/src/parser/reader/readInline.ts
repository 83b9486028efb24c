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
  findLinks,
  forEachMatch,
  hasToken,
  isTableDelimiter,
  stripEmphasis,
} from '../inline';
import { addLinkTargets } from '../linkTargets';
import { findPlaceholders } from '../placeholders';
import { findRefs } from '../refs';
import { boxEnd, listMarkerEnd } from '../tokenizer/lineShapes';
import { cap, ReaderState } from './ReaderState';

// Bound once: the dev-time CommonJS transform makes each call of an
// imported function a getter call (see SpecFileReader.ts).
const findLinksFn = findLinks;
const addLinkTargetsFn = addLinkTargets;
const forEachMatchFn = forEachMatch;
const hasTokenFn = hasToken;
const isTableDelimiterFn = isTableDelimiter;
const stripEmphasisFn = stripEmphasis;
const findPlaceholdersFn = findPlaceholders;
const findRefsFn = findRefs;
const boxEndFn = boxEnd;
const listMarkerEndFn = listMarkerEnd;

// What counts wherever it appears: placeholders, clarification markers,
// id references, mentions of other specs and ADRs, reference links.

/**
 * Every inline construct looked for here (placeholders, references,
 * markers, links) contains one of these; lines without any are not scanned
 * inline at all. (`ADR-` needs no alternative of its own: it contains `R-`.)
 */
export const INTERESTING = /[[<]|XX|YYYY|CL-|T00N|R-|SC-|US|SPEC-/;
/**
 * The global twin of INTERESTING, searched over the whole file by LineHits:
 * one regex search per hit instead of one call per line.
 */
export const INTERESTING_HITS = new RegExp(INTERESTING.source, 'g');

/** Shared empty result; never mutated. */
const NO_PLACEHOLDERS: string[] = [];
/** Bounds the link destinations one file records (and the backend may serve). */
const MAX_LINKS_PER_FILE = 5000;
// Bit flags of bracketMarkerFlags and idMentionFlags.
const NEEDS_CLARIFICATION = 1;
const CLARIFIED = 2;
const SPEC_ID = 1;
const ADR_ID = 2;
const SPEC_MENTION = /\bSPEC-\d{1,6}\b/g;
const ADR_MENTION = /\bADR-\d{1,6}\b/g;

/** Counts a content line, and its placeholders. */
export function countContent(
  r: ReaderState,
  trimmed: string,
  plain: string,
  lineNo: number,
  interesting: boolean,
) {
  const first = trimmed.charCodeAt(0);
  if (
    (first === 45 || first === 124 || first === 42 || first === 58) &&
    (trimmed === '---' || trimmed === '***' || isTableDelimiterFn(trimmed))
  ) {
    return;
  }
  r.facts.contentLines++;
  // Spec-kit checklist items tag themselves with `[Gap]`, `[Clarity]`, … .
  const found =
    !interesting || r.role === 'checklist'
      ? NO_PLACEHOLDERS
      : findPlaceholdersFn(plain);
  if (found.length > 0) {
    r.facts.placeholderLines++;
    for (const text of found) {
      if (r.acc.placeholders.length < 1000) {
        r.acc.placeholders.push({ text, file: r.path, line: lineNo });
      }
    }
  }
}

/** Markers and references that count wherever they appear. */
export function scanInline(
  r: ReaderState,
  plain: string,
  lineNo: number,
  line: string,
  mayMention: boolean,
) {
  const acc = r.acc;
  // One pass over the `[`s and one over the `-`s of the line answer what
  // four `indexOf` calls used to.
  const markers = bracketMarkerFlags(plain);
  const mentions = mayMention ? idMentionFlags(plain) : 0;
  if (markers & NEEDS_CLARIFICATION && !isCheckedBox(r, line)) {
    // Read the text from the line with its inline code kept, unless some
    // marker of the line is itself quoted as code.
    const inPlain = bracketMarkers(plain, '[NEEDS CLARIFICATION');
    const inLine = bracketMarkers(line, '[NEEDS CLARIFICATION');
    const source = inLine.length === inPlain.length ? line : plain;
    for (const marker of source === line ? inLine : inPlain) {
      const item = { text: marker.text, file: r.path, line: lineNo };
      if (isTemplatePrompt(r, source.slice(0, marker.start))) {
        acc.templatePrompts.push(item);
      } else {
        acc.openClarifications.push(item);
      }
    }
  }
  if (markers & CLARIFIED) {
    for (const { text: answer } of bracketMarkers(plain, '[CLARIFIED')) {
      acc.clarifiedCount++;
      acc.resolvedClarifications.push({
        id: `CLARIFIED-${acc.clarifiedCount}`,
        question:
          cap(stripEmphasisFn(plain.slice(0, plain.indexOf('[CLARIFIED')))) ||
          answer,
        answer,
        file: r.path,
        line: lineNo,
      });
    }
  }
  const mentionsSpec = (mentions & SPEC_ID) !== 0;
  r.lineRefs = findRefsFn(plain);
  for (const ref of r.lineRefs) {
    if (mentionsSpec && isOtherSpecRef(plain, ref.index)) {
      continue;
    }
    // Keyed by spelling here; the lint step compares by refKey.
    if (!acc.references.has(ref.id) && acc.references.size < 5000) {
      acc.references.set(ref.id, { id: ref.id, file: r.path, line: lineNo });
    }
  }
  if (mentionsSpec) {
    forEachMatchFn(SPEC_MENTION, plain, id =>
      acc.addUnique(acc.specMentions, id),
    );
  }
  if (mentions & ADR_ID) {
    forEachMatchFn(ADR_MENTION, plain, id => acc.addUnique(acc.adrs, id));
  }
  if (r.kinds.has('references') && hasTokenFn(plain, '](', 0)) {
    for (const link of findLinksFn(plain)) {
      addLink(r, link.title, link.url);
    }
  }
}

/**
 * Records the relative link destinations of a line (inline code blanked
 * out) in its file's `links`; {@link specLinkedFiles} resolves them, so
 * that a parse that does not need them does not pay for it.
 */
export function readLinks(r: ReaderState, plain: string) {
  addLinkTargetsFn(plain, r.facts.links, MAX_LINKS_PER_FILE);
}

function addLink(r: ReaderState, title: string, url: string) {
  const acc = r.acc;
  const decision = /(?:^|\/)decisions\/(\d{3,5})-/.exec(url);
  if (decision) {
    acc.addUnique(acc.adrs, `ADR-${decision[1]}`);
    return;
  }
  if (!/^https?:\/\//.test(url)) {
    return;
  }
  if (/\/pull\/\d+/.test(url)) {
    acc.addUnique(acc.prs, url);
    return;
  }
  if (acc.links.length < 100 && !acc.links.some(l => l.url === url)) {
    acc.links.push(title && title !== url ? { title, url } : { url });
  }
}

/** Which of `[NEEDS CLARIFICATION` and `[CLARIFIED` occur in `text`, as bit flags. */
function bracketMarkerFlags(text: string): number {
  let flags = 0;
  for (
    let i = text.indexOf('[');
    i >= 0 && flags !== 3;
    i = text.indexOf('[', i + 1)
  ) {
    if (text.startsWith('NEEDS CLARIFICATION', i + 1)) {
      flags |= NEEDS_CLARIFICATION;
    } else if (text.startsWith('CLARIFIED', i + 1)) {
      flags |= CLARIFIED;
    }
  }
  return flags;
}

/** Which of `SPEC-` and `ADR-` occur in `text`, as bit flags. */
function idMentionFlags(text: string): number {
  let flags = 0;
  for (
    let i = text.indexOf('-');
    i >= 0 && flags !== 3;
    i = text.indexOf('-', i + 1)
  ) {
    if (i >= 4 && text.startsWith('SPEC', i - 4)) {
      flags |= SPEC_ID;
    } else if (i >= 3 && text.startsWith('ADR', i - 3)) {
      flags |= ADR_ID;
    }
  }
  return flags;
}

/** A done box: the question on it was settled. */
function isCheckedBox(r: ReaderState, line: string): boolean {
  const content = line.trimStart();
  const marker = listMarkerEndFn(content);
  if (marker < 0) {
    return false;
  }
  const item = content.slice(marker);
  return boxEndFn(item) >= 0 && r.format.boxState(item[1]) === 'done';
}

/** The contents of `[MARKER: …]` occurrences and where each starts, honouring nested brackets. */
export function bracketMarkers(
  text: string,
  marker: string,
): Array<{ text: string; start: number }> {
  const found: Array<{ text: string; start: number }> = [];
  let start = text.indexOf(marker);
  while (start >= 0 && found.length < 50) {
    let i = start + marker.length;
    while (i < text.length && text[i] === ' ') {
      i++;
    }
    if (text[i] !== ':') {
      start = text.indexOf(marker, i);
      continue;
    }
    let depth = 1;
    let end = i + 1;
    for (; end < text.length && depth > 0; end++) {
      const ch = text[end];
      if (ch === '[') {
        depth++;
      } else if (ch === ']') {
        depth--;
      }
    }
    const inner = text.slice(i + 1, depth === 0 ? end - 1 : end);
    found.push({ text: cap(inner.trim()), start });
    start = text.indexOf(marker, end);
  }
  return found;
}

/**
 * `SPEC-002/SC-002` or `(SPEC-002 clarifications.md CL-6)` refers to another
 * spec's id, not this one's: a spec id shortly before, in the same clause.
 */
function isOtherSpecRef(text: string, index: number): boolean {
  const window = text.slice(Math.max(0, index - 40), index);
  const at = window.lastIndexOf('SPEC-');
  if (at < 0) {
    return false;
  }
  const between = window.slice(at);
  return !/[.;,:)]\s/.test(between);
}

/** What may stand before a prompt on its line: indentation, a list marker, a definition label, emphasis. */
const PROMPT_LEAD =
  /^\s*(?:(?:[-*+]|\d{1,9}[.)])\s+)?(?:\*\*)?(?:(?:NFR|FR|SR|QR|IR|DR|SC)-\d{1,6}[A-Za-z]?:?(?:\*\*)?:?)?[\s*_]*$/;
/** A box before the marker: a listed question, not a prompt. */
const BOX_LEAD = /^\s*(?:[-*+]|\d{1,9}[.)])\s+\[.\]/;
/** Words after which a template leaves its blank: `MUST …`, `**Given** …`, `I want …`, `so that …`. */
const PROMPT_SLOT =
  /(?:^|[^\w])(?:MUST|SHALL|SHOULD|MAY|Given|When|Then|And|want(?: to)?|so that|As an?)[\s*_,:]*$/;

/**
 * Whether a `[NEEDS CLARIFICATION: …]` marker is an unfilled template
 * prompt rather than an open question, from what precedes it on its line: a
 * prompt stands where the text is still to be written (alone in its
 * paragraph or list item outside an open-questions section, as a
 * definition's whole text, or right after `MUST`, `Given`, `I want`, …); a
 * question follows text it asks about, or is listed as a box.
 */
function isTemplatePrompt(r: ReaderState, before: string): boolean {
  if (BOX_LEAD.test(before)) {
    return false;
  }
  if (PROMPT_LEAD.test(before)) {
    return !(
      r.kinds.has('open-questions') ||
      r.kinds.has('clarifications') ||
      r.kinds.has('session')
    );
  }
  return PROMPT_SLOT.test(before);
}
