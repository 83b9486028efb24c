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

import { parseSpec, SpecDocument } from '@specstage/plugin-specs-common';
import { CollectedSpec } from './collectSpecs';

/**
 * Parses one collected spec, folding the collector's read errors into the
 * document's diagnostics so that both commands report them the same way.
 */
export function parseCollected(spec: CollectedSpec): SpecDocument {
  const doc = parseSpec(spec.files, { location: spec.location });
  if (spec.diagnostics.length === 0) {
    return doc;
  }
  return { ...doc, diagnostics: [...spec.diagnostics, ...doc.diagnostics] };
}
