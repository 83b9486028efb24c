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
import { resolveSpecPath } from './resolveSpecPath';

describe('resolveSpecPath', () => {
  it('resolves against the directory of the file', () => {
    expect(resolveSpecPath('phases/1-a/plan.md', '../../img/x.png')).toBe(
      'img/x.png',
    );
    expect(resolveSpecPath('spec.md', './diagrams/a%20b.svg')).toBe(
      'diagrams/a b.svg',
    );
    expect(resolveSpecPath('phases/1-a/plan.md', '/spec.md')).toBe('spec.md');
  });

  it('refuses paths that leave the root or name no file', () => {
    expect(resolveSpecPath('spec.md', '../secret.md')).toBeUndefined();
    expect(resolveSpecPath('spec.md', '..%2Fsecret.md')).toBeUndefined();
    expect(resolveSpecPath('spec.md', 'a\\b.png')).toBeUndefined();
    expect(resolveSpecPath('spec.md', './')).toBeUndefined();
    expect(resolveSpecPath('spec.md', '%2e%2e/x.png')).toBeUndefined();
    expect(resolveSpecPath('spec.md', 'a%5Cb.png')).toBeUndefined();
    expect(resolveSpecPath('a/plan.md', '../../x')).toBeUndefined();
    expect(resolveSpecPath('spec.md', 'a\\..\\..\\x')).toBeUndefined();
  });
});
