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

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CommandIo } from './lib/io';

const created: string[] = [];

/**
 * Writes `files` (posix paths → content) under a fresh temp directory and
 * returns its path. Directories are removed by {@link removeTempTrees}.
 */
export function createTempTree(files: Record<string, string | Buffer>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'specstage-cli-'));
  created.push(root);
  for (const [file, content] of Object.entries(files)) {
    const abs = path.join(root, ...file.split('/'));
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
  return root;
}

export function removeTempTrees() {
  for (const dir of created.splice(0)) {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A {@link CommandIo} that records what a command prints. */
export function captureIo(cwd: string): CommandIo & {
  out(): string;
  err(): string;
} {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    cwd,
    stdout: text => stdout.push(text),
    stderr: text => stderr.push(text),
    out: () => stdout.join(''),
    err: () => stderr.join(''),
  };
}

/** A small but complete spec in the consolidated single-file format. */
export const GOOD_SPEC = `# Spec: Valkey cache composition

**ID**: SPEC-0042
**Type**: composition
**Status**: draft
**Created**: 2026-03-01

## Summary

Offer a Valkey cache as a Crossplane composition.

## User Stories

### US-1: Developer gets a cache (Priority: P1)

As a developer I want a cache so that my app is fast.

**Acceptance Scenarios**:

1. **Given** a claim, **When** applied, **Then** a cache is ready.

## Requirements

- **FR-001**: The composition MUST create a Valkey instance.
- **FR-002**: The composition SHOULD expose metrics.

## Success Criteria

- **SC-001**: A claim becomes ready in under 5 minutes.

## Tasks

- [x] T001: Write the XRD (FR-001)
- [ ] T002: Add the metrics exporter (FR-002, SC-001)

## Review Checklist

### Project Manager (PM)
- [x] Problem is clear
- [ ] Success criteria are measurable

### SRE
- [ ] Alerts defined
`;

/** The seed template with nothing filled in: placeholders everywhere. */
export const TEMPLATE_SPEC = `# Spec: [Title]

**Spec ID**: SPEC-XXXX
**Status**: draft
**Created**: YYYY-MM-DD
**Author**: [Name]

## Summary

[One paragraph summary]

## User Stories

#### User Story 1 - [Title] (Priority: P1)

[Description]

## Requirements

- **FR-001**: [Requirement]

## Success Criteria

- **SC-001**: [Criterion]

### Phase 1: [Name]

**Goal**: [Goal]

- [ ] Task 1.1: [Task]

**Exit Criteria**: [Criteria]
`;
