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

/**
 * A slug of lower-case ASCII letters, digits and single dashes: every run of
 * other characters becomes one dash, dashes at either end go. With
 * `maxLength`, the slug is cut there and loses the dashes the cut leaves at
 * its end. May be empty: callers pick their own fallback.
 *
 * @remarks
 * The one slug of Specstage: entity names, legacy entity names and the file
 * names the scaffolder writes all use it, so a spec created from a title gets
 * the entity name its file name promises. Letters with diacritics are not
 * folded here (entity names of existing specs must not change); fold them
 * first with {@link foldDiacritics} where a title becomes a file name.
 *
 * @public
 */
export function slugify(
  value: string,
  options: { maxLength?: number } = {},
): string {
  const slug = value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return options.maxLength === undefined
    ? slug
    : slug.slice(0, options.maxLength).replace(/-+$/, '');
}

/**
 * `Über café` → `Uber cafe`: letters without their combining marks.
 *
 * @public
 */
export function foldDiacritics(value: string): string {
  return value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}
