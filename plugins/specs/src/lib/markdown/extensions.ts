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

import { Parser, TokenizerAndRendererExtension, Tokens } from 'marked';

type MarkerToken = Tokens.Generic & {
  kind: 'open' | 'resolved';
  tokens: Tokens.Generic[];
};

// `[NEEDS CLARIFICATION: question]` and `[CLARIFIED: answer]`, with at most
// one level of brackets inside (links). Bounded, so a stray `[NEEDS` cannot
// make the scan run to the end of the file.
const MARKER =
  /^\[(NEEDS CLARIFICATION|CLARIFIED)\s*:?\s*((?:[^[\]]|\[[^[\]]*\]){0,2000})\]/i;

/**
 * Spec-kit's clarification markers as styled states instead of literal
 * bracketed text: an open question stands out, a resolved one is marked as
 * such.
 */
const clarificationMarker: TokenizerAndRendererExtension = {
  name: 'specClarification',
  level: 'inline',
  start(src: string) {
    const match = /\[(?:NEEDS CLARIFICATION|CLARIFIED)/i.exec(src);
    return match ? match.index : undefined;
  },
  tokenizer(
    this: { lexer: { inlineTokens(src: string): Tokens.Generic[] } },
    src: string,
  ) {
    const match = MARKER.exec(src);
    if (!match) return undefined;
    const token: MarkerToken = {
      type: 'specClarification',
      raw: match[0],
      kind: match[1].toUpperCase() === 'CLARIFIED' ? 'resolved' : 'open',
      tokens: this.lexer.inlineTokens(match[2].trim()),
    };
    return token;
  },
  renderer(this: { parser: Parser }, token: Tokens.Generic) {
    const { kind, tokens } = token as MarkerToken;
    const label = kind === 'open' ? 'Needs clarification' : 'Clarified';
    return `<span class="spec-clarification spec-clarification-${kind}"><strong class="spec-clarification-label">${label}:</strong> ${this.parser.parseInline(
      tokens,
    )}</span>`;
  },
};

/** The marked extensions of spec markdown. */
export const specMarkdownExtensions = [clarificationMarker];
