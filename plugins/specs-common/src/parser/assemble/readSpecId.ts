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

import { stripAnnotations } from '../inline';
import { cleanValue, isPlaceholder } from './Fields';

/** What a written `**Spec ID**` (or front matter `id`) value gives. */
export interface ReadSpecId {
  /** The id, upper-cased; undefined when the value is no id at all. */
  id?: string;
  /** Why the value was repaired or refused (the `malformed-spec-id` finding). */
  problem?: string;
}

/** `SPEC-0042`, `ADR-7`, `RFC-2024-01`, `#0`, `0042`: ids as teams write them. */
const WELL_FORMED = /^(?:[A-Z][A-Z0-9]*(?:[-.][A-Z0-9]+)*|#?\d+[A-Z]?)$/;

/** `SPEC 0042`, `SPEC_0042`, `SPEC0042`, `SPEC–0042`, `Spec #42`: a slip of the keyboard. */
const REPAIRABLE = /^([A-Za-z]{2,12})\s*(?:[\s_:#\u2010-\u2015]\s*)?(\d{1,8})$/;

/**
 * Reads a written spec id. A well-formed value gives the id as before; a
 * value with a slip (`SPEC 0042`) is read as the id it means, and one that
 * names no id (`see issue`, markup) is refused, so that two specs never
 * share a made-up id like `SPEC` or `SEE`. Both come with a problem to
 * report.
 */
export function readSpecId(raw: string): ReadSpecId {
  const value = cleanValue(raw);
  if (!value || isPlaceholder(value)) {
    return {};
  }
  const spec = /\bSPEC-\d+\b/i.exec(value);
  if (spec) {
    return { id: spec[0].toUpperCase() };
  }
  const plain = stripAnnotations(value).trim();
  const first = plain.split(/\s+/)[0];
  if (!first || /^(?:n\/a|tbd|none|-|—)$/i.test(first)) {
    return {};
  }
  const upper = first.toUpperCase();
  // `SPEC0042` is well formed as a word but lost its dash: repaired below.
  const glued = /^[A-Z]{2,12}\d+$/.test(upper);
  if (!glued && WELL_FORMED.test(upper) && /\d/.test(upper)) {
    return { id: upper };
  }
  const slip = REPAIRABLE.exec(plain);
  if (slip) {
    const id = `${slip[1].toUpperCase()}-${slip[2]}`;
    return {
      id,
      problem: `Spec ID "${clip(
        value,
      )}" is not written like an id; read as ${id}`,
    };
  }
  return {
    problem: `Spec ID "${clip(
      value,
    )}" is not an id (like SPEC-0042, ADR-7 or #12); it is ignored`,
  };
}

function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 59)}…` : value;
}
