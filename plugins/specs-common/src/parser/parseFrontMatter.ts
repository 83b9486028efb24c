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
export interface FrontMatterResult {
  /** The mapping, when the front matter is one. */
  value?: Record<string, unknown>;
  /** Why the front matter was ignored, without `file`: the caller knows which file it parsed. */
  diagnostics: SpecDiagnostic[];
}

/** Options of {@link parseFrontMatter}. */
export interface ParseFrontMatterOptions {
  /** The line of the file on which `source` starts (1-based); default 1. */
  line?: number;
}

/**
 * Parses the YAML source of a file's front matter (the text between the
 * opening and closing `---`, which the tokenizer finds). Never throws: YAML
 * that is invalid or not a mapping is ignored with an `invalid-front-matter`
 * warning.
 *
 * Thin version on this branch: the security work (issue 15) replaces this
 * file with a hardened one of the same signature.
 */
export function parseFrontMatter(
  source: string,
  options?: ParseFrontMatterOptions,
): FrontMatterResult {
  const line = options?.line ?? 1;
  const ignored = (message: string): FrontMatterResult => ({
    diagnostics: [
      { severity: 'warning', rule: 'invalid-front-matter', message, line },
    ],
  });
  try {
    const value = parseYaml(source, {
      maxAliasCount: 50,
      prettyErrors: false,
    });
    if (value === null || value === undefined) {
      return { diagnostics: [] };
    }
    if (typeof value !== 'object' || Array.isArray(value)) {
      return ignored('Front matter is not a YAML mapping; it is ignored');
    }
    return { value: value as Record<string, unknown>, diagnostics: [] };
  } catch (error) {
    return ignored(
      `Front matter is not valid YAML; it is ignored (${
        String((error as Error)?.message ?? error).split('\n')[0]
      })`,
    );
  }
}
