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
 * Rewrites a URL found in an `href` or `src` attribute; returns undefined to
 * drop the attribute. Links get `external: true` to open in a new tab.
 */
export type UrlRewriter = (
  url: string,
  context: SpecUrlContext,
) => { url: string; external?: boolean } | undefined;

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
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  // Prefixes ids and names with `user-content-` so that markup cannot
  // clobber DOM globals; heading anchors are generated with that prefix.
  SANITIZE_NAMED_PROPS: true,
  ALLOW_DATA_ATTR: false,
};

/**
 * Sanitizes HTML rendered from spec markdown, applying the URL allow-list
 * through `rewriteUrl`.
 */
export function sanitizeSpecHtml(html: string, rewriteUrl: UrlRewriter): string {
  // A fresh instance per call keeps the hooks (which close over the URL
  // rewriter of one file) from leaking between documents.
  const purify = createDOMPurify(window);
  purify.addHook('uponSanitizeElement', (node, data) => {
    // GitHub task lists render as disabled checkboxes; any other input is
    // an attempt at a phishing form.
    if (
      data.tagName === 'input' &&
      (node as Element).getAttribute?.('type') !== 'checkbox'
    ) {
      node.parentNode?.removeChild(node);
    }
  });
  purify.addHook('afterSanitizeAttributes', node => {
    const tag = node.tagName?.toLowerCase();
    if (tag === 'input') {
      node.setAttribute('disabled', '');
    }
    if (tag === 'a' && node.hasAttribute('href')) {
      const result = rewriteUrl(node.getAttribute('href')!, 'link');
      if (!result) {
        node.removeAttribute('href');
      } else {
        node.setAttribute('href', result.url);
        if (result.external) {
          node.setAttribute('target', '_blank');
          node.setAttribute('rel', 'noopener noreferrer');
        }
      }
    }
    if (tag === 'img') {
      const src = node.getAttribute('src');
      const result = src ? rewriteUrl(src, 'image') : undefined;
      if (!result) {
        node.removeAttribute('src');
      } else {
        node.setAttribute('src', result.url);
        node.setAttribute('loading', 'lazy');
        node.setAttribute('referrerpolicy', 'no-referrer');
      }
    }
  });
  return purify.sanitize(html, HTML_CONFIG) as string;
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
