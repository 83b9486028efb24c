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
import { specRootLocation } from '@specstage/plugin-specs-common';
import { createHash } from 'node:crypto';

import { slugify } from './slugify';

// Entity names are at most 63 characters; a disambiguated name appends
// `-` and 8 hex digits.
const MAX_NAME = 63;
const HASH_SUFFIX = 9;

// File names that say what a file is, not which spec it belongs to: the
// directory above names the spec instead.
const GENERIC_NAMES = new Set([
  'spec',
  'readme',
  'index',
  'proposal',
  'design',
  'requirements',
  'plan',
  'tasks',
]);

/** Cuts a slug to `max` characters at a dash, so no word is left broken. */
function truncate(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const dash = cut.lastIndexOf('-');
  return (dash > max / 2 ? cut.slice(0, dash) : slug.slice(0, max)).replace(
    /-+$/,
    '',
  );
}

function hash8(identity: string): string {
  return createHash('sha256').update(identity).digest('hex').slice(0, 8);
}

/**
 * The readable name of a spec's entity: `spec-0042-workload-identity-federation`
 * for `docs/specs/SPEC-0042-workload-identity-federation.md`,
 * `spec-003-user-auth` for spec-kit's `specs/003-user-auth/`.
 *
 * @remarks
 * Built from the spec's file or directory name (stable while the spec is not
 * moved, unlike its title), with the spec id in front when the name does not
 * start with its number. Real repositories reuse spec numbers, so two specs
 * may get the same name: the provider then disambiguates them with
 * {@link disambiguatedSpecEntityName}.
 *
 * @param identity - the spec's absolute location, e.g.
 *   `file:/repo/docs/specs/0042-x` or
 *   `url:https://host/org/repo/tree/main/docs/specs/0042-x`.
 * @public
 */
export function specEntityName(
  identity: string,
  options: { specId?: string } = {},
): string {
  const segments = (specRootLocation(identity) ?? identity)
    .split(/[/\\]/)
    .filter(Boolean);
  let base = (segments.pop() ?? '').replace(/\.(md|markdown)$/i, '');
  if (GENERIC_NAMES.has(base.toLowerCase()) && segments.length) {
    base = segments.pop()!;
  }
  let slug = slugify(base).replace(/^spec-/, '');
  const idSlug = options.specId
    ? slugify(options.specId).replace(/^spec-/, '')
    : '';
  // `0001-x` already carries SPEC-001: numbers compare by value.
  const idNumber = /\d+/.exec(idSlug)?.[0];
  const leadingNumber = /^\d+/.exec(slug)?.[0];
  const named =
    idNumber !== undefined &&
    leadingNumber !== undefined &&
    Number(idNumber) === Number(leadingNumber);
  if (idSlug && !named) {
    slug = slug && slug !== idSlug ? `${idSlug}-${slug}` : idSlug;
  }
  if (!slug) {
    return `spec-${hash8(identity)}`;
  }
  return `spec-${truncate(slug, MAX_NAME - HASH_SUFFIX - 'spec-'.length)}`;
}

/**
 * The name of a spec's entity when another spec has the same readable name:
 * the readable name and a hash of the location.
 *
 * @public
 */
export function disambiguatedSpecEntityName(
  baseName: string,
  identity: string,
): string {
  return `${baseName}-${hash8(identity)}`;
}

/**
 * The name Spec entities had before names became readable:
 * `<slug of the file or directory>-<hash of the location>`. Kept as an
 * annotation (`specstage.io/legacy-name`) so that old links resolve.
 *
 * @public
 */
export function legacySpecEntityName(identity: string): string {
  const last = identity.split('/').filter(Boolean).pop() ?? 'spec';
  const slug =
    slugify(last.replace(/\.(md|markdown)$/i, ''), { maxLength: 54 }) || 'spec';
  return `${slug}-${hash8(identity)}`;
}
