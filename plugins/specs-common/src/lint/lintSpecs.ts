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

import { checkOpenSpecDeltas } from './formatRules';
import { SpecDiagnostic, SpecDocument } from '../model';

/**
 * Tree-level lint rules over a set of parsed specs (the per-document rules
 * are already in each document's diagnostics).
 *
 * Rules: `duplicate-id` — two specs (templates excluded) share an id. It is a
 * warning, not an error: real trees do contain such collisions (two
 * `SPEC-007` in the corpus) and both specs are still readable.
 *
 * @public
 */
export function lintSpecs(docs: SpecDocument[]): SpecDiagnostic[] {
  const diagnostics: SpecDiagnostic[] = [];
  const byId = new Map<string, SpecDocument[]>();
  for (const doc of docs ?? []) {
    if (!doc || !doc.id || doc.isTemplate || !doc.isSpec) {
      continue;
    }
    const list = byId.get(doc.id) ?? [];
    list.push(doc);
    byId.set(doc.id, list);
  }
  for (const [id, list] of byId) {
    if (list.length < 2) {
      continue;
    }
    for (const doc of list) {
      const others = list
        .filter(other => other !== doc)
        .map(
          other =>
            `"${other.title}"${other.location ? ` (${other.location})` : ''}`,
        );
      const main = doc.files.find(f => f.role === 'spec') ?? doc.files[0];
      diagnostics.push({
        severity: 'warning',
        rule: 'duplicate-id',
        message: `Spec id ${id} is also used by ${others.join(', ')}`,
        file: joinPath(doc.location, main?.path),
      });
    }
  }
  checkOpenSpecDeltas(docs ?? [], diagnostics);
  return diagnostics;
}

function joinPath(
  location: string | undefined,
  file: string | undefined,
): string | undefined {
  if (!location) {
    return file;
  }
  if (!file || location.endsWith(file)) {
    return location;
  }
  return `${location.replace(/\/$/, '')}/${file}`;
}
