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
import {
  disambiguatedSpecEntityName,
  legacySpecEntityName,
  specEntityName,
} from './specEntityName';

describe('specEntityName', () => {
  it.each([
    // The seed's single files and directories.
    [
      'file:/r/specs/SPEC-0042-workload-identity-federation.md',
      'SPEC-0042',
      'spec-0042-workload-identity-federation',
    ],
    [
      'file:/r/specs/0043-gateway-rate-limiting',
      'SPEC-0043',
      'spec-0043-gateway-rate-limiting',
    ],
    // spec-kit: the id is derived from the directory's number.
    [
      'url:https://github.com/o/r/tree/main/specs/003-user-auth',
      'SPEC-003',
      'spec-003-user-auth',
    ],
    [
      'file:/r/specs/0001-llm-autoscaling',
      'SPEC-001',
      'spec-0001-llm-autoscaling',
    ],
    // Kiro and OpenSpec have no numbers.
    ['file:/r/.kiro/specs/user-auth', undefined, 'spec-user-auth'],
    ['file:/r/openspec/changes/add-2fa', undefined, 'spec-add-2fa'],
    // A number that is not in the file name goes in front.
    ['file:/r/docs/specs/rate-limits.md', 'SPEC-0007', 'spec-0007-rate-limits'],
    // A file named after its role is named after its directory.
    ['file:/r/docs/specs/billing/spec.md', 'SPEC-0009', 'spec-0009-billing'],
    ['file:/r/docs/specs/README.md', undefined, 'spec-specs'],
  ])('%s (%s) is %s', (identity, specId, name) => {
    expect(specEntityName(identity, { specId })).toBe(name);
  });

  it('is stable: the same location gives the same name', () => {
    const identity = 'file:/r/specs/0043-gateway-rate-limiting';
    expect(specEntityName(identity, { specId: 'SPEC-0043' })).toBe(
      specEntityName(identity, { specId: 'SPEC-0043' }),
    );
  });

  it('cuts long names at a word, leaving room for a disambiguating hash', () => {
    const identity = `file:/r/specs/SPEC-0042-${'short-lived-credentials-'.repeat(
      5,
    )}via-workload-identity.md`;
    const name = specEntityName(identity, { specId: 'SPEC-0042' });
    expect(name.length).toBeLessThanOrEqual(54);
    expect(name).toMatch(/^spec-0042-short-lived-credentials-/);
    expect(name).not.toMatch(/-$/);
    // Every cut is at a dash: the last word is whole.
    expect('short-lived-credentials'.split('-')).toContain(
      name.split('-').pop(),
    );
    const longer = disambiguatedSpecEntityName(name, identity);
    expect(longer.length).toBeLessThanOrEqual(63);
    expect(longer).toMatch(/^spec-0042-.*-[0-9a-f]{8}$/);
  });

  it('falls back to a hash when nothing readable is left', () => {
    expect(specEntityName('file:/r/specs/___.md')).toMatch(
      /^spec-[0-9a-f]{8}$/,
    );
  });

  it('keeps the legacy scheme for old links', () => {
    const a = legacySpecEntityName('file:/repo-a/specs/007-x');
    const b = legacySpecEntityName('file:/repo-b/specs/007-x');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^007-x-[0-9a-f]{8}$/);
    expect(
      legacySpecEntityName(`file:/r/${'a'.repeat(100)}`).length,
    ).toBeLessThanOrEqual(63);
  });
});
