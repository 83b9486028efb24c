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

import { SpecDocument, SpecStatus, SpecStatusValue } from '../../model';
import { DocumentAccumulator } from '../DocumentAccumulator';
import { stripEmphasis } from '../inline';
import { normalizeStatus, statusRank } from '../normalizeStatus';
import { Fields, asString } from './Fields';

/**
 * The status of a spec: front matter wins; otherwise spec.md's, unless
 * plan.md's is further along (spec.md freezes once approved while plan.md
 * tracks execution).
 */
export function pickStatus(
  fields: Fields,
  diagnostics: SpecDocument['diagnostics'],
  acc: DocumentAccumulator,
): SpecStatus {
  const fmStatus = asString(fields.fm('status'));
  if (fmStatus) {
    return { raw: fmStatus, value: normalizeStatus(fmStatus), stale: false };
  }
  const specStatus = fields.field(['status'], ['spec']);
  const planStatus = fields.field(['status'], ['plan']);
  const anyStatus = fields.field(['status']);
  const spec = specStatus ? cleanStatus(specStatus.value) : undefined;
  const plan = planStatus ? cleanStatus(planStatus.value) : undefined;
  let source = specStatus ?? planStatus ?? anyStatus;
  if (spec && plan) {
    const specValue = normalizeStatus(spec);
    const planValue = normalizeStatus(plan);
    if (
      specValue !== planValue &&
      planValue !== 'unknown' &&
      specValue !== 'unknown'
    ) {
      diagnostics.push({
        severity: 'info',
        rule: 'status-mismatch',
        message: `spec.md says "${spec}" but plan.md says "${plan}"`,
        file: planStatus!.file,
        line: planStatus!.line,
      });
    }
    // spec.md freezes once approved while plan.md tracks execution, so the
    // plan's status wins when it is further along (never over a terminal
    // deprecated/superseded spec status).
    if (
      statusRank(planValue) > statusRank(specValue) &&
      specValue !== 'deprecated' &&
      specValue !== 'superseded'
    ) {
      source = planStatus;
    }
  }
  if (!source) {
    return { value: 'unknown', stale: false };
  }
  const chosen = cleanStatus(source.value);
  acc.statusPosition = { file: source.file, line: source.line };
  return { raw: chosen, value: normalizeStatus(chosen), stale: false };
}

function cleanStatus(value: string): string {
  return stripEmphasis(value).replace(/`/g, '').trim();
}

/** Statuses that claim the work is not finished yet. */
export const UNFINISHED_STATUSES: SpecStatusValue[] = [
  'draft',
  'in-review',
  'approved',
];
/** Statuses that allow a spec to sit in a `done/` folder. */
export const FINISHED_STATUSES: SpecStatusValue[] = [
  'implemented',
  'done',
  'deprecated',
  'superseded',
];
