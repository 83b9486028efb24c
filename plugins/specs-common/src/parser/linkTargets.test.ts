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

import { Marked, Tokens } from 'marked';
import { classifySpecUrl } from '../paths/classifySpecUrl';
import { linkedFileOf } from '../paths/specLinkedFiles';
import { findLinkTargets, readDestination } from './linkTargets';

describe('readDestination', () => {
  it('balances parentheses and stops at a title', () => {
    expect(readDestination('(Foo_(bar).md "t")', 1)?.raw).toBe('Foo_(bar).md');
    expect(readDestination('( <a b.md> )', 1)?.raw).toBe('a b.md');
    expect(readDestination('(a\\).md)', 1)?.raw).toBe('a\\).md');
    expect(readDestination('()', 1)).toBeUndefined();
    expect(readDestination('(<a<b>)', 1)).toBeUndefined();
  });
});

describe('findLinkTargets', () => {
  it('finds inline links and images, definitions and HTML attributes', () => {
    expect(
      findLinkTargets(
        '![d](./img/a.svg "A") [p](plan.md#x) [d](<docs/a b.pdf>) <img src="l.png"> <a href=\'x.pdf\'> <img src=u.png>',
      ),
    ).toEqual([
      './img/a.svg',
      'plan.md#x',
      'docs/a b.pdf',
      'l.png',
      'x.pdf',
      'u.png',
    ]);
    expect(findLinkTargets('[ref]: attachments/data.txt "T"')).toEqual([
      'attachments/data.txt',
    ]);
    expect(findLinkTargets('> - [ref]: <a b.txt>')).toEqual(['a b.txt']);
    expect(findLinkTargets('[x](a\\_b.md)')).toEqual(['a_b.md']);
    expect(findLinkTargets('plain prose, x = 1')).toEqual([]);
  });

  it('reads the destinations marked reads, on lines people write', () => {
    const marked = new Marked({ gfm: true });
    const lines = [
      'See [the plan](plan.md) and ![arch](img/arch%20v2.png).',
      '- [x] T001 [P] [US1] Wire [the API](contracts/api.yaml) in `src/a.ts`',
      '| FR-001 | [spec](../002-x/spec.md#fr-001) | ![i](i.png "t") |',
      '[Wikipedia](https://en.wikipedia.org/wiki/Foo_(bar)) [w](Foo_(bar).md)',
    ];
    for (const line of lines) {
      // What the frontend makes of marked's hrefs, and of ours.
      const rendered: Array<string | undefined> = [];
      marked.walkTokens(marked.lexer(line), token => {
        if (token.type === 'link' || token.type === 'image') {
          const url = classifySpecUrl(
            (token as Tokens.Link).href,
            'spec.md',
            'link',
          );
          rendered.push(
            url.type === 'file' || url.type === 'outside'
              ? url.path
              : undefined,
          );
        }
      });
      expect(
        findLinkTargets(line).map(t => linkedFileOf(t, 'spec.md')),
      ).toEqual(rendered);
    }
  });

  it('reads a line of 100,000 brackets in linear time', () => {
    // Each pattern would be quadratic if a scan restarted at every `](`.
    for (const line of [
      '](a'.repeat(100_000),
      '[a]:'.repeat(100_000),
      ' src='.repeat(100_000),
      '](<'.repeat(100_000),
      '](('.repeat(100_000),
    ]) {
      expect(findLinkTargets(line).length).toBeLessThanOrEqual(201);
    }
  });
});
