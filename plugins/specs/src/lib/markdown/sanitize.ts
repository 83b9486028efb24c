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

import createDOMPurify, { Config } from 'dompurify';
import { SpecUrlContext } from './urls';

/**
 * Rewrites a URL found in an `href` or `src` attribute; returns undefined (or
 * no `url`) to drop the attribute. Links get `external: true` to open in a
 * new tab, and may get a class and a title (a broken link says why).
 */
export type UrlRewriter = (
  url: string,
  context: SpecUrlContext,
) =>
  | { url?: string; external?: boolean; className?: string; title?: string }
  | undefined;

/** Options of {@link sanitizeSpecHtml}. */
export interface SanitizeSpecHtmlOptions {
  /** A link for a spec id mentioned in the text (`SPEC-0043`), if that spec exists. */
  resolveMention?: (
    mention: string,
  ) => { href: string; title?: string } | undefined;
}

// Spec ids as written in text: `SPEC-0043`, and spec-kit directory names
// such as `003-user-auth`. Only those that resolve become links.
const MENTION = /\bSPEC-\d{1,6}\b|\b\d{3,4}-[a-z][a-z0-9]*(?:-[a-z0-9]+)*\b/g;

// Text in these is left alone: links cannot nest, code is literal, and a
// heading's text is its anchor.
const NO_MENTIONS = 'a, code, pre, h1, h2, h3, h4, h5, h6';

// Spec markdown is written by anyone with access to a repository, so it is
// untrusted: HTML only (no SVG/MathML, which have their own script vectors),
// no forms, frames, embedded media or inline styles.
const HTML_CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'style',
    'form',
    'button',
    'textarea',
    'select',
    'option',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'base',
    'link',
    'meta',
    'audio',
    'video',
    'source',
    'track',
    'picture',
    'dialog',
    // Inert, but its content is a second document that nothing here needs.
    'template',
  ],
  FORBID_ATTR: [
    'style',
    'srcset',
    'action',
    'formaction',
    'poster',
    'background',
    'ping',
    'target',
  ],
  // Defence in depth: the hook below already applies the allow-list, this
  // stops any other URL-bearing attribute from carrying another scheme.
  ALLOWED_URI_REGEXP:
    /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  // Prefixes ids and names with `user-content-` so that markup cannot
  // clobber DOM globals; heading anchors are generated with that prefix.
  SANITIZE_NAMED_PROPS: true,
  ALLOW_DATA_ATTR: false,
};

/**
 * Sanitizes HTML rendered from spec markdown, applying the URL allow-list
 * through `rewriteUrl`.
 */
export function sanitizeSpecHtml(
  html: string,
  rewriteUrl: UrlRewriter,
  options: SanitizeSpecHtmlOptions = {},
): string {
  // A fresh instance per call keeps the hooks (which close over the URL
  // rewriter of one file) from leaking between documents.
  const purify = createDOMPurify(window);
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName !== 'input') return;
    // A checkbox written as HTML is shown like a task box of the markdown:
    // a read-only state, not a form control without a label. Any other
    // input is an attempt at a phishing form.
    const element = node as Element;
    if (element.getAttribute?.('type') === 'checkbox') {
      const checked = element.hasAttribute('checked');
      const state = element.ownerDocument.createElement('span');
      state.setAttribute(
        'class',
        `spec-box spec-box-${checked ? 'done' : 'todo'}`,
      );
      state.setAttribute('role', 'img');
      state.setAttribute('aria-label', checked ? 'Done' : 'Not done');
      element.parentNode?.replaceChild(state, element);
    } else {
      element.parentNode?.removeChild(element);
    }
  });
  purify.addHook('afterSanitizeAttributes', node => {
    const tag = node.tagName?.toLowerCase();
    if (tag === 'pre') {
      // Scrolls sideways when long: keyboard users must be able to reach it.
      node.setAttribute('tabindex', '0');
    }
    if (tag === 'a' && node.hasAttribute('href')) {
      const result = rewriteUrl(node.getAttribute('href') ?? '', 'link');
      if (result?.url) {
        node.setAttribute('href', result.url);
      } else {
        node.removeAttribute('href');
      }
      if (result?.url && result.external) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
      if (result?.className) {
        node.setAttribute('class', result.className);
      }
      if (result?.title) {
        node.setAttribute('title', result.title);
      }
    }
    if (tag === 'img') {
      // An image its author did not describe is decoration to a screen
      // reader, not an unnamed image (axe: image-alt).
      if (!node.hasAttribute('alt')) {
        node.setAttribute('alt', '');
      }
      const src = node.getAttribute('src');
      const result = src ? rewriteUrl(src, 'image') : undefined;
      if (!result?.url) {
        node.removeAttribute('src');
      } else {
        node.setAttribute('src', result.url);
        node.setAttribute('loading', 'lazy');
        node.setAttribute('referrerpolicy', 'no-referrer');
      }
    }
  });
  const clean = purify.sanitize(html, HTML_CONFIG) as string;
  return options.resolveMention
    ? linkMentions(clean, options.resolveMention)
    : clean;
}

/**
 * Turns spec ids in the text of sanitized HTML into links. Works on the DOM
 * (text nodes outside links, code and headings), so it can neither break
 * markup nor inject any: the links are built with DOM calls from a resolved
 * href.
 */
function linkMentions(
  html: string,
  resolve: NonNullable<SanitizeSpecHtmlOptions['resolveMention']>,
): string {
  if (!/SPEC-\d|\d{3}-[a-z]/.test(html)) return html;
  const template = document.createElement('template');
  template.innerHTML = html;
  const walker = document.createTreeWalker(
    template.content,
    NodeFilter.SHOW_TEXT,
  );
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node.parentElement?.closest(NO_MENTIONS) ?? null)) {
      texts.push(node as Text);
    }
  }
  let changed = false;
  for (const text of texts) {
    const value = text.data;
    MENTION.lastIndex = 0;
    const parts: Array<string | Node> = [];
    let last = 0;
    for (let match = MENTION.exec(value); match; match = MENTION.exec(value)) {
      const target = resolve(match[0]);
      if (!target) continue;
      const link = document.createElement('a');
      link.setAttribute('href', target.href);
      link.setAttribute('class', 'spec-mention');
      if (target.title) link.setAttribute('title', target.title);
      link.textContent = match[0];
      parts.push(value.slice(last, match.index), link);
      last = match.index + match[0].length;
    }
    if (!parts.length) continue;
    parts.push(value.slice(last));
    text.replaceWith(...parts);
    changed = true;
  }
  return changed ? template.innerHTML : html;
}

const SVG_CONFIG: Config = {
  USE_PROFILES: { svg: true, svgFilters: true },
  // Mermaid scopes its theme in a <style> element inside the SVG, so it
  // stays; HTML inside foreignObject does not (labels are rendered as SVG
  // text, see MermaidDiagram).
  ADD_TAGS: ['style'],
  FORBID_TAGS: ['foreignObject', 'script', 'a', 'image', 'use'],
  FORBID_ATTR: ['href', 'xlink:href'],
};

/** Sanitizes an SVG produced by mermaid from spec markdown. */
export function sanitizeSpecSvg(svg: string): string {
  const purify = createDOMPurify(window);
  purify.addHook('uponSanitizeElement', (node, data) => {
    // CSS can still make requests; diagram styles have no need for them.
    if (data.tagName === 'style' && node.textContent) {
      node.textContent = node.textContent
        .replace(/@import[^;]*;?/gi, '')
        .replace(/url\s*\([^)]*\)/gi, 'none');
    }
  });
  return purify.sanitize(svg, SVG_CONFIG) as string;
}
