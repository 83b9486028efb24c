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

import { renderInTestApp as renderInLegacyTestApp } from '@backstage/test-utils';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { SearchResultListItemBlueprint } from '@backstage/plugin-search-react/alpha';
import { screen, within } from '@testing-library/react';
import { SpecSearchResultListItem as LegacySpecSearchResultListItem } from '../../plugin';
import specsPlugin from '../../alpha';
import {
  SpecSearchResultDocument,
  SpecSearchResultListItem,
  highlightExcerpt,
  matchedItemLine,
} from './SpecSearchResultListItem';

const result: SpecSearchResultDocument = {
  title: 'Per-tenant rate limiting at the ingress gateway',
  text: 'SPEC-0043 Per-tenant rate limiting\nFR-002: System MUST identify the tenant from the validated API key, never from a client-supplied header.',
  location: '/catalog/default/spec/gateway-rate-limiting',
  specId: 'SPEC-0043',
  summary: 'Add global, per-tenant request rate limits to the ingress gateway.',
  status: 'approved',
  statusStale: false,
  owner: 'group:default/platform-team',
  components: ['component:default/ingress-gateway'],
  tasksDone: 7,
  tasksPartial: 1,
  tasksTotal: 13,
};

const PRE = '<mark-x>';
const POST = '</mark-x>';

function expectSpecItem() {
  const link = screen.getByRole('link', {
    name: 'Per-tenant rate limiting at the ingress gateway',
  });
  expect(link).toHaveAttribute(
    'href',
    '/catalog/default/spec/gateway-rate-limiting',
  );
  expect(screen.getByText('Spec · SPEC-0043')).toBeInTheDocument();
  expect(screen.getByText('Approved')).toBeInTheDocument();
  expect(
    screen.getByText('Owner: group:default/platform-team'),
  ).toBeInTheDocument();
  const bar = screen.getByRole('progressbar', {
    name: 'Progress of SPEC-0043',
  });
  expect(bar).toHaveAttribute('aria-valuenow', '7');
  expect(bar).toHaveAttribute('aria-valuemax', '13');
}

describe('SpecSearchResultListItem', () => {
  it('shows id, title link, status, owner, summary and progress', async () => {
    await renderInLegacyTestApp(<SpecSearchResultListItem result={result} />);
    expectSpecItem();
    expect(
      screen.getByText(
        'Add global, per-tenant request rate limits to the ingress gateway.',
      ),
    ).toBeInTheDocument();
  });

  it('shows an excerpt around the highlighted match', async () => {
    const { container } = await renderInLegacyTestApp(
      <SpecSearchResultListItem
        result={result}
        highlight={{
          preTag: PRE,
          postTag: POST,
          fields: {
            text: `${'lorem ipsum '.repeat(
              40,
            )}never from a ${PRE}client${POST}-supplied ${PRE}header${POST}. ${'dolor sit '.repeat(
              60,
            )}`,
          },
        }}
      />,
    );
    const marks = Array.from(container.querySelectorAll('mark')).map(
      m => m.textContent,
    );
    expect(marks).toEqual(['client', 'header']);
    expect(container.textContent).toContain('never from a client-supplied');
    expect(container.textContent).not.toContain('per-tenant request rate');
  });

  it('shows the line that matched with its item id, linking to the item', async () => {
    await renderInLegacyTestApp(
      <SpecSearchResultListItem
        result={result}
        highlight={{
          preTag: PRE,
          postTag: POST,
          fields: {
            // A phrase search marks a word on one line and all of them on
            // the line that has the phrase.
            text: [
              'SPEC-0043 Per-tenant rate limiting',
              `US-2: a RateLimit-Policy ${PRE}header${POST}`,
              `FR-002: System MUST identify the tenant, never from a ${PRE}client${POST}-${PRE}supplied${POST} ${PRE}header${POST}.`,
            ].join('\n'),
          },
        }}
      />,
    );
    expect(screen.getByRole('link', { name: 'FR-002' })).toHaveAttribute(
      'href',
      '/catalog/default/spec/gateway-rate-limiting#fr-002',
    );
    expect(screen.queryByText(/RateLimit-Policy/)).not.toBeInTheDocument();
  });

  it('renders nothing without a result and skips progress without tasks', async () => {
    const { container } = await renderInLegacyTestApp(
      <SpecSearchResultListItem />,
    );
    expect(container).toBeEmptyDOMElement();
    await renderInLegacyTestApp(
      <SpecSearchResultListItem
        result={{ ...result, tasksTotal: 0, tasksDone: 0 }}
      />,
    );
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('is provided as a legacy search result extension for type spec', async () => {
    await renderInLegacyTestApp(
      <LegacySpecSearchResultListItem result={result} />,
    );
    expect(
      await screen.findByRole('link', {
        name: 'Per-tenant rate limiting at the ingress gateway',
      }),
    ).toBeInTheDocument();
    expectSpecItem();
    // Wrapped in a list item, like other search results.
    expect(screen.getByRole('listitem')).toBeInTheDocument();
  });

  it('is provided as a new-system search result item for type spec', async () => {
    const item = createExtensionTester(
      specsPlugin.getExtension('search-result-list-item:specs'),
    ).get(SearchResultListItemBlueprint.dataRefs.item);
    expect(item.predicate?.({ type: 'spec', document: result })).toBe(true);
    expect(
      item.predicate?.({ type: 'software-catalog', document: result }),
    ).toBe(false);

    const Item = item.component;
    renderInTestApp(<Item result={result} />);
    const listItem = await screen.findByRole('listitem');
    expect(
      await within(listItem).findByRole('link', {
        name: 'Per-tenant rate limiting at the ingress gateway',
      }),
    ).toBeInTheDocument();
    expectSpecItem();
  });
});

describe('highlightExcerpt', () => {
  it('keeps short texts whole', () => {
    expect(highlightExcerpt(`a ${PRE}b${POST} c`, PRE, POST)).toBe(
      `a ${PRE}b${POST} c`,
    );
  });

  it('cuts long texts around the first match at word boundaries', () => {
    const text = `${'word '.repeat(100)}${PRE}hit${POST} ${'tail '.repeat(
      100,
    )}`;
    const excerpt = highlightExcerpt(text, PRE, POST);
    expect(excerpt.startsWith('… word')).toBe(true);
    expect(excerpt.endsWith(' …')).toBe(true);
    expect(excerpt).toContain(`${PRE}hit${POST}`);
    expect(excerpt.length).toBeLessThan(360);
  });

  it('keeps tags balanced when the window ends inside a match', () => {
    const text = `${PRE}${'x'.repeat(400)}${POST}`;
    const excerpt = highlightExcerpt(text, PRE, POST);
    expect(excerpt.split(PRE).length).toBe(2);
    expect(excerpt.split(POST).length).toBe(2);
  });
});

describe('matchedItemLine', () => {
  it.each([
    ['FR-002: a <m>b</m>', { id: 'FR-002', line: 'a <m>b</m>' }],
    ['Task 2.3: a <m>b</m>', { id: 'Task 2.3', line: 'a <m>b</m>' }],
    ['T004: a <m>b</m>', { id: 'T004', line: 'a <m>b</m>' }],
    ['<m>FR-002</m>: a b', { id: 'FR-002', line: 'a b' }],
    ['Open question: <m>b</m>', { line: 'Open question: <m>b</m>' }],
  ])('%s', (line, expected) => {
    expect(matchedItemLine(`x\n${line}`, '<m>')).toEqual(expected);
  });

  it('needs lines: fragments from other engines have none', () => {
    expect(matchedItemLine('a <m>b</m> c', '<m>')).toBeUndefined();
  });
});
