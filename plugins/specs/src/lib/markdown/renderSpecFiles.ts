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

import { Marked, Parser, Token, Tokens } from 'marked';
import { SpecDocumentFile } from '../../api';
import { stripFrontMatter } from './frontMatter';
import { LocatedToken, locateTokens } from './locateTokens';
import { specMarkdownExtensions } from './extensions';
import { UrlRewriter, sanitizeSpecHtml } from './sanitize';
import { ID_PREFIX, Slugger, anchorId, fileAnchor, lineAnchor } from './slug';
import { classifySpecUrl, specFileUrl } from './urls';

/** A piece of a rendered markdown file. */
export type MarkdownBlock =
  | { type: 'html'; html: string }
  | { type: 'code'; id: string; language?: string; text: string }
  | { type: 'mermaid'; id: string; label: string; text: string };

/** An entry of the table of contents. */
export interface TocEntry {
  /** The fragment (`#summary`), without the `user-content-` prefix of the element's id. */
  id: string;
  text: string;
  depth: number;
}

/** One markdown file of a spec, rendered and sanitized. */
export interface RenderedSpecFile {
  path: string;
  role: string;
  /** The fragment of the file's section. */
  id: string;
  blocks: MarkdownBlock[];
  toc: TocEntry[];
  /**
   * The element ids of rendered blocks by the line they start on, in order:
   * where a `file:line` (a diagnostic, a requirement) is on the page.
   */
  lines: Array<{ line: number; id: string }>;
}

/** Where a link ends up; see {@link SpecLinkResolver}. @public */
export type SpecLinkResolution =
  /** A page of the portal or an external page. */
  | { type: 'href'; href: string; title?: string; external?: boolean }
  /** An attachment of this spec, fetched from the specs backend with the user's credentials. */
  | { type: 'file'; href: string }
  /** Still being looked up. */
  | { type: 'pending' }
  /** Leads nowhere: shown as a broken link with the reason. */
  | { type: 'broken'; reason: string };

/** A link to a path of the spec's tree that is not one of its markdown files. @public */
export interface SpecLinkTarget {
  /** Relative to the spec root; starts with `../` when it climbs above it. */
  path: string;
  fragment?: string;
}

/** Decides where links that leave the spec's own files go. @public */
export interface SpecLinkResolver {
  resolvePath(target: SpecLinkTarget): SpecLinkResolution;
  /** A link for a mention of a spec id in the text, when that spec exists. */
  resolveMention?(
    mention: string,
  ): { href: string; title?: string } | undefined;
}

/** Options of {@link renderSpecFiles}. */
export interface RenderSpecFilesOptions {
  /** Where the specs backend serves the spec's files; attachments are dropped while unknown. */
  filesBaseUrl?: string;
  links?: SpecLinkResolver;
  /**
   * Fragments of the spec's items (`fr-001`, `task-2-3`) by file and line,
   * from the parsed document: the page puts them on the blocks the parser
   * read the items from.
   */
  anchors?: Map<string, Map<number, string[]>>;
}

const DIAGRAM_KINDS: Record<string, string> = {
  sequencediagram: 'Sequence diagram',
  flowchart: 'Flowchart',
  graph: 'Flowchart',
  classdiagram: 'Class diagram',
  statediagram: 'State diagram',
  'statediagram-v2': 'State diagram',
  erdiagram: 'Entity relationship diagram',
  gantt: 'Gantt chart',
  pie: 'Pie chart',
  journey: 'User journey',
  gitgraph: 'Git graph',
  mindmap: 'Mind map',
  timeline: 'Timeline',
  c4context: 'C4 context diagram',
  quadrantchart: 'Quadrant chart',
};

/**
 * A name for a mermaid diagram from what it says: its `title` or
 * `accTitle`, else its kind and the section it is in.
 */
export function diagramLabel(text: string, section?: string): string {
  const title = /^\s*(?:accTitle\s*:|title\s*:?)\s*(.+)$/im.exec(text)?.[1];
  if (title) return title.trim();
  const first = text
    .split('\n')
    .map(l => l.trim())
    .find(l => l && !l.startsWith('%%') && l !== '---');
  const keyword = first?.split(/\s+/)[0]?.toLowerCase() ?? '';
  const kind = DIAGRAM_KINDS[keyword] ?? 'Diagram';
  return section ? `${kind}: ${section}` : kind;
}

function plainText(tokens: Token[] | undefined): string {
  return (tokens ?? [])
    .map(token => {
      if ('tokens' in token && token.tokens) {
        return plainText(token.tokens);
      }
      if (
        token.type === 'text' ||
        token.type === 'codespan' ||
        token.type === 'escape'
      ) {
        return token.text;
      }
      return '';
    })
    .join('');
}

/** What the renderer hangs on tokens before rendering them. */
type Marks = {
  /** Element ids: the first goes on the element, the others on empty spans in it. */
  specIds?: string[];
  /** `[~]` / `[-]` boxes, which GFM does not know. */
  specBox?: 'partial' | 'skipped';
};
type Marked$ = LocatedToken & Marks;

const BOX_LABELS = {
  done: 'Done',
  todo: 'Not done',
  partial: 'Partly done',
  skipped: 'Skipped',
};

function box(state: keyof typeof BOX_LABELS): string {
  return `<span class="spec-box spec-box-${state}" role="img" aria-label="${BOX_LABELS[state]}"></span>`;
}

function idAttr(ids: string[] | undefined): { attr: string; extra: string } {
  if (!ids?.length) return { attr: '', extra: '' };
  const [first, ...rest] = ids;
  return {
    attr: ` id="${first}"`,
    extra: rest.map(id => `<span id="${id}"></span>`).join(''),
  };
}

// `**Spec ID**: SPEC-0042` or `**Spec ID:** SPEC-0042`, one a line.
const FIELD_LINE = /^\s*\*\*([^*\n]{1,60}?):?\*\*:?[ \t]*(.*)$/;

function fieldLines(raw: string): Array<[string, string]> | undefined {
  const lines = raw.trim().split('\n');
  if (lines.length < 2) return undefined;
  const fields: Array<[string, string]> = [];
  for (const line of lines) {
    const match = FIELD_LINE.exec(line.replace(/\s{2,}$|\\$/, ''));
    if (!match) return undefined;
    fields.push([match[1].trim(), match[2].trim()]);
  }
  return fields;
}

function createMarked(): Marked {
  const marked = new Marked({ gfm: true });
  marked.use({
    extensions: specMarkdownExtensions,
    renderer: {
      heading(this: { parser: Parser }, token: Tokens.Heading) {
        const { attr, extra } = idAttr((token as Marked$).specIds);
        const inner = this.parser.parseInline(token.tokens);
        const id = (token as Marked$).specIds?.[0];
        const text = plainText(token.tokens).trim();
        // The permalink sits after the heading, not in it, so that the
        // heading's accessible name is its text; it is left out of the tab
        // order because the contents list links to every heading already.
        const permalink = id
          ? `<a class="spec-heading-anchor" href="#${id.slice(
              ID_PREFIX.length,
            )}" tabindex="-1" aria-label="Permalink: ${text.replace(
              /"/g,
              '&quot;',
            )}">#</a>`
          : '';
        return `<div class="spec-heading"><h${token.depth}${attr}>${extra}${inner}</h${token.depth}>${permalink}</div>\n`;
      },
      paragraph(this: { parser: Parser }, token: Tokens.Paragraph) {
        const { attr, extra } = idAttr((token as Marked$).specIds);
        const fields = fieldLines(token.raw);
        if (fields) {
          // A block of `**Key**: value` lines is a metadata table, not a
          // paragraph with its lines run together.
          const rows = fields
            .map(
              ([key, value]) =>
                `<dt>${marked.parseInline(key)}</dt><dd>${
                  value ? marked.parseInline(value) : '—'
                }</dd>`,
            )
            .join('');
          return `<dl class="spec-fields"${attr}>${extra}${rows}</dl>\n`;
        }
        return `<p${attr}>${extra}${this.parser.parseInline(
          token.tokens,
        )}</p>\n`;
      },
      listitem(this: { parser: Parser }, item: Tokens.ListItem) {
        const marks = item as Marked$;
        const { attr, extra } = idAttr(marks.specIds);
        const task = item.task || marks.specBox;
        const state = marks.specBox ? box(marks.specBox) : '';
        return `<li${attr}${
          task ? ' class="spec-task"' : ''
        }>${extra}${state}${this.parser.parse(item.tokens)}</li>\n`;
      },
      checkbox({ checked }: Tokens.Checkbox) {
        return box(checked ? 'done' : 'todo');
      },
      table(this: { parser: Parser }, token: Tokens.Table) {
        const renderer = this.parser.renderer;
        const head = renderer.tablerow({
          text: token.header.map(cell => renderer.tablecell(cell)).join(''),
        });
        const body = token.rows
          .map(row =>
            renderer.tablerow({
              text: row.map(cell => renderer.tablecell(cell)).join(''),
            }),
          )
          .join('');
        // Wide tables scroll inside their own box, which keyboard users
        // must be able to reach.
        return `<div class="spec-table" tabindex="0"><table><thead>${head}</thead>${
          body ? `<tbody>${body}</tbody>` : ''
        }</table></div>\n`;
      },
      tablecell(this: { parser: Parser }, cell: Tokens.TableCell) {
        const { attr, extra } = idAttr(
          (cell as Tokens.TableCell & Marks).specIds,
        );
        const tag = cell.header ? 'th' : 'td';
        const align = cell.align ? ` align="${cell.align}"` : '';
        return `<${tag}${attr}${align}>${extra}${this.parser.parseInline(
          cell.tokens,
        )}</${tag}>\n`;
      },
    },
  });
  return marked;
}

// `[~] Task 2.3` (partly done) and `[-] Task 2.4` (dropped) boxes.
const EXTRA_BOX = /^\[([~/-])\][ \t]+/;

function markExtraBox(item: Tokens.ListItem) {
  if (item.task) return;
  const first = item.tokens[0] as Tokens.Text | Tokens.Paragraph | undefined;
  if (!first || (first.type !== 'text' && first.type !== 'paragraph')) return;
  const match = EXTRA_BOX.exec(first.text);
  if (!match) return;
  const inline = first.tokens?.[0] as Tokens.Text | undefined;
  if (!inline || inline.type !== 'text' || !EXTRA_BOX.test(inline.text)) return;
  inline.text = inline.text.replace(EXTRA_BOX, '');
  inline.raw = inline.raw.replace(EXTRA_BOX, '');
  if (inline.tokens?.[0]?.type === 'text') {
    const nested = inline.tokens[0] as Tokens.Text;
    nested.text = nested.text.replace(EXTRA_BOX, '');
  }
  first.text = first.text.replace(EXTRA_BOX, '');
  (item as Marked$).specBox = match[1] === '~' ? 'partial' : 'skipped';
}

/**
 * Renders the markdown files of a spec: marked with the spec extensions,
 * then DOMPurify with the URL allow-list. Top-level fenced code is split out
 * so that it can be shown with the portal's code component, and mermaid
 * fences can be drawn as diagrams. Headings and the parser's items get
 * anchors; links are resolved by `options.links`.
 */
export function renderSpecFiles(
  files: SpecDocumentFile[],
  options: RenderSpecFilesOptions = {},
): RenderedSpecFile[] {
  const { filesBaseUrl, links, anchors } = options;
  const marked = createMarked();
  const slugger = new Slugger();
  const usedIds = new Set<string>();
  const markdownFiles = new Map(files.map(f => [f.path, fileAnchor(f.path)]));

  const claim = (fragment: string): string | undefined => {
    const id = anchorId(fragment);
    if (usedIds.has(id)) return undefined;
    usedIds.add(id);
    return id;
  };

  return files.map(file => {
    const rewriteUrl: UrlRewriter = (url, context) => {
      const target = classifySpecUrl(url, file.path, context);
      switch (target.type) {
        case 'external':
          return { url: target.url, external: context === 'link' };
        case 'anchor':
          return { url: `#${target.fragment}` };
        case 'file': {
          const fileSection = markdownFiles.get(target.path);
          if (fileSection && context === 'link') {
            // Another file of this spec, rendered on the same page.
            return { url: `#${target.fragment ?? fileSection}` };
          }
          if (context === 'image') {
            return filesBaseUrl
              ? { url: specFileUrl(filesBaseUrl, target.path) }
              : undefined;
          }
          return resolveLink(links, target, filesBaseUrl);
        }
        case 'outside':
          return resolveLink(links, target, undefined);
        default:
          return undefined;
      }
    };

    const { body, lines: frontMatterLines } = stripFrontMatter(file.markdown);
    const tokens = marked.lexer(body);
    locateTokens(tokens, body, frontMatterLines + 1);
    const fileAnchors = anchors?.get(file.path);
    const toc: TocEntry[] = [];
    const lines: Array<{ line: number; id: string }> = [];
    const place = (token: Marked$, own?: string) => {
      const line = token.specLine;
      const ids: string[] = own ? [own] : [];
      if (line !== undefined) {
        for (const fragment of fileAnchors?.get(line) ?? []) {
          const id = claim(fragment);
          if (id) ids.push(id);
        }
        if (!ids.length) {
          const id = claim(lineAnchor(file.path, line));
          if (id) ids.push(id);
        }
        if (ids.length) lines.push({ line, id: ids[0] });
      }
      if (ids.length) token.specIds = ids;
    };

    let section: string | undefined;
    marked.walkTokens(tokens, token => {
      switch (token.type) {
        case 'heading': {
          const heading = token as Tokens.Heading;
          const text = plainText(heading.tokens).trim();
          const slug = slugger.slug(text);
          usedIds.add(anchorId(slug));
          toc.push({ id: slug, text, depth: heading.depth });
          place(token as Marked$, anchorId(slug));
          break;
        }
        case 'list_item':
          markExtraBox(token as Tokens.ListItem);
          place(token as Marked$);
          break;
        case 'paragraph':
          place(token as Marked$);
          break;
        case 'table': {
          const table = token as Tokens.Table & Marked$;
          if (table.specLine !== undefined) {
            table.rows.forEach((row, index) => {
              // Header, delimiter row, then one line a row.
              const cell = row[0] as Tokens.TableCell & Marked$;
              if (cell) {
                cell.specLine = table.specLine! + 2 + index;
                place(cell);
              }
            });
          }
          break;
        }
        default:
          break;
      }
    });

    const blocks: MarkdownBlock[] = [];
    let pending: Token[] = [];
    const flush = () => {
      const html = pending.length
        ? sanitizeSpecHtml(marked.parser(pending), rewriteUrl, {
            resolveMention: links?.resolveMention?.bind(links),
          }).trim()
        : '';
      if (html) {
        blocks.push({ type: 'html', html });
      }
      pending = [];
    };
    for (const token of tokens as Marked$[]) {
      if (token.type === 'heading') {
        section = plainText((token as Tokens.Heading).tokens).trim();
      }
      if (
        token.type === 'code' &&
        (token as Tokens.Code).codeBlockStyle !== 'indented'
      ) {
        flush();
        const code = token as Tokens.Code;
        const language = code.lang?.trim().split(/\s+/)[0]?.toLowerCase();
        const line = token.specLine ?? 0;
        const id =
          claim(lineAnchor(file.path, line)) ??
          anchorId(`${fileAnchor(file.path)}-code-${blocks.length}`);
        lines.push({ line, id });
        blocks.push(
          language === 'mermaid'
            ? {
                type: 'mermaid',
                id,
                label: diagramLabel(code.text, section),
                text: code.text,
              }
            : {
                type: 'code',
                id,
                language: language || undefined,
                text: code.text,
              },
        );
      } else {
        pending.push(token);
      }
    }
    flush();

    lines.sort((a, b) => a.line - b.line);
    return {
      path: file.path,
      role: file.role,
      id: markdownFiles.get(file.path)!,
      blocks,
      toc,
      lines,
    };
  });
}

function resolveLink(
  links: SpecLinkResolver | undefined,
  target: { path: string; fragment?: string },
  filesBaseUrl: string | undefined,
): ReturnType<UrlRewriter> {
  const outside = target.path.startsWith('../');
  let resolution: SpecLinkResolution;
  if (links) {
    resolution = links.resolvePath(target);
  } else if (!outside && filesBaseUrl) {
    resolution = { type: 'file', href: specFileUrl(filesBaseUrl, target.path) };
  } else {
    resolution = {
      type: 'broken',
      reason: `${target.path} is not a file of this spec`,
    };
  }
  switch (resolution.type) {
    case 'href':
      return {
        url: resolution.href,
        external: resolution.external,
        title: resolution.title,
      };
    case 'file':
      return { url: resolution.href, className: 'spec-file-link' };
    case 'pending':
      return { className: 'spec-pending-link' };
    default:
      return {
        className: 'spec-broken-link',
        title: `Broken link: ${resolution.reason}`,
      };
  }
}
