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

import { SpecFileRole } from '../../model';
import { fileRole } from '../fileRoles';
import { COMMON_SECTION_RULES } from './commonSections';
import { headMatches, standardBoxState } from './common';
import { sectionClassifier } from './sectionClassifier';
import { FormatProbe, SpecFormat } from './SpecFormat';

// GitHub spec-kit (`/speckit.specify`, `/speckit.plan`, `/speckit.tasks`):
// `specs/NNN-feature/` with spec.md, plan.md, tasks.md, research.md,
// data-model.md, quickstart.md, contracts/ and checklists/.

/** Text only spec-kit's templates write, near the top of their files. */
const SPEC_KIT_HEAD =
  /\*\*Feature Branch\*\*|^# (?:Feature Specification|Implementation Plan:)|\*\*Input\*\*: Design documents from|^## Format: `\[ID\]|\/speckit\./m;
/** Spec-kit's task tags: `- [ ] T012 [P] [US1] …`. */
const SPEC_KIT_TASK = /^- \[[ xX]\] T\d+ (?:\[P\] )?\[US\d/m;

const DESIGN_DOCS = new Set(['research.md', 'data-model.md', 'quickstart.md']);

function detect(probe: FormatProbe): number {
  let score = 0;
  if (headMatches(probe.files, SPEC_KIT_HEAD)) {
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
  if (headMatches(probe.files, SPEC_KIT_TASK)) {
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
  isSpecDirectory: () => false,
  detect,
  fileRole,
  classifySection: sectionClassifier(COMMON_SECTION_RULES),
  boxState: standardBoxState,
  taskFileRoles: new Set<SpecFileRole>(['tasks']),
};
