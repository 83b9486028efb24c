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

import { parse as parseYaml } from 'yaml';
import { SpecDiagnostic } from '../model';

/** What {@link parseFrontMatter} found. */
export interface ParsedFrontMatter {
  /** The mapping, when the front matter is one. */
  data?: Record<string, unknown>;
  /** Why the front matter was ignored, if it was. */
  diagnostics: SpecDiagnostic[];
}

/** Line of the file where front matter's YAML starts (after the opening `---`). */
const FIRST_LINE = 2;

/**
 * Parses the YAML source of a file's front matter (the text between the
 * opening and closing `---`, which the tokenizer finds). Never throws: YAML
 * that is invalid or not a mapping is ignored with an `invalid-front-matter`
 * warning.
 */
export function parseFrontMatter(
  text: string,
  file: string,
): ParsedFrontMatter {
  try {
    const value = parseYaml(text, { maxAliasCount: 50, prettyErrors: false });
    if (value === null || value === undefined) {
      return { diagnostics: [] };
    }
    if (typeof value !== 'object' || Array.isArray(value)) {
      return {
        diagnostics: [
          {
            severity: 'warning',
            rule: 'invalid-front-matter',
            message: 'Front matter is not a YAML mapping; it is ignored',
            file,
            line: FIRST_LINE,
          },
        ],
      };
    }
    return { data: value as Record<string, unknown>, diagnostics: [] };
  } catch (error) {
    return {
      diagnostics: [
        {
          severity: 'warning',
          rule: 'invalid-front-matter',
          message: `Front matter is not valid YAML; it is ignored (${
            String((error as Error)?.message ?? error).split('\n')[0]
          })`,
          file,
          line: FIRST_LINE,
        },
      ],
    };
  }
}
