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

/** `Project Manager (PM)`: a name with its abbreviation. */
const WITH_ABBREVIATION =
  /^(.*\S)\s*\(\s*([A-Za-z][A-Za-z0-9&/.]{0,9})\s*\)\s*$/;

/** Lower case, `&` as `and`, no punctuation, single spaces. */
function simplify(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The keys a review persona heading is known by: `Project Manager (PM)` is
 * `project manager` and `pm`; `Security & Compliance` is
 * `security and compliance`.
 *
 * @public
 */
export function personaAliases(name: string): string[] {
  const match = WITH_ABBREVIATION.exec(name);
  const keys = match
    ? [simplify(match[1]), simplify(match[2])]
    : [simplify(name)];
  return [...new Set(keys.filter(Boolean))];
}

/**
 * Groups the persona headings of many specs that name the same persona
 * ("Project Manager (PM)", "PM", "project manager"), and names each group
 * by its most telling heading: the first seen with its abbreviation, else
 * the first seen.
 *
 * @returns the group's name for each heading of `names`.
 * @public
 */
export function groupPersonaNames(
  names: Iterable<string>,
): (name: string) => string {
  // Union-find over the headings, joined through shared aliases.
  const headings: string[] = [];
  const index = new Map<string, number>();
  const parent: number[] = [];
  const find = (start: number): number => {
    let root = start;
    while (parent[root] !== root) root = parent[root];
    // Path compression: later look-ups of these headings take one step.
    for (let i = start; parent[i] !== root; ) {
      const next = parent[i];
      parent[i] = root;
      i = next;
    }
    return root;
  };
  const byAlias = new Map<string, number>();
  for (const name of names) {
    if (index.has(name)) continue;
    const i = headings.push(name) - 1;
    index.set(name, i);
    parent.push(i);
    for (const alias of personaAliases(name)) {
      const other = byAlias.get(alias);
      if (other === undefined) byAlias.set(alias, i);
      else parent[find(i)] = find(other);
    }
  }
  const better = (a: string, b: string) => {
    const abbreviated = (s: string) => WITH_ABBREVIATION.test(s);
    return !abbreviated(a) && abbreviated(b) ? b : a;
  };
  const label = new Map<number, string>();
  headings.forEach((name, i) => {
    const root = find(i);
    const current = label.get(root);
    label.set(root, current === undefined ? name : better(current, name));
  });
  return name => {
    const i = index.get(name);
    return i === undefined ? name : label.get(find(i)) ?? name;
  };
}
