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

import { cnrefFormat } from './cnref';
import { kiroFormat } from './kiro';
import { openSpecFormat } from './openspec';
import { specKitFormat } from './specKit';
import { FormatProbe, SpecFormat } from './SpecFormat';

/**
 * Every format profile the parser knows, in order of preference on a tie.
 *
 * @public
 */
export const SPEC_FORMATS: readonly SpecFormat[] = [
  cnrefFormat,
  specKitFormat,
  openSpecFormat,
  kiroFormat,
];

/**
 * The profile for a spec no profile recognises: spec-kit's conventions are
 * the common ground of spec-driven markdown (numbered feature directories,
 * `FR-`/`SC-` ids, `T001` tasks).
 */
export const FALLBACK_FORMAT: SpecFormat = specKitFormat;

/** The profile that reads a spec: the highest `detect` score, the first on a tie. */
export function detectFormat(
  probe: FormatProbe,
  formats: readonly SpecFormat[] = SPEC_FORMATS,
): SpecFormat {
  let best = FALLBACK_FORMAT;
  let bestScore = 0;
  for (const format of formats) {
    const score = format.detect(probe);
    if (score > bestScore) {
      best = format;
      bestScore = score;
    }
  }
  return best;
}

export type {
  FormatFinishContext,
  FormatLine,
  FormatModel,
  FormatProbe,
  FormatReaders,
  SectionKind,
  SpecFormat,
} from './SpecFormat';
