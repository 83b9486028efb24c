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

import { findReferencedFiles } from './findReferencedFiles';

describe('findReferencedFiles', () => {
  it('finds relative links, images, reference definitions and HTML', () => {
    const markdown = [
      '![diagram](./images/arch.svg "Architecture")',
      'See [the plan](plan.md#phase-1) and [doc](<docs/a b.pdf>).',
      '[ref]: attachments/data.txt',
      '<img src="images/logo.png" width="20"> <a href=\'x.pdf\'>x</a>',
      '[external](https://example.com/a.png) [anchor](#top)',
      '[mail](mailto:a@b.c) ![proto](//cdn.example.com/a.png)',
      '![escape](../../outside.png)',
    ].join('\n');

    expect(findReferencedFiles([{ path: 'spec.md', markdown }])).toEqual([
      'attachments/data.txt',
      'docs/a b.pdf',
      'images/arch.svg',
      'images/logo.png',
      'plan.md',
      'x.pdf',
    ]);
  });

  it('resolves references against the file that contains them', () => {
    expect(
      findReferencedFiles([
        {
          path: 'phases/1-x/plan.md',
          markdown: '![a](img/a.png) ![b](../b.png) ![c](/c.png)',
        },
      ]),
    ).toEqual(['c.png', 'phases/1-x/img/a.png', 'phases/b.png']);
  });
});
