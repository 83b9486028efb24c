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

import { fileRole } from '../fileRoles';
import { COMMON_SECTION_RULES } from './commonSections';
import {
  hasLabel,
  isTaskFile,
  standardBoxState,
  startsWithTitle,
} from './common';
import { sectionClassifier } from './sectionClassifier';
import { FormatProbe, SpecFormat } from './SpecFormat';

// GitHub spec-kit (`/speckit.specify`, `/speckit.plan`, `/speckit.tasks`):
// `specs/NNN-feature/` with spec.md, plan.md, tasks.md, research.md,
// data-model.md, quickstart.md, contracts/ and checklists/.

/** Header fields only spec-kit's templates write. */
const SPEC_KIT_LABELS = ['feature branch', 'input'];
/** Titles of spec-kit's spec and plan. */
const SPEC_KIT_TITLES = ['# Feature Specification', '# Implementation Plan:'];

const DESIGN_DOCS = new Set(['research.md', 'data-model.md', 'quickstart.md']);

/** `001-photo-albums`, `1-add-hello-world-page`: a numbered feature directory. */
const FEATURE_DIR = /^\d{1,6}[-_][^/]+$/;

/**
 * `specs/NNN-feature/` (also `.specify/specs/feature/NNN-x/`) holding only a
 * plan.md or tasks.md is a spec: spec-kit writes spec.md first, but teams
 * delete or never commit it, and the tasks are what the portal shows.
 */
function isSpecDirectory(dir: string, names: ReadonlySet<string>): boolean {
  if (!names.has('tasks.md') && !names.has('plan.md')) {
    return false;
  }
  const parts = dir.toLowerCase().split('/');
  const name = parts[parts.length - 1] ?? '';
  return (
    FEATURE_DIR.test(name) &&
    (parts[parts.length - 2] === 'specs' || parts[parts.length - 3] === 'specs')
  );
}

function detect(probe: FormatProbe): number {
  let score = 0;
  if (
    hasLabel(probe.files, SPEC_KIT_LABELS) ||
    startsWithTitle(probe.files, SPEC_KIT_TITLES)
  ) {
    score += 2;
  }
  if (
    probe.files.some(f => {
      const path = f.path.toLowerCase();
      return (
        path.startsWith('checklists/') ||
        path.startsWith('contracts/') ||
        DESIGN_DOCS.has(path)
      );
    })
  ) {
    score += 1;
  }
  return score;
}

/**
 * GitHub spec-kit.
 *
 * @public
 */
export const specKitFormat: SpecFormat = {
  name: 'spec-kit',
  label: 'GitHub spec-kit',
  isSpecDirectory,
  detect,
  fileRole,
  classifySection: sectionClassifier(COMMON_SECTION_RULES),
  boxState: standardBoxState,
  isTaskFile,
};
