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
import { UrlRewriter, sanitizeSpecHtml } from './sanitize';
import { Slugger, anchorId } from './slug';
import { classifySpecUrl, specFileUrl } from './urls';

/** A piece of a rendered markdown file. */
export type MarkdownBlock =
  | { type: 'html'; html: string }
  | { type: 'code'; language?: string; text: string }
  | { type: 'mermaid'; text: string };

/** An entry of the table of contents. */
export interface TocEntry {
  id: string;
  text: string;
  depth: number;
}

/** One markdown file of a spec, rendered and sanitized. */
export interface RenderedSpecFile {
  path: string;
  role: string;
  /** The anchor id of the file's section. */
  id: string;
  blocks: MarkdownBlock[];
  toc: TocEntry[];
}

type HeadingWithId = Tokens.Heading & { anchorId?: string };

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

function createMarked(): Marked {
  return new Marked({
    gfm: true,
    renderer: {
      heading(this: { parser: Parser }, token: Tokens.Heading) {
        const id = (token as HeadingWithId).anchorId;
        const inner = this.parser.parseInline(token.tokens);
        if (!id) {
          return `<h${token.depth}>${inner}</h${token.depth}>\n`;
        }
        return (
          `<h${token.depth} id="${id}">${inner}` +
          `<a class="spec-heading-anchor" href="#${id}" aria-label="Link to this section">#</a>` +
          `</h${token.depth}>\n`
        );
      },
    },
  });
}

function fileAnchorId(path: string): string {
  return anchorId(`file-${path.replace(/[^A-Za-z0-9_-]+/g, '-')}`);
}

/**
 * Renders the markdown files of a spec: marked, then DOMPurify with the URL
 * allow-list. Top-level fenced code is split out so that it can be shown with
 * the portal's code component, and mermaid fences can be drawn as diagrams.
 *
 * @param filesBaseUrl - where the specs backend serves the spec's files;
 *   relative links and images are dropped while it is unknown.
 */
export function renderSpecFiles(
  files: SpecDocumentFile[],
  filesBaseUrl: string | undefined,
): RenderedSpecFile[] {
  const marked = createMarked();
  const slugger = new Slugger();
  const markdownFiles = new Map(files.map(f => [f.path, fileAnchorId(f.path)]));

  return files.map(file => {
    const rewriteUrl: UrlRewriter = (url, context) => {
      const target = classifySpecUrl(url, file.path, context);
      switch (target.type) {
        case 'external':
          return { url: target.url, external: context === 'link' };
        case 'anchor':
          return { url: `#${anchorId(target.fragment)}` };
        case 'file': {
          const fileAnchor = markdownFiles.get(target.path);
          if (fileAnchor && context === 'link') {
            // Another file of this spec is rendered on the same page.
            return {
              url: `#${target.fragment ? anchorId(target.fragment) : fileAnchor}`,
            };
          }
          return filesBaseUrl
            ? { url: specFileUrl(filesBaseUrl, target.path) }
            : undefined;
        }
        default:
          return undefined;
      }
    };

    const tokens = marked.lexer(file.markdown);
    const toc: TocEntry[] = [];
    marked.walkTokens(tokens, token => {
      if (token.type === 'heading') {
        const text = plainText((token as Tokens.Heading).tokens).trim();
        const id = anchorId(slugger.slug(text));
        (token as HeadingWithId).anchorId = id;
        toc.push({ id, text, depth: (token as Tokens.Heading).depth });
      }
    });

    const blocks: MarkdownBlock[] = [];
    let pending: Token[] = [];
    const flush = () => {
      const html = pending.length
        ? sanitizeSpecHtml(marked.parser(pending), rewriteUrl).trim()
        : '';
      if (html) {
        blocks.push({ type: 'html', html });
      }
      pending = [];
    };
    for (const token of tokens) {
      if (token.type === 'code' && (token as Tokens.Code).codeBlockStyle !== 'indented') {
        flush();
        const code = token as Tokens.Code;
        const language = code.lang?.trim().split(/\s+/)[0]?.toLowerCase();
        blocks.push(
          language === 'mermaid'
            ? { type: 'mermaid', text: code.text }
            : { type: 'code', language: language || undefined, text: code.text },
        );
      } else {
        pending.push(token);
      }
    }
    flush();

    return {
      path: file.path,
      role: file.role,
      id: fileAnchorId(file.path),
      blocks,
      toc,
    };
  });
}
