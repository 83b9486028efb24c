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
import { hasLabel, isTaskFile, standardBoxState } from './common';
import { sectionClassifier } from './sectionClassifier';
import { FormatProbe, SpecFormat } from './SpecFormat';

// The cloud-native-ref template family (Smana/cloud-native-ref,
// `docs/specs/`): the seed single file (`**Spec ID**`, four-persona review
// checklist, `Task N.M` boxes), the consolidated single file (`**ID**`,
// `US-N`, `T001`), the four-artifact directory (spec, plan, tasks,
// clarifications, SUMMARY) and the three-artifact directory (tasks in
// plan.md, `phases/<n>-<slug>/plan.md` sub-plans, VERIFICATION.md).

const CNREF_ROLES = new Set<SpecFileRole>([
  'clarifications',
  'summary',
  'verification',
  'phase-plan',
]);

/** The id header every generation of the template writes. */
const CNREF_LABELS = ['spec id', 'id'];

function detect(probe: FormatProbe): number {
  let score = 0;
  if (hasLabel(probe.files, CNREF_LABELS)) {
    score += 2;
  }
  if (probe.files.some(f => CNREF_ROLES.has(fileRole(f.path)))) {
    score += 1;
  }
  return score;
}

/**
 * The cloud-native-ref template family.
 *
 * @public
 */
export const cnrefFormat: SpecFormat = {
  name: 'cnref',
  label: 'cloud-native-ref template',
  isSpecDirectory: () => false,
  detect,
  fileRole,
  classifySection: sectionClassifier(COMMON_SECTION_RULES),
  boxState: standardBoxState,
  isTaskFile,
};
