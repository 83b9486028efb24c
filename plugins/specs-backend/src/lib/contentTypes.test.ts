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

import { getSpecFileContentType } from './contentTypes';

describe('getSpecFileContentType', () => {
  it('serves allow-listed extensions by extension only', () => {
    expect(getSpecFileContentType('a/b.PNG')?.contentType).toBe('image/png');
    expect(getSpecFileContentType('x.svg')?.contentType).toBe('image/svg+xml');
    expect(getSpecFileContentType('plan.md')?.contentType).toBe(
      'text/plain; charset=utf-8',
    );
    expect(getSpecFileContentType('a.pdf')).toEqual({
      contentType: 'application/pdf',
      attachment: true,
    });
  });

  it.each([
    'index.html',
    'a.htm',
    'x.js',
    'a.svgz',
    'README',
    '.png',
    'toString',
    'a.constructor',
  ])('refuses %j', name => {
    expect(getSpecFileContentType(name)).toBeUndefined();
  });
});
