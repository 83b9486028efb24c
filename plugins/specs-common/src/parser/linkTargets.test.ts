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
import { findLinks } from './inline';
import { addLinkTargets, readDestination } from './linkTargets';

/** The relative destinations of one line, as the parser records them. */
function targetsOf(line: string, max = 5000): string[] {
  const links = new Set<string>();
  addLinkTargets(line, links, max);
  return [...links];
}

describe('readDestination', () => {
  it('balances parentheses and stops at a title', () => {
    expect(readDestination('(Foo_(bar).md "t")', 1)?.raw).toBe('Foo_(bar).md');
    expect(readDestination('( <a b.md> )', 1)?.raw).toBe('a b.md');
    expect(readDestination('(a\\).md)', 1)?.raw).toBe('a\\).md');
    expect(readDestination('()', 1)).toBeUndefined();
    expect(readDestination('(<a<b>)', 1)).toBeUndefined();
  });
});

describe('addLinkTargets', () => {
  it('finds inline links and images, definitions and HTML attributes', () => {
    expect(
      targetsOf(
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
    expect(targetsOf('[ref]: attachments/data.txt "T"')).toEqual([
      'attachments/data.txt',
    ]);
    expect(targetsOf('> - [ref]: <a b.txt>')).toEqual(['a b.txt']);
    expect(targetsOf('[x](a\\_b.md)')).toEqual(['a_b.md']);
    expect(targetsOf('plain prose, x = 1')).toEqual([]);
    // Anchors and URLs with a scheme name no file of the repository.
    expect(
      targetsOf(
        '[a](#top) [b](https://x.io/a.png) [c](mailto:a@b.c) [d](C:/x) [e](c++.md)',
      ),
    ).toEqual(['c++.md']);
    // A full set takes no more.
    expect(targetsOf('[a](a.md) [b](b.md) [c](c.md)', 2)).toEqual([
      'a.md',
      'b.md',
    ]);
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
      const rendered: string[] = [];
      marked.walkTokens(marked.lexer(line), token => {
        if (token.type === 'link' || token.type === 'image') {
          const url = classifySpecUrl(
            (token as Tokens.Link).href,
            'spec.md',
            'link',
          );
          if (url.type === 'file' || url.type === 'outside') {
            rendered.push(url.path);
          }
        }
      });
      expect(targetsOf(line).map(t => linkedFileOf(t, 'spec.md'))).toEqual(
        rendered,
      );
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
      expect(targetsOf(line).length).toBeLessThanOrEqual(200);
    }
  });
});

describe('findLinks (references sections) reads destinations the same way', () => {
  it('keeps parentheses in a URL and drops a title', () => {
    expect(
      findLinks(
        'See [Foo](https://en.wikipedia.org/wiki/Foo_(bar) "t"), [ADR](<decisions/0002-x y.md>) and <https://x.io/a>',
      ),
    ).toEqual([
      { title: 'Foo', url: 'https://en.wikipedia.org/wiki/Foo_(bar)' },
      { title: 'ADR', url: 'decisions/0002-x y.md' },
      { title: 'https://x.io/a', url: 'https://x.io/a' },
    ]);
  });
});
