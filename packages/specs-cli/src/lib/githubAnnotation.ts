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

/** What {@link githubAnnotation} needs of a finding. */
export interface AnnotatedFinding {
  /** Path relative to the repository root, posix. */
  file: string;
  line?: number;
  severity: 'error' | 'warning' | 'info';
  rule: string;
  message: string;
}

const COMMANDS = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
} as const;

// The escaping of GitHub's runner (and @actions/core): a message ends at a
// newline, a property also at ',' and ':'.
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * One GitHub Actions workflow command (`::error file=…,line=…::message`), so
 * that a finding shows as an annotation on the pull request's diff.
 * `info` findings become `::notice`.
 */
export function githubAnnotation(finding: AnnotatedFinding): string {
  const properties = [
    `file=${escapeProperty(finding.file)}`,
    ...(finding.line !== undefined ? [`line=${finding.line}`] : []),
    `title=${escapeProperty(`specstage ${finding.rule}`)}`,
  ];
  return `::${COMMANDS[finding.severity]} ${properties.join(',')}::${escapeData(
    finding.message,
  )}`;
}
