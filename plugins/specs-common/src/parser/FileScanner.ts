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
  SpecChecklist,
  SpecChecklistItem,
  SpecChecklistKind,
  SpecFileRole,
  SpecPhase,
  SpecRequirement,
  SpecRequirementKind,
  SpecRequirementLevel,
  SpecResolvedClarification,
  SpecReviewPersona,
  SpecTask,
  SpecTaskState,
  SpecUserStory,
} from '../model';
import { classifyHeading, HeadingKind } from './classifyHeading';
import { DocumentAccumulator, FileFacts } from './DocumentAccumulator';
import {
  findIsoDate,
  findLinks,
  forEachMatch,
  hasToken,
  indentOf,
  isTableDelimiter,
  parseKeyValues,
  splitTableRow,
  stripEmoji,
  stripEmphasis,
  stripInlineCode,
  trimSeparators,
} from './inline';
import { parseFrontMatter } from './parseFrontMatter';
import { findPlaceholders } from './placeholders';
import { FoundRef, findRefs, NO_REFS, refKey } from './refs';

// This is a hand-written, line-based, single-pass scanner with a small state
// machine (fence / HTML comment / heading stack / current list item) rather
// than a markdown AST built by a general parser. Spec documents only carry
// meaning in a few line shapes (headings, list items, boxes, `**Key**: value`
// lines, table rows), so a scanner that looks at each line once is enough,
// runs in time linear in the input (the parser benchmark holds it to at least
// five times the speed of `marked.lexer`), and cannot be driven into deep
// recursion by hostile nesting.

/** Item texts are capped so that a single enormous line cannot bloat the model. */
const MAX_TEXT = 4000;
/** How far the closing `---` of front matter is looked for (parseFrontMatter caps what it parses). */
const MAX_FRONT_MATTER = 256 * 1024;
/** Table rows kept per table. */
const MAX_TABLE_ROWS = 500;

const CHECKBOX = /^\[([ xX~])\](?:[ \t]+|$)/;
const DEFINITION_BOLD =
  /^\*\*((?:NFR|FR|SR|QR|IR|DR|SC)-\d{1,6}[a-z]?)(:?)\*\*/;
const DEFINITION_PLAIN = /^((?:NFR|FR|SR|QR|IR|DR|SC)-\d{1,6}[a-z]?):/;
const TASK_ID = /^(T-?\d{1,6}[a-z]?|Task\s+\d{1,4}(?:\.\d{1,4})*)(?!\w)/;
const TASK_TAG = /^\[([A-Za-z0-9?-]{1,12})\]\s*/;
const CHECKLIST_ID = /^(CHK-?\d{1,6})\b/;
const STEP = /^(?:\*\*)?Step\s+\d/;
const LEVEL = /\b(MUST|SHALL|SHOULD|MAY)\b/;
const US_HEADING = /^(?:user story\s+|us-?)(\d{1,4})\b(.*)$/i;
const PHASE_ID = /^phase\s+(\d+(?:\.\d+)*)/i;
const CL_HEADING = /^(CL-(?:\d{1,6}|N))\b(.*)$/i;
// Every inline construct the scanner looks for (placeholders, references,
// markers, links) contains one of these; code spans only matter when one is there.
// (`ADR-` needs no alternative of its own: it contains `R-`.)
const INTERESTING = /[[<]|XX|YYYY|CL-|T00N|R-|SC-|US|SPEC-/;
// The global twin of INTERESTING, searched over the whole file by LineHits:
// one regex search per hit instead of one call per line. It is only asked
// about a line as it was read (no comment cut out).
const INTERESTING_HITS = new RegExp(INTERESTING.source, 'g');
/** Shared empty result; never mutated. */
const NO_PLACEHOLDERS: string[] = [];
// Bit flags of bracketMarkerFlags and idMentionFlags.
const NEEDS_CLARIFICATION = 1;
const CLARIFIED = 2;
const SPEC_ID = 1;
const ADR_ID = 2;
const SPEC_MENTION = /\bSPEC-\d{1,6}\b/g;
const ADR_MENTION = /\bADR-\d{1,6}\b/g;
const VERIFIED_WORD = /\b(?:pass|passed|passes|verified|met)\b/i;
const FAILED_WORD = /\b(?:fail|failed|fails|not met)\b/i;

/**
 * Answers "does the line `[start, end)` of `text` hold a match of `pattern`?"
 * for lines asked about in increasing order, with one search of the global
 * `pattern` per hit rather than one regex call per line: most lines have no
 * hit, and a single search runs over all of them. `pattern` must never match
 * an empty string, `\r` or `\n`, so a hit lies within one line.
 */
class LineHits {
  /** Where the last hit found ends; a hit ends after `start` only if it is in that line or a later one. */
  private hitEnd = -1;

  constructor(
    private readonly pattern: RegExp,
    private readonly text: string,
  ) {}

  has(start: number, end: number): boolean {
    if (this.hitEnd <= start) {
      this.pattern.lastIndex = start;
      this.hitEnd = this.pattern.test(this.text)
        ? this.pattern.lastIndex
        : Number.POSITIVE_INFINITY;
      this.pattern.lastIndex = 0;
    }
    return this.hitEnd <= end;
  }
}

/**
 * LineHits for a fixed string: `indexOf` finds it faster than a regex would.
 * `literal` must not contain `\r` or `\n`.
 */
class LiteralHits {
  /** Where the last occurrence found starts. */
  private next = -1;

  constructor(
    private readonly literal: string,
    private readonly text: string,
  ) {}

  has(start: number, end: number): boolean {
    if (this.next < start) {
      const at = this.text.indexOf(this.literal, start);
      this.next = at < 0 ? Number.POSITIVE_INFINITY : at;
    }
    return this.next < end;
  }
}

// Placeholders until `scan` sets the cursors up: an empty text has no hit.
const NO_HITS = new LineHits(INTERESTING_HITS, '');
const NO_LITERAL_HITS = new LiteralHits('-', '');

interface HeadingNode {
  level: number;
  text: string;
  kind: HeadingKind;
  line: number;
  phase?: SpecPhase;
  story?: SpecUserStory;
  persona?: SpecReviewPersona;
  clarification?: SpecResolvedClarification;
  sessionDate?: string;
}

type BoxContext =
  | { type: 'task' }
  | { type: 'step' }
  | { type: 'review' }
  | { type: 'checklist'; kind: SpecChecklistKind; name: string; line: number };

interface OpenItem {
  indent: number;
  append(text: string): void;
}

interface Fence {
  char: string;
  length: number;
}

/** Scans one decoded file into the accumulator. */
export class FileScanner {
  private readonly facts: FileFacts;
  private fence?: Fence;
  private inComment = false;
  private readonly stack: HeadingNode[] = [];
  private seenSection = false;
  /** A `**Label**:` line with no value: names what the following list is. */
  private label?: string;
  private labelName?: string;
  /** The last label given to labelChecklistKind, and its answer. */
  private classifiedLabel?: string;
  private classifiedLabelKind?: SpecChecklistKind;
  private item?: OpenItem;
  private taskIndent?: number;
  private table?: { rows: string[][]; line: number; node?: HeadingNode };
  private summaryLines?: string[];
  private readonly implicitPhases = new Map<string, SpecPhase>();
  private readonly checklistsByKey = new Map<string, SpecChecklist>();
  private fileChecklist?: SpecChecklist;
  private boxContext: BoxContext = { type: 'task' };
  private kinds = new Set<HeadingKind>();
  /** References of the current line (inline code excluded). */
  private lineRefs: FoundRef[] = NO_REFS;
  private lastChecklist?: { context: BoxContext; checklist: SpecChecklist };
  // The innermost phase, story, persona and clarification entry, recomputed
  // per heading rather than looked up per line.
  private phase?: SpecPhase;
  private story?: SpecUserStory;
  private persona?: SpecReviewPersona;
  private clarification?: SpecResolvedClarification;
  // Per-file cursors over the decoded text; set by `scan`.
  private interestingHits = NO_HITS;
  private commentHits = NO_LITERAL_HITS;
  private specHits = NO_LITERAL_HITS;
  private adrHits = NO_LITERAL_HITS;

  constructor(
    private readonly path: string,
    private readonly role: SpecFileRole,
    private readonly acc: DocumentAccumulator,
  ) {
    this.facts = {
      path,
      role,
      fields: new Map(),
      contentLines: 0,
      placeholderLines: 0,
    };
    acc.files.push(this.facts);
    this.updateContext();
  }

  scan(text: string) {
    let body = text;
    let lineOffset = 0;
    // Old Mac line endings: treat a lone CR as a line break.
    if (body.indexOf('\n') < 0 && body.indexOf('\r') >= 0) {
      body = body.split('\r').join('\n');
    }
    const frontMatter = this.readFrontMatter(body);
    if (frontMatter) {
      body = body.slice(frontMatter.end);
      lineOffset = frontMatter.lines;
    }
    this.interestingHits = new LineHits(INTERESTING_HITS, body);
    this.commentHits = new LiteralHits('<!--', body);
    this.specHits = new LiteralHits('SPEC-', body);
    this.adrHits = new LiteralHits('ADR-', body);
    let start = 0;
    let lineNo = lineOffset;
    while (start <= body.length) {
      let end = body.indexOf('\n', start);
      if (end < 0) {
        end = body.length;
      }
      // Drop a CRLF's CR before slicing rather than slicing twice.
      const lineEnd =
        end > start && body.charCodeAt(end - 1) === 13 /* \r */ ? end - 1 : end;
      lineNo++;
      // Blank lines (a third of a spec) and fenced lines need no slice of
      // their own: they are decided from the text in place.
      if (this.fence) {
        if (isFenceClose(body, start, lineEnd, this.fence)) {
          this.fence = undefined;
        }
      } else if (lineEnd === start) {
        // What processLine does with an empty line.
        if (!this.inComment) {
          this.blankLine();
        }
      } else {
        this.processLine(body.slice(start, lineEnd), lineNo, start, lineEnd);
      }
      start = end + 1;
    }
    this.endTable();
    this.endSummary();
  }

  private readFrontMatter(
    body: string,
  ): { end: number; lines: number } | undefined {
    if (!body.startsWith('---')) {
      return undefined;
    }
    const firstBreak = body.indexOf('\n');
    if (firstBreak < 0 || body.slice(3, firstBreak).trim() !== '') {
      return undefined;
    }
    let start = firstBreak + 1;
    let lines = 1;
    while (start < body.length && start < MAX_FRONT_MATTER) {
      let end = body.indexOf('\n', start);
      if (end < 0) {
        end = body.length;
      }
      const line = body.slice(start, end).trimEnd();
      lines++;
      if (line === '---' || line === '...') {
        this.parseFrontMatter(body.slice(firstBreak + 1, start), 2);
        return { end: Math.min(end + 1, body.length), lines };
      }
      start = end + 1;
    }
    // No closing delimiter: the opening `---` was a thematic break.
    return undefined;
  }

  private parseFrontMatter(source: string, line: number) {
    const { value, diagnostics } = parseFrontMatter(source, { line });
    for (const diagnostic of diagnostics) {
      this.acc.diagnostics.push({ ...diagnostic, file: this.path });
    }
    if (value) {
      this.facts.frontMatter = value;
    }
  }

  /** `raw` is `[lineStart, lineEnd)` of the text being scanned. */
  private processLine(
    raw: string,
    lineNo: number,
    lineStart: number,
    lineEnd: number,
  ) {
    let line = raw;
    if (this.inComment) {
      const end = line.indexOf('-->');
      if (end < 0) {
        return;
      }
      this.inComment = false;
      line = line.slice(end + 3);
      // A one-character search is much cheaper than a four-character one,
      // and most lines have no `<` at all.
      if (line.indexOf('<') >= 0 && line.indexOf('<!--') >= 0) {
        line = this.stripComments(line);
      }
    } else if (this.commentHits.has(lineStart, lineEnd)) {
      // The line as read: one search over the whole file finds its rare
      // `<!--`s, where a search per line cost a scan of every line.
      line = this.stripComments(line);
    }
    const content = trimStartFast(line);
    const fence = fenceOpen(content);
    if (fence) {
      this.fence = fence;
      this.endBlock();
      return;
    }
    const trimmed = trimEndFast(content);
    if (!trimmed) {
      this.blankLine();
      return;
    }
    // Only lines that can hold a placeholder, reference, marker or link at
    // all are scanned inline; most lines cannot. The whole-text cursors only
    // know the line as read: once a comment was cut out, ask the line itself.
    const asRead = line === raw;
    const interesting = asRead
      ? this.interestingHits.has(lineStart, lineEnd)
      : INTERESTING.test(line);
    const plain = interesting ? stripInlineCode(line) : line;
    this.lineRefs = NO_REFS;
    this.countContent(trimmed, plain, lineNo, interesting);
    if (interesting) {
      // Blanking inline code out (`plain`) cannot create a `SPEC-` or `ADR-`
      // that the line as read lacks: the blank is a space.
      const mayMention =
        !asRead ||
        this.specHits.has(lineStart, lineEnd) ||
        this.adrHits.has(lineStart, lineEnd);
      this.scanInline(plain, lineNo, line, mayMention);
    }

    const first = trimmed.charCodeAt(0);
    if (first === 35 /* # */) {
      const level = headingLevel(trimmed);
      if (level > 0) {
        this.heading(level, trimmed.slice(skipBlanks(trimmed, level)), lineNo);
        return;
      }
    }
    if (first === 124 /* | */) {
      this.tableRow(trimmed, lineNo);
      return;
    }
    this.endTable();
    const indent = line.length - content.length === 0 ? 0 : indentOf(line);
    const marker = mayStartList(first) ? listMarkerEnd(content) : -1;
    if (marker >= 0) {
      this.listItem(indent, content.slice(marker), lineNo, plain);
      return;
    }
    if (first === 42 /* * */ || first === 95 /* _ */) {
      const pairs = parseKeyValues(trimmed);
      if (pairs.length > 0) {
        this.keyValues(pairs, lineNo);
        return;
      }
    }
    this.paragraph(indent, trimmed);
  }

  /** Removes `<!-- … -->` parts of a line; an unclosed comment swallows the following lines. */
  private stripComments(line: string): string {
    let out = '';
    let pos = 0;
    for (;;) {
      const open = line.indexOf('<!--', pos);
      if (open < 0) {
        return out + line.slice(pos);
      }
      out += line.slice(pos, open);
      const close = line.indexOf('-->', open + 4);
      if (close < 0) {
        this.inComment = true;
        return out;
      }
      pos = close + 3;
    }
  }

  private countContent(
    trimmed: string,
    plain: string,
    lineNo: number,
    interesting: boolean,
  ) {
    const first = trimmed.charCodeAt(0);
    if (
      (first === 45 || first === 124 || first === 42 || first === 58) &&
      (trimmed === '---' || trimmed === '***' || isTableDelimiter(trimmed))
    ) {
      return;
    }
    this.facts.contentLines++;
    // Spec-kit checklist items tag themselves with `[Gap]`, `[Clarity]`, … .
    const found =
      !interesting || this.role === 'checklist'
        ? NO_PLACEHOLDERS
        : findPlaceholders(plain);
    if (found.length > 0) {
      this.facts.placeholderLines++;
      for (const text of found) {
        if (this.acc.placeholders.length < 1000) {
          this.acc.placeholders.push({ text, file: this.path, line: lineNo });
        }
      }
    }
  }

  /** Markers and references that count wherever they appear. */
  private scanInline(
    plain: string,
    lineNo: number,
    line: string,
    mayMention: boolean,
  ) {
    // One pass over the `[`s and one over the `-`s of the line answer what
    // four `indexOf` calls used to.
    const markers = bracketMarkerFlags(plain);
    const mentions = mayMention ? idMentionFlags(plain) : 0;
    if (markers & NEEDS_CLARIFICATION && !isCheckedBox(line)) {
      // Read the text from the line with its inline code kept, unless some
      // marker of the line is itself quoted as code.
      const inPlain = bracketMarkers(plain, '[NEEDS CLARIFICATION');
      const inLine = bracketMarkers(line, '[NEEDS CLARIFICATION');
      for (const text of inLine.length === inPlain.length ? inLine : inPlain) {
        this.acc.openClarifications.push({
          text,
          file: this.path,
          line: lineNo,
        });
      }
    }
    if (markers & CLARIFIED) {
      for (const answer of bracketMarkers(plain, '[CLARIFIED')) {
        this.acc.clarifiedCount++;
        this.acc.resolvedClarifications.push({
          id: `CLARIFIED-${this.acc.clarifiedCount}`,
          question:
            cap(stripEmphasis(plain.slice(0, plain.indexOf('[CLARIFIED')))) ||
            answer,
          answer,
          file: this.path,
          line: lineNo,
        });
      }
    }
    const mentionsSpec = (mentions & SPEC_ID) !== 0;
    this.lineRefs = findRefs(plain);
    for (const ref of this.lineRefs) {
      if (mentionsSpec && isOtherSpecRef(plain, ref.index)) {
        continue;
      }
      // Keyed by spelling here; the lint step compares by refKey.
      if (!this.acc.references.has(ref.id) && this.acc.references.size < 5000) {
        this.acc.references.set(ref.id, {
          id: ref.id,
          file: this.path,
          line: lineNo,
        });
      }
    }
    if (mentionsSpec) {
      forEachMatch(SPEC_MENTION, plain, id =>
        this.acc.addUnique(this.acc.specMentions, id),
      );
    }
    if (mentions & ADR_ID) {
      forEachMatch(ADR_MENTION, plain, id =>
        this.acc.addUnique(this.acc.adrs, id),
      );
    }
    if (this.kinds.has('references') && hasToken(plain, '](', 0)) {
      for (const link of findLinks(plain)) {
        this.link(link.title, link.url);
      }
    }
  }

  private link(title: string, url: string) {
    const decision = /(?:^|\/)decisions\/(\d{3,5})-/.exec(url);
    if (decision) {
      this.acc.addUnique(this.acc.adrs, `ADR-${decision[1]}`);
      return;
    }
    if (!/^https?:\/\//.test(url)) {
      return;
    }
    if (/\/pull\/\d+/.test(url)) {
      this.acc.addUnique(this.acc.prs, url);
      return;
    }
    if (
      this.acc.links.length < 100 &&
      !this.acc.links.some(l => l.url === url)
    ) {
      this.acc.links.push(title && title !== url ? { title, url } : { url });
    }
  }

  // Headings -----------------------------------------------------------------

  private heading(level: number, rawText: string, lineNo: number) {
    this.endBlock();
    this.summaryLines = undefined;
    this.label = undefined;
    this.taskIndent = undefined;
    const text = stripClosingHashes(rawText);
    if (level >= 2) {
      this.seenSection = true;
    }
    while (
      this.stack.length > 0 &&
      this.stack[this.stack.length - 1].level >= level
    ) {
      this.stack.pop();
    }
    const underReview = this.stack.some(n => n.kind === 'review');
    const node: HeadingNode = {
      level,
      text: cap(stripEmphasis(text)),
      kind: underReview ? 'review' : classifyHeading(text),
      line: lineNo,
    };
    if (level === 1 && this.facts.title === undefined) {
      this.facts.title = node.text;
      this.facts.titleLine = lineNo;
    }
    if (underReview) {
      node.persona = {
        persona: node.text,
        items: [],
        file: this.path,
        line: lineNo,
      };
      this.acc.review.push(node.persona);
    } else if (node.kind === 'phase') {
      node.phase = this.newPhase(node.text, lineNo);
      const match = PHASE_ID.exec(stripEmoji(node.text));
      if (match) {
        node.phase.id = match[1];
      }
    } else if (node.kind === 'user-story' && this.role === 'spec') {
      node.story = this.newStory(node.text, lineNo);
    } else if (node.kind === 'clarification-entry') {
      node.clarification = this.newClarification(node.text, lineNo);
    } else if (node.kind === 'session') {
      node.sessionDate = findIsoDate(node.text);
    } else if (
      node.kind === 'summary' &&
      this.role === 'spec' &&
      !this.facts.summary
    ) {
      this.summaryLines = [];
    }
    if (this.role === 'verification') {
      this.verify(node.text);
    }
    this.stack.push(node);
    this.updateContext();
  }

  private newPhase(title: string, lineNo: number): SpecPhase {
    const phase: SpecPhase = {
      title,
      exitCriteria: [],
      tasks: [],
      file: this.path,
      line: lineNo,
    };
    this.acc.phases.push(phase);
    return phase;
  }

  private newStory(text: string, lineNo: number): SpecUserStory | undefined {
    const match = US_HEADING.exec(stripEmoji(text));
    if (!match) {
      return undefined;
    }
    let rest = match[2];
    let priority: string | undefined;
    const priorityAt = rest.search(/\(\s*priority\s*:/i);
    if (priorityAt >= 0) {
      const close = rest.indexOf(')', priorityAt);
      const value = rest
        .slice(rest.indexOf(':', priorityAt) + 1, close < 0 ? undefined : close)
        .trim();
      priority = value.split(/[\s,;]/)[0] || undefined;
      rest = rest.slice(0, priorityAt);
    }
    const story: SpecUserStory = {
      id: `US-${Number(match[1])}`,
      title: trimSeparators(rest).trim(),
      acceptanceScenarios: [],
      file: this.path,
      line: lineNo,
    };
    if (priority) {
      story.priority = priority;
    }
    this.acc.userStories.push(story);
    return story;
  }

  private newClarification(
    text: string,
    lineNo: number,
  ): SpecResolvedClarification | undefined {
    const match = CL_HEADING.exec(text);
    if (!match || match[1].toUpperCase() === 'CL-N') {
      return undefined;
    }
    const date = findIsoDate(match[2]);
    // `CL-1 — 2024-01-15 — Question` or `CL-1 — Question (2026-05-07)`.
    const question = match[2]
      .split(/\s+[\u2013\u2014-]\s+/)
      .map(part => part.replace(/\(\s*\d{4}-\d{2}-\d{2}\s*\)/, '').trim())
      .filter(part => part && part !== date)
      .join(' — ');
    const entry: SpecResolvedClarification = {
      id: match[1].toUpperCase(),
      question: trimSeparators(question),
      file: this.path,
      line: lineNo,
    };
    if (date) {
      entry.date = date;
    }
    this.acc.resolvedClarifications.push(entry);
    return entry;
  }

  private findNode(
    predicate: (node: HeadingNode) => unknown,
  ): HeadingNode | undefined {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      if (predicate(this.stack[i])) {
        return this.stack[i];
      }
    }
    return undefined;
  }

  /** Recomputes what a box means here; runs once per heading, not per line. */
  private updateContext() {
    // One pass over the stack, innermost first, instead of a `map` and four
    // `findNode` calls with closures: this runs on every heading.
    const kinds = new Set<HeadingKind>();
    let phase: SpecPhase | undefined;
    let story: SpecUserStory | undefined;
    let persona: SpecReviewPersona | undefined;
    let clarification: SpecResolvedClarification | undefined;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const node = this.stack[i];
      kinds.add(node.kind);
      phase = phase ?? node.phase;
      story = story ?? node.story;
      persona = persona ?? node.persona;
      clarification = clarification ?? node.clarification;
    }
    this.kinds = kinds;
    this.phase = phase;
    this.story = story;
    this.persona = persona;
    this.clarification = clarification;
    let validation: HeadingNode | undefined;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const node = this.stack[i];
      switch (node.kind) {
        case 'review':
          this.boxContext = { type: 'review' };
          return;
        case 'open-questions':
        case 'clarifications':
        case 'session':
          this.boxContext = checklistContext('open-questions', node);
          return;
        case 'dependencies':
          this.boxContext = checklistContext('dependencies', node);
          return;
        case 'task-detail':
          this.boxContext = { type: 'step' };
          return;
        case 'phase':
        case 'tasks':
          this.boxContext = { type: 'task' };
          return;
        case 'validation':
          validation = validation ?? node;
          break;
        default:
          break;
      }
    }
    if (validation) {
      this.boxContext = checklistContext('validation', validation);
    } else if (this.role === 'tasks' || this.role === 'phase-plan') {
      this.boxContext = { type: 'task' };
    } else {
      const node = this.stack[this.stack.length - 1];
      this.boxContext = {
        type: 'checklist',
        kind: 'other',
        name: node?.text ?? this.facts.title ?? this.path,
        line: node?.line ?? 1,
      };
    }
  }

  // Lists --------------------------------------------------------------------

  private listItem(
    indent: number,
    content: string,
    lineNo: number,
    plain: string,
  ) {
    this.endSummary();
    const boxEnd = checkboxEnd(content);
    if (boxEnd >= 0) {
      this.box(
        indent,
        boxState(content[1]),
        content.slice(boxEnd).trim(),
        lineNo,
      );
      return;
    }
    this.item = undefined;
    const text = content.trim();
    if (this.role === 'verification') {
      this.verify(plain);
    }
    if (
      this.role === 'spec' &&
      (text.startsWith('**') || isUpper(text.charCodeAt(0)))
    ) {
      if (this.definition(text, indent, lineNo)) {
        return;
      }
    }
    if (!this.seenSection && text.startsWith('**')) {
      const pairs = parseKeyValues(text);
      if (pairs.length > 0) {
        this.keyValues(pairs, lineNo);
        return;
      }
    }
    const story = this.story;
    if (
      story &&
      (this.label === 'acceptance scenarios' || /\bGiven\b/.test(text))
    ) {
      const index = story.acceptanceScenarios.length;
      story.acceptanceScenarios.push(cap(text));
      this.item = {
        indent,
        append: more => {
          story.acceptanceScenarios[index] = cap(
            `${story.acceptanceScenarios[index]} ${more}`,
          );
        },
      };
      return;
    }
    if (this.kinds.has('session') || this.kinds.has('clarifications')) {
      if (this.question(text, lineNo)) {
        return;
      }
    }
    const phase = this.phase;
    if (phase && this.label === 'exit criteria') {
      phase.exitCriteria.push(cap(stripEmphasis(text)));
    }
  }

  /** `- **FR-001**: …` and `- **SC-001**: …` definitions. */
  private definition(text: string, indent: number, lineNo: number): boolean {
    let id: string;
    let rest: string;
    const bold = DEFINITION_BOLD.exec(text);
    if (bold) {
      id = bold[1];
      rest = text.slice(bold[0].length);
      if (!bold[2]) {
        // `**FR-006** (conditional — CL-4): …`: the colon may follow an annotation.
        const trimmed = rest.trimStart();
        if (trimmed.startsWith(':')) {
          rest = trimmed.slice(1);
        } else if (trimmed.startsWith('(')) {
          const close = trimmed.indexOf(')');
          if (close < 0 || trimmed.charCodeAt(close + 1) !== 58 /* : */) {
            return false;
          }
          rest = `${trimmed.slice(0, close + 1)} ${trimmed
            .slice(close + 2)
            .trim()}`;
        } else {
          return false;
        }
      }
    } else {
      const plainMatch = DEFINITION_PLAIN.exec(text);
      if (!plainMatch) {
        return false;
      }
      id = plainMatch[1];
      rest = text.slice(plainMatch[0].length);
    }
    const body = cap(rest.trim());
    const prefix = id.slice(0, id.indexOf('-'));
    if (prefix === 'SC') {
      const criterion = { id, text: body, file: this.path, line: lineNo };
      this.acc.successCriteria.push(criterion);
      this.item = {
        indent,
        append: more => {
          criterion.text = cap(`${criterion.text} ${more}`);
        },
      };
      return true;
    }
    const requirement: SpecRequirement = {
      id,
      kind: prefix as SpecRequirementKind,
      text: body,
      file: this.path,
      line: lineNo,
    };
    const level = findLevel(body);
    if (level) {
      requirement.level = level;
    }
    this.acc.requirements.push(requirement);
    this.item = {
      indent,
      append: more => {
        requirement.text = cap(`${requirement.text} ${more}`);
        requirement.level = requirement.level ?? findLevel(more);
        if (!requirement.level) {
          delete requirement.level;
        }
      },
    };
    return true;
  }

  /** Spec-kit `- Q: question → A: answer`. */
  private question(text: string, lineNo: number): boolean {
    const stripped = stripEmphasis(text);
    if (!/^Q\s*:/i.test(stripped)) {
      return false;
    }
    const arrow = stripped.search(/\s(?:\u2192|->|=>)\s*A\s*:/);
    const question = stripped.slice(
      stripped.indexOf(':') + 1,
      arrow < 0 ? undefined : arrow,
    );
    const answer =
      arrow < 0
        ? undefined
        : stripped.slice(stripped.indexOf(':', arrow) + 1).trim();
    this.acc.questionCount++;
    const entry: SpecResolvedClarification = {
      id: `Q-${this.acc.questionCount}`,
      question: cap(question.trim()),
      file: this.path,
      line: lineNo,
    };
    const date = this.findNode(n => n.sessionDate)?.sessionDate;
    if (date) {
      entry.date = date;
    }
    if (answer) {
      entry.answer = cap(answer);
    }
    this.acc.resolvedClarifications.push(entry);
    return true;
  }

  private box(
    indent: number,
    state: SpecTaskState,
    text: string,
    lineNo: number,
  ) {
    this.item = undefined;
    const context = this.effectiveBoxContext(text);
    if (context.type === 'step') {
      return;
    }
    if (context.type === 'review') {
      const persona = this.persona ?? this.generalPersona(lineNo);
      persona.items.push({
        text: cap(text),
        checked: state === 'done',
        file: this.path,
        line: lineNo,
      });
      return;
    }
    if (context.type === 'checklist') {
      const checklist = this.checklistFor(context);
      const id = CHECKLIST_ID.exec(text);
      const item: SpecChecklistItem = {
        text: cap(id ? trimSeparators(text.slice(id[0].length)) : text),
        checked: state === 'done',
        file: this.path,
        line: lineNo,
      };
      if (id) {
        item.id = id[1];
      }
      checklist.items.push(item);
      return;
    }
    const phase = this.phase;
    if (phase && this.label === 'exit criteria') {
      phase.exitCriteria.push(cap(stripEmphasis(text)));
      return;
    }
    // A box indented under a task is a step of that task, not a task.
    if (this.taskIndent !== undefined && indent > this.taskIndent) {
      return;
    }
    if (STEP.test(text)) {
      return;
    }
    this.taskIndent = indent;
    this.addTask(
      phase ?? this.implicitPhaseFor(lineNo),
      state,
      text,
      indent,
      lineNo,
    );
  }

  private effectiveBoxContext(text: string): BoxContext {
    const context = this.boxContext;
    const bare = text.startsWith('**') ? text.slice(2) : text;
    // `**Security Checklist**:` followed by boxes names a checklist, even
    // inside a phase (boxes that start with a task id stay tasks).
    if (
      (context.type === 'checklist' || context.type === 'task') &&
      this.label &&
      !TASK_ID.test(bare)
    ) {
      // Every box under a label asks; the label changes far less often.
      if (this.label !== this.classifiedLabel) {
        this.classifiedLabel = this.label;
        this.classifiedLabelKind = labelChecklistKind(this.label);
      }
      const labelKind = this.classifiedLabelKind;
      if (labelKind) {
        return {
          type: 'checklist',
          kind: labelKind,
          name: this.labelName ?? this.label,
          line: context.type === 'checklist' ? context.line : 0,
        };
      }
    }
    if (this.role === 'checklist') {
      return { type: 'checklist', kind: 'validation', name: '', line: 1 };
    }
    if (
      (this.role === 'summary' ||
        this.role === 'verification' ||
        this.role === 'clarifications') &&
      context.type === 'task'
    ) {
      return {
        type: 'checklist',
        kind: 'other',
        name: this.facts.title ?? this.path,
        line: 1,
      };
    }
    // A box that starts with a task id is a task even under a validation or
    // other heading, unless it is in the review checklist, open questions or
    // dependencies.
    if (
      context.type === 'checklist' &&
      context.kind !== 'open-questions' &&
      context.kind !== 'dependencies' &&
      TASK_ID.test(bare)
    ) {
      return { type: 'task' };
    }
    return context;
  }

  private checklistFor(
    context: Extract<BoxContext, { type: 'checklist' }>,
  ): SpecChecklist {
    if (this.role === 'checklist') {
      if (!this.fileChecklist) {
        const name = this.facts.title ?? this.path;
        this.fileChecklist = {
          name,
          kind: checklistFileKind(this.path),
          items: [],
          file: this.path,
          line: this.facts.titleLine ?? 1,
        };
        this.acc.checklists.push(this.fileChecklist);
      }
      return this.fileChecklist;
    }
    if (this.lastChecklist?.context === context) {
      return this.lastChecklist.checklist;
    }
    const key = `${context.kind}|${context.name}|${context.line}`;
    let checklist = this.checklistsByKey.get(key);
    if (!checklist) {
      checklist = {
        name: context.name,
        kind: context.kind,
        items: [],
        file: this.path,
        line: context.line,
      };
      this.acc.checklists.push(checklist);
      this.checklistsByKey.set(key, checklist);
    }
    this.lastChecklist = { context, checklist };
    return checklist;
  }

  private generalPersona(lineNo: number): SpecReviewPersona {
    const review = this.findNode(n => n.kind === 'review');
    if (review && !review.persona) {
      review.persona = {
        persona: 'General',
        items: [],
        file: this.path,
        line: lineNo,
      };
      this.acc.review.push(review.persona);
    }
    return (
      review?.persona ?? {
        persona: 'General',
        items: [],
        file: this.path,
        line: lineNo,
      }
    );
  }

  private implicitPhaseFor(lineNo: number): SpecPhase {
    const tasksNode = this.findNode(n => n.kind === 'tasks');
    const key = `${tasksNode?.line ?? 0}`;
    const existing = this.implicitPhases.get(key);
    if (existing) {
      return existing;
    }
    let title = tasksNode?.text ?? this.facts.title ?? 'Tasks';
    let id: string | undefined;
    if (this.role === 'phase-plan') {
      // `phases/1-create-flow/plan.md` without a `Phase N:` heading.
      const dir = this.path.split('/').slice(-2, -1)[0] ?? '';
      const match = /^(\d+)/.exec(dir);
      id = match?.[1];
      title = this.facts.title ?? dir;
    }
    const phase = this.newPhase(title, tasksNode?.line ?? lineNo);
    phase.implicit = true;
    if (id) {
      phase.id = id;
    }
    this.implicitPhases.set(key, phase);
    return phase;
  }

  private addTask(
    phase: SpecPhase,
    state: SpecTaskState,
    raw: string,
    indent: number,
    lineNo: number,
  ) {
    let text = raw;
    let id: string | undefined;
    if (text.startsWith('**')) {
      const close = text.indexOf('**', 2);
      const inner =
        close > 0 ? text.slice(2, close).replace(/:$/, '').trim() : '';
      const match = TASK_ID.exec(inner);
      if (match && match[0].length === inner.length) {
        id = inner;
        text = text.slice(close + 2);
      }
    }
    if (!id) {
      const match = TASK_ID.exec(text);
      if (match) {
        id = match[1];
        text = text.slice(match[0].length);
      }
    }
    text = trimSeparators(text);
    const cites: string[] = [];
    let parallel = false;
    // Spec-kit tags right after the id: `T012 [P] [US1] Description`.
    while (text.charCodeAt(0) === 91 /* [ */) {
      const tag = TASK_TAG.exec(text);
      if (!tag) {
        break;
      }
      if (tag[1] === 'P') {
        parallel = true;
      } else if (!/^(?:US-?\d+|Story|P\?)$/i.test(tag[1])) {
        break;
      }
      text = text.slice(tag[0].length);
    }
    // The references of the whole line were already found by scanInline.
    for (const ref of this.lineRefs) {
      if (!cites.includes(ref.id) && cites.length < 100) {
        cites.push(ref.id);
      }
    }
    const task: SpecTask = {
      text: cap(text.trim()),
      state,
      cites,
      file: this.path,
      line: lineNo,
    };
    if (id) {
      task.id = id;
    }
    if (parallel) {
      task.parallel = true;
    }
    phase.tasks.push(task);
    this.item = {
      indent,
      append: more => {
        task.text = cap(`${task.text} ${more}`);
        for (const ref of findRefs(stripInlineCode(more))) {
          if (!task.cites.includes(ref.id) && task.cites.length < 100) {
            task.cites.push(ref.id);
          }
        }
      },
    };
  }

  // Other lines --------------------------------------------------------------

  private keyValues(
    pairs: Array<{ key: string; value: string }>,
    lineNo: number,
  ) {
    this.endSummary();
    this.item = undefined;
    this.label = undefined;
    for (const { key, value } of pairs) {
      const lower = stripEmphasis(key).toLowerCase();
      if (!this.seenSection && !this.facts.fields.has(lower)) {
        this.facts.fields.set(lower, { key, value, line: lineNo });
      }
      const phase = this.phase;
      if (lower === 'components' && value) {
        for (const name of value.split(',')) {
          this.component(name);
        }
      } else if (
        (lower === 'goal' || lower === 'purpose') &&
        phase &&
        !phase.goal &&
        value
      ) {
        phase.goal = cap(value);
      } else if (
        (lower === 'exit criteria' || lower === 'checkpoint') &&
        phase &&
        value
      ) {
        phase.exitCriteria.push(cap(value));
      } else if (lower === 'decision' && value) {
        const entry = this.clarification;
        if (entry && !entry.answer) {
          entry.answer = cap(value);
        }
      }
      if (!value) {
        this.label = lower;
        this.labelName = stripEmphasis(key);
      }
    }
  }

  private paragraph(indent: number, trimmed: string) {
    if (this.item && indent > 0) {
      this.item.append(trimmed);
      return;
    }
    this.item = undefined;
    this.label = undefined;
    if (
      this.summaryLines &&
      this.summaryLines.length < 50 &&
      !trimmed.startsWith('>')
    ) {
      this.summaryLines.push(trimmed);
    }
  }

  private blankLine() {
    this.item = undefined;
    this.endTable();
    if (this.summaryLines && this.summaryLines.length > 0) {
      this.endSummary();
    }
  }

  private endBlock() {
    this.item = undefined;
    this.endTable();
    this.endSummary();
  }

  private endSummary() {
    if (!this.summaryLines) {
      return;
    }
    if (this.summaryLines.length > 0 && !this.facts.summary) {
      this.facts.summary = cap(this.summaryLines.join(' '));
    }
    this.summaryLines =
      this.summaryLines.length > 0 ? undefined : this.summaryLines;
  }

  private component(raw: string) {
    const name = stripEmphasis(raw.replace(/`/g, '')).trim();
    if (name && !findPlaceholders(name).length && name.length <= 200) {
      this.acc.addUnique(this.acc.components, name);
    }
  }

  // Tables -------------------------------------------------------------------

  private tableRow(trimmed: string, lineNo: number) {
    this.item = undefined;
    this.endSummary();
    if (!this.table) {
      this.table = {
        rows: [],
        line: lineNo,
        node: this.stack[this.stack.length - 1],
      };
    }
    if (this.role === 'verification') {
      this.verify(stripInlineCode(trimmed));
    }
    if (isTableDelimiter(trimmed) || this.table.rows.length >= MAX_TABLE_ROWS) {
      return;
    }
    if (this.kinds.has('success-metrics') || this.kinds.has('components')) {
      this.table.rows.push(splitTableRow(trimmed));
    }
  }

  private endTable() {
    const table = this.table;
    if (!table) {
      return;
    }
    this.table = undefined;
    if (table.rows.length === 0) {
      return;
    }
    const kind = table.node?.kind;
    if (kind === 'success-metrics' && !this.acc.successMetrics) {
      this.acc.successMetrics = {
        headers: table.rows[0].map(cell => stripEmphasis(cell)),
        rows: table.rows.slice(1),
      };
    } else if (kind === 'components') {
      for (const row of table.rows.slice(1)) {
        if (row[0]) {
          this.component(row[0]);
        }
      }
    }
  }

  /** VERIFICATION.md: a heading, list item or table row naming SC ids with a verdict. */
  private verify(text: string) {
    if (text.indexOf('SC-') < 0) {
      return;
    }
    const passed = text.indexOf('\u2705') >= 0 || VERIFIED_WORD.test(text);
    const failed = text.indexOf('\u274C') >= 0 || FAILED_WORD.test(text);
    if (passed === failed) {
      return;
    }
    for (const ref of findRefs(text)) {
      if (ref.id.startsWith('SC-')) {
        const key = refKey(ref.id);
        if (!this.acc.verification.has(key)) {
          this.acc.verification.set(key, passed);
        }
      }
    }
  }
}

// Line-shape tests that run on (nearly) every line. They are written as
// character loops rather than regexes because `RegExp.prototype.exec`
// allocates a match array per call, which showed up in the parser profile.

/**
 * Where the content of a list item starts: the end of the marker (`-`, `*`,
 * `+`, or 1–9 digits and `.`/`)`) and of the blanks after it. -1 when `text`
 * does not start with a marker followed by a blank or the end of the line.
 * Same as `/^([-*+]|\d{1,9}[.)])(?:[ \t]+|$)/`.
 */
function listMarkerEnd(text: string): number {
  const first = text.charCodeAt(0);
  let i: number;
  if (first === 45 /* - */ || first === 42 /* * */ || first === 43 /* + */) {
    i = 1;
  } else {
    i = 0;
    while (i < text.length && i < 10 && isDigit(text.charCodeAt(i))) {
      i++;
    }
    if (i === 0 || i > 9) {
      return -1;
    }
    const delimiter = text.charCodeAt(i);
    if (delimiter !== 46 /* . */ && delimiter !== 41 /* ) */) {
      return -1;
    }
    i++;
  }
  if (i === text.length) {
    return i;
  }
  const end = skipBlanks(text, i);
  return end > i ? end : -1;
}

/**
 * The level of an ATX heading (`#` to `######` followed by a blank or the
 * end of the line), or 0. Same as `/^(#{1,6})(?:[ \t]+|$)/`.
 */
function headingLevel(text: string): number {
  let level = 0;
  while (level < text.length && text.charCodeAt(level) === 35 /* # */) {
    level++;
  }
  if (level === 0 || level > 6) {
    return 0;
  }
  if (level === text.length) {
    return level;
  }
  const c = text.charCodeAt(level);
  return c === 32 || c === 9 ? level : 0;
}

/** The index of the first character at or after `from` that is not a space or tab. */
function skipBlanks(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) {
      break;
    }
    i++;
  }
  return i;
}

/**
 * Where the text after a task box starts, or -1 when `text` does not start
 * with one. Same as `/^\[([ xX~])\](?:[ \t]+|$)/` (the mark is `text[1]`),
 * without the match array: boxes are on most list items of task files.
 */
function checkboxEnd(text: string): number {
  if (text.charCodeAt(0) !== 91 /* [ */ || text.charCodeAt(2) !== 93 /* ] */) {
    return -1;
  }
  const mark = text.charCodeAt(1);
  if (
    mark !== 32 &&
    mark !== 120 /* x */ &&
    mark !== 88 /* X */ &&
    mark !== 126 /* ~ */
  ) {
    return -1;
  }
  if (text.length === 3) {
    return 3;
  }
  const end = skipBlanks(text, 3);
  return end > 3 ? end : -1;
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

/** `A`–`Z`, as `/^[A-Z]/` tests the first character, without the regex. */
function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * `String.prototype.trimStart`, skipping the builtin call for the common
 * line that starts with a printable ASCII character: every JavaScript
 * white-space or line-terminator character is either ≤ U+0020 or ≥ U+00A0.
 */
function trimStartFast(text: string): string {
  const c = text.charCodeAt(0);
  return c > 32 && c < 0xa0 ? text : text.trimStart();
}

/** `String.prototype.trimEnd`, with the same shortcut as `trimStartFast`. */
function trimEndFast(text: string): string {
  const c = text.charCodeAt(text.length - 1);
  return c > 32 && c < 0xa0 ? text : text.trimEnd();
}

/** `-`, `*`, `+` or a digit: the only characters a list item can start with. */
function mayStartList(code: number): boolean {
  return (
    code === 45 || code === 42 || code === 43 || (code >= 48 && code <= 57)
  );
}

function boxState(mark: string): SpecTaskState {
  if (mark === ' ') {
    return 'todo';
  }
  return mark === '~' ? 'partial' : 'done';
}

function checklistContext(
  kind: SpecChecklistKind,
  node: HeadingNode,
): BoxContext {
  return { type: 'checklist', kind, name: node.text, line: node.line };
}

function labelChecklistKind(label: string): SpecChecklistKind | undefined {
  const kind = classifyHeading(label);
  if (kind === 'validation') {
    return 'validation';
  }
  if (kind === 'dependencies') {
    return 'dependencies';
  }
  if (kind === 'open-questions') {
    return 'open-questions';
  }
  return undefined;
}

function checklistFileKind(path: string): SpecChecklistKind {
  const name = path.toLowerCase();
  if (name.indexOf('depend') >= 0) {
    return 'dependencies';
  }
  if (name.indexOf('question') >= 0) {
    return 'open-questions';
  }
  return 'validation';
}

/** `text` is the line without its indentation. */
function fenceOpen(text: string): Fence | undefined {
  const char = text[0];
  if (char !== '`' && char !== '~') {
    return undefined;
  }
  let length = 0;
  while (length < text.length && text[length] === char) {
    length++;
  }
  if (length < 3) {
    return undefined;
  }
  // A backtick fence's info string cannot contain backticks (that is inline code).
  if (char === '`' && text.indexOf('`', length) >= 0) {
    return undefined;
  }
  return { char, length };
}

/** Runs on every line inside a fence, so it avoids allocating. */
/** Whether the line `[start, end)` of `text` closes `fence`. */
function isFenceClose(
  text: string,
  start: number,
  end: number,
  fence: Fence,
): boolean {
  const code = fence.char.charCodeAt(0);
  let i = start;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) {
    i++;
  }
  let run = 0;
  while (i < end && text.charCodeAt(i) === code) {
    run++;
    i++;
  }
  if (run < fence.length) {
    return false;
  }
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) {
      return false;
    }
    i++;
  }
  return true;
}

function isCheckedBox(line: string): boolean {
  const content = line.trimStart();
  const marker = listMarkerEnd(content);
  if (marker < 0) {
    return false;
  }
  const box = CHECKBOX.exec(content.slice(marker));
  return Boolean(box && (box[1] === 'x' || box[1] === 'X'));
}

/** The contents of `[MARKER: …]` occurrences, honouring nested brackets. */
function bracketMarkers(text: string, marker: string): string[] {
  const found: string[] = [];
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
    found.push(cap(inner.trim()));
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

function stripClosingHashes(text: string): string {
  const trimmed = text.trim();
  let end = trimmed.length;
  while (end > 0 && trimmed[end - 1] === '#') {
    end--;
  }
  if (end < trimmed.length && (end === 0 || trimmed[end - 1] === ' ')) {
    return trimmed.slice(0, end).trim();
  }
  return trimmed;
}

function findLevel(text: string): SpecRequirementLevel | undefined {
  const match = LEVEL.exec(stripInlineCode(text));
  if (!match) {
    return undefined;
  }
  return match[1] === 'SHALL' ? 'MUST' : (match[1] as SpecRequirementLevel);
}

function cap(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}
