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

import { InputError } from '@backstage/errors';
import path from 'node:path';

// Anything that looks like `scheme:` would make `new URL(rel, base)` ignore
// the base, and a drive letter would make a Windows path absolute.
const SCHEME_OR_DRIVE = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Checks a path that is meant to be relative to a spec root and returns it
 * in normalized posix form (`a/./b` becomes `a/b`).
 *
 * @remarks
 *
 * Paths reach this function already URL-decoded (express decodes route
 * parameters), so `..%2F` arrives here as `../` and is rejected like any
 * other traversal. Anything that is absolute, carries a scheme, contains a
 * backslash or NUL, or would leave the root after normalization is an
 * {@link @backstage/errors#InputError}; the caller never gets to name a
 * location outside the spec.
 */
export function normalizeSpecPath(relativePath: string): string {
  if (
    typeof relativePath !== 'string' ||
    relativePath.length === 0 ||
    relativePath.length > 1024
  ) {
    throw new InputError('Invalid spec file path');
  }
  if (
    relativePath.includes('\0') ||
    relativePath.includes('\\') ||
    relativePath.startsWith('/') ||
    SCHEME_OR_DRIVE.test(relativePath)
  ) {
    throw new InputError(`Invalid spec file path '${relativePath}'`);
  }
  const segments = relativePath.split('/');
  if (segments.includes('..')) {
    throw new InputError(`Spec file path '${relativePath}' leaves the spec`);
  }
  const normalized = path.posix.normalize(relativePath);
  if (normalized === '.' || normalized.endsWith('/')) {
    throw new InputError(`Spec file path '${relativePath}' is not a file`);
  }
  return normalized;
}
