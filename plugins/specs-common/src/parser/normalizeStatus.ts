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

import { SpecStatusValue } from '../model';
import { stripAnnotations, stripEmoji } from './inline';

// Words people write in a `**Status**` line, mapped to the normalized set.
// Matching is on the lower-cased text with emoji, annotations and
// punctuation removed, so `✅ Done (shipped 2026-07)` reads as `done`.
const STATUS_WORDS: Array<[string, SpecStatusValue]> = [
  ['draft', 'draft'],
  ['wip draft', 'draft'],
  ['proposed', 'in-review'],
  ['proposal', 'in-review'],
  ['in review', 'in-review'],
  ['review', 'in-review'],
  ['under review', 'in-review'],
  ['reviewing', 'in-review'],
  ['ready for review', 'in-review'],
  ['approved', 'approved'],
  ['accepted', 'approved'],
  ['ready', 'approved'],
  ['in progress', 'in-progress'],
  ['implementing', 'in-progress'],
  ['in implementation', 'in-progress'],
  ['wip', 'in-progress'],
  ['started', 'in-progress'],
  ['active', 'in-progress'],
  ['implemented', 'implemented'],
  ['shipped', 'done'],
  ['released', 'done'],
  ['merged', 'done'],
  ['complete', 'done'],
  ['completed', 'done'],
  ['done', 'done'],
  ['finished', 'done'],
  ['closed', 'done'],
  ['verified', 'done'],
  ['deprecated', 'deprecated'],
  ['obsolete', 'deprecated'],
  ['abandoned', 'deprecated'],
  ['withdrawn', 'deprecated'],
  ['rejected', 'deprecated'],
  ['superseded', 'superseded'],
  ['replaced', 'superseded'],
  // The Portuguese and Spanish spec-kit templates.
  ['rascunho', 'draft'],
  ['borrador', 'draft'],
  ['em revisão', 'in-review'],
  ['en revisión', 'in-review'],
  ['aprovado', 'approved'],
  ['aprobado', 'approved'],
  ['em andamento', 'in-progress'],
  ['em progresso', 'in-progress'],
  ['en progreso', 'in-progress'],
  ['en curso', 'in-progress'],
  ['concluído', 'done'],
  ['concluido', 'done'],
  ['completado', 'done'],
  ['terminado', 'done'],
];

const STATUS_MAP = new Map(STATUS_WORDS);

/**
 * Maps a written status to the normalized set; `unknown` when the text is
 * empty, unrecognised, or an unfilled template choice such as
 * `draft | in-review | approved`.
 */
export function normalizeStatus(raw: string | undefined): SpecStatusValue {
  if (!raw) {
    return 'unknown';
  }
  if (raw.indexOf('|') >= 0) {
    return 'unknown';
  }
  const cleaned = stripEmoji(stripAnnotations(raw.replace(/\*\*|__|`/g, '')))
    .toLowerCase()
    .replace(/[-_:;,.!/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!cleaned) {
    return 'unknown';
  }
  const exact = STATUS_MAP.get(cleaned);
  if (exact) {
    return exact;
  }
  // `Superseded by SPEC-0012`, `Done — archived`: the first words decide.
  const words = cleaned.split(' ');
  for (const length of [3, 2, 1]) {
    if (words.length >= length) {
      const value = STATUS_MAP.get(words.slice(0, length).join(' '));
      if (value) {
        return value;
      }
    }
  }
  return 'unknown';
}

// Lifecycle order, used to pick the more advanced of spec.md and plan.md.
const STATUS_RANK: Record<SpecStatusValue, number> = {
  unknown: 0,
  draft: 1,
  'in-review': 2,
  approved: 3,
  'in-progress': 4,
  implemented: 5,
  done: 6,
  deprecated: 7,
  superseded: 7,
};

/** Position of a status in the lifecycle; higher is further along. */
export function statusRank(value: SpecStatusValue): number {
  return STATUS_RANK[value];
}
