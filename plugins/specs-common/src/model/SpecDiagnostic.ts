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

/**
 * How sure a diagnostic is that something is wrong.
 *
 * @remarks
 * The catalog turns `error` diagnostics into entity processing errors, so
 * only problems that make a document unusable as a spec (it is not a spec at
 * all, or the parser failed) are errors. Everything a real, readable spec can
 * still have (placeholders, stale status, coverage gaps) is a warning or info.
 *
 * @public
 */
export type SpecDiagnosticSeverity = 'error' | 'warning' | 'info';

/**
 * The identifiers of the lint rules.
 *
 * @public
 */
export type SpecLintRule =
  | 'not-a-spec'
  | 'parse-failure'
  | 'invalid-utf8'
  | 'missing-section'
  | 'placeholder'
  | 'uncited-requirement'
  | 'unresolved-clarification'
  | 'stale-status'
  | 'status-mismatch'
  | 'undefined-reference'
  | 'duplicate-definition'
  | 'invalid-front-matter'
  | 'duplicate-id';

/**
 * One finding about a spec, attached to a file and line when known.
 *
 * @public
 */
export interface SpecDiagnostic {
  severity: SpecDiagnosticSeverity;
  /** One of {@link SpecLintRule}; typed as string so that new rules do not break consumers. */
  rule: SpecLintRule | string;
  message: string;
  /** The path of the file, as given in {@link SpecSourceFile.path}. */
  file?: string;
  /** 1-based line number. */
  line?: number;
}
