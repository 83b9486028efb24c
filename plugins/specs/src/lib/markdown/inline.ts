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

import { Marked } from 'marked';
import { specMarkdownExtensions } from './extensions';
import { SanitizeSpecHtmlOptions, sanitizeSpecHtml } from './sanitize';
import { classifySpecUrl } from './urls';

const marked = new Marked({ gfm: true, extensions: specMarkdownExtensions });

/**
 * Renders one line of spec text (a task, a requirement, a story title, a
 * summary) as sanitized inline HTML: code, emphasis and links as the
 * document shows them, never as raw markdown. Only absolute http(s) and
 * mailto links are kept; relative ones have no page to go to here.
 */
export function renderInlineMarkdown(
  text: string,
  options: SanitizeSpecHtmlOptions = {},
): string {
  const html = marked.parseInline(text, { async: false }) as string;
  return sanitizeSpecHtml(
    html,
    (url, context) => {
      const target = classifySpecUrl(url, 'spec.md', context);
      return target.type === 'external'
        ? { url: target.url, external: context === 'link' }
        : undefined;
    },
    options,
  );
}
