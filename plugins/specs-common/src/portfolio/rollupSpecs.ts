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
import { groupPersonaNames } from './personaNames';

/**
 * What the portfolio needs of one spec, read from its catalog entity: the
 * counts the catalog module stored and the relations the catalog resolved.
 *
 * @public
 */
export type PortfolioSpec = {
  entityRef: string;
  title: string;
  specId?: string;
  status: SpecStatusValue;
  /** The parser's verdict that the status contradicts progress or folder. */
  stale: boolean;
  staleReason?: string;
  /** The source the spec was ingested from (its managed-by location). */
  source?: string;
  /** Where to fix the spec: its main file in the repository, when known. */
  editUrl?: string;
  viewUrl?: string;
  /** The spec's path inside its source, e.g. `specs/0042-x/`. */
  location?: string;
  /** The owning group or user (the `ownedBy` relation). */
  owner?: string;
  /** Systems: specified directly or through a specified component. */
  systems: string[];
  /** Components and systems the spec specifies (`specifies` relations). */
  specifies: string[];
  tasks: { done: number; partial: number; total: number };
  openClarifications: number;
  review: Array<{ persona: string; checked: number; total: number }>;
};

/**
 * Sums of a group of specs (an owner, a system).
 *
 * @public
 */
export type SpecRollup = {
  /** The owner or system ref; empty for specs without one. */
  key: string;
  specs: number;
  inProgress: number;
  tasks: { done: number; partial: number; total: number };
  openClarifications: number;
  /**
   * Checked and total review items per persona, personas by name; headings
   * that name one persona are one row (see groupPersonaNames).
   */
  review: Array<{ persona: string; checked: number; total: number }>;
};

/**
 * Rolls specs up by a key: a spec with several keys (a spec of two
 * systems) counts in each of them, one without a key under `''`.
 * Rows are sorted by number of specs, then key.
 *
 * @public
 */
export function rollupSpecs(
  specs: PortfolioSpec[],
  keysOf: (spec: PortfolioSpec) => string[],
): SpecRollup[] {
  // "Project Manager (PM)" in one spec and "PM" in another are one persona.
  const personaOf = groupPersonaNames(
    specs.flatMap(spec => spec.review.map(r => r.persona)),
  );
  const rows = new Map<
    string,
    SpecRollup & { personas: Map<string, { checked: number; total: number }> }
  >();
  for (const spec of specs) {
    const keys = [...new Set(keysOf(spec))];
    for (const key of keys.length ? keys : ['']) {
      let row = rows.get(key);
      if (!row) {
        row = {
          key,
          specs: 0,
          inProgress: 0,
          tasks: { done: 0, partial: 0, total: 0 },
          openClarifications: 0,
          review: [],
          personas: new Map(),
        };
        rows.set(key, row);
      }
      row.specs += 1;
      if (spec.status === 'in-progress') row.inProgress += 1;
      row.tasks.done += spec.tasks.done;
      row.tasks.partial += spec.tasks.partial;
      row.tasks.total += spec.tasks.total;
      row.openClarifications += spec.openClarifications;
      for (const persona of spec.review) {
        const name = personaOf(persona.persona);
        const sum = row.personas.get(name) ?? { checked: 0, total: 0 };
        sum.checked += persona.checked;
        sum.total += persona.total;
        row.personas.set(name, sum);
      }
    }
  }
  return [...rows.values()]
    .map(({ personas, ...row }) => ({
      ...row,
      review: [...personas.entries()]
        .map(([persona, sum]) => ({ persona, ...sum }))
        .sort((a, b) => a.persona.localeCompare(b.persona, 'en')),
    }))
    .sort((a, b) => b.specs - a.specs || a.key.localeCompare(b.key, 'en'));
}

/**
 * Number of specs per status, most frequent first.
 *
 * @public
 */
export function countSpecsByStatus(
  specs: Array<Pick<PortfolioSpec, 'status'>>,
): Array<{ status: SpecStatusValue; count: number }> {
  const counts = new Map<SpecStatusValue, number>();
  for (const spec of specs) {
    counts.set(spec.status, (counts.get(spec.status) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([status, count]) => ({ status, count }))
    .sort((a, b) => b.count - a.count || a.status.localeCompare(b.status));
}
