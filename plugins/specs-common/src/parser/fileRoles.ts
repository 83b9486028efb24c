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

import { SpecFileRole } from '../model';

/** The role of a file from its path inside the spec (posix, relative to the spec root). */
export function fileRole(path: string): SpecFileRole {
  const parts = path.toLowerCase().split('/');
  const base = parts[parts.length - 1];
  const dirs = parts.slice(0, -1);
  if (dirs.includes('checklists')) {
    return 'checklist';
  }
  if (base === 'summary.md') {
    return 'summary';
  }
  if (base === 'verification.md') {
    return 'verification';
  }
  if (dirs.includes('phases')) {
    return base === 'plan.md' || base === 'tasks.md' ? 'phase-plan' : 'other';
  }
  switch (base) {
    case 'spec.md':
      return 'spec';
    case 'plan.md':
      return 'plan';
    case 'tasks.md':
      return 'tasks';
    case 'clarifications.md':
      return 'clarifications';
    default:
      return 'other';
  }
}

const ROLE_ORDER: Record<SpecFileRole, number> = {
  spec: 0,
  plan: 1,
  tasks: 2,
  'phase-plan': 3,
  clarifications: 4,
  checklist: 5,
  verification: 6,
  summary: 7,
  other: 8,
};

// Same order as `a.localeCompare(b, 'en', { numeric: true })`, which is
// specified as comparing with such a collator, but without building a new
// ICU collator on every comparison (it showed up in the parser profile).
const PATH_ORDER = new Intl.Collator('en', { numeric: true });

/** Sort order of files within a spec: the spec first, then plan, tasks, phase plans (numerically), … */
export function compareFiles(
  a: { path: string; role: SpecFileRole },
  b: { path: string; role: SpecFileRole },
): number {
  const byRole = ROLE_ORDER[a.role] - ROLE_ORDER[b.role];
  if (byRole !== 0) {
    return byRole;
  }
  return PATH_ORDER.compare(a.path, b.path);
}
