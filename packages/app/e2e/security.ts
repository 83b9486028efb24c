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

/*
 * Adversarial checks of the e2e (run by run.ts). The e2e portal, and only
 * it, ingests e2e/fixtures/hostile-specs (app-config.e2e.yaml): one spec
 * whose markdown, raw HTML, SVG, MathML, mermaid diagrams (`%%{init}%%`
 * directives, `click` callbacks), links, images, front matter and header
 * fields all try to run script. Every payload calls `__sink(name)` or
 * `alert(...)`.
 *
 * In a browser context of its own, `__sink` is defined before the app
 * loads. The spec is then rendered everywhere a spec shows: the browse page,
 * every tab of its entity page, and search; its `click-me-*` links are
 * clicked. After each view the check asserts that no sink ran (the global
 * counter `__specstagePwned` is still unset), that no dialog opened, that
 * no frame navigated to a `javascript:`, `data:` or `vbscript:` URL, and
 * that none of those URLs, no event-handler attribute and no script,
 * frame, object, embed, form, base or meta element is left in the page.
 */

/* eslint-disable no-console */

import type { Browser, Page } from 'playwright-core';
import type { SearchE2eHelpers } from './search';

/** The helpers of run.ts that the security checks use: the same as search's. */
export type SecurityE2eHelpers = SearchE2eHelpers;

const TITLE = 'Hostile kitchen sink';
// A word that only the hostile spec contains.
const SEARCH_WORD = 'quetzalcoatl';
const BAD_SCHEME = /^\s*(javascript|data|vbscript):/i;
// Indexing runs every 30 s locally; see search.ts.
const INDEX_TIMEOUT = Number(process.env.E2E_SEARCH_TIMEOUT_MS ?? 120_000);
// Long enough for a broken image's onerror, a lazy diagram and a refresh
// timer of a <meta> to have fired.
const SETTLE_MS = 1_500;

interface Observed {
  dialogs: string[];
  navigations: string[];
}

/** What is left in the page that could run script or leave it. */
async function leftovers(page: Page): Promise<string[]> {
  return page.evaluate(badScheme => {
    const bad = new RegExp(badScheme, 'i');
    const found: string[] = [];
    // The app's own markup (index.html's <noscript>, …) is not the spec's.
    const scope =
      document.querySelector('main') ??
      document.getElementById('root') ??
      document.body;
    const describe = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}>`;
    for (const el of Array.from(scope.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        const name = attr.name.toLowerCase();
        if (name.startsWith('on')) {
          found.push(`${describe(el)} has ${name}`);
        }
        if (
          [
            'href',
            'src',
            'xlink:href',
            'action',
            'formaction',
            'data',
            'srcset',
            'poster',
            'background',
          ].includes(name) &&
          bad.test(attr.value)
        ) {
          found.push(`${describe(el)} ${name}=${attr.value.slice(0, 60)}`);
        }
        if (name === 'srcdoc') {
          found.push(`${describe(el)} has srcdoc`);
        }
      }
    }
    for (const el of Array.from(
      scope.querySelectorAll(
        // (Inert <template> and <noscript> are the app's own: the unit
        // test of the fixture checks that the sanitizer drops them.)
        'script, iframe, frame, object, embed, form, base, meta, link',
      ),
    )) {
      found.push(`${describe(el)} is in the page`);
    }
    return found;
  }, BAD_SCHEME.source);
}

async function assertNothingRan(page: Page, observed: Observed, where: string) {
  await page.waitForTimeout(SETTLE_MS);
  const pwned = await page.evaluate(() => {
    const w = window as unknown as {
      __specstagePwned?: number;
      __specstageSinkLog?: () => string[];
    };
    return {
      count: w.__specstagePwned,
      sinks: w.__specstageSinkLog?.() ?? ['(the sink log is gone)'],
    };
  });
  const problems: string[] = [];
  if (pwned.count !== undefined || pwned.sinks.length > 0) {
    problems.push(
      `script ran: __specstagePwned=${pwned.count}, sinks ${pwned.sinks.join(
        ', ',
      )}`,
    );
  }
  if (observed.dialogs.length) {
    problems.push(`dialogs opened: ${observed.dialogs.join(', ')}`);
  }
  if (observed.navigations.length) {
    problems.push(`navigated to ${observed.navigations.join(', ')}`);
  }
  problems.push(...(await leftovers(page)));
  if (problems.length) {
    throw new Error(`${where}:\n${problems.slice(0, 20).join('\n')}`);
  }
}

/** Clicks every `click-me-*` link of the page; none may lead anywhere bad. */
async function clickHostileLinks(page: Page) {
  const home = page.url();
  const links = page.locator('main').getByText(/^click-me-/);
  const count = await links.count();
  for (let i = 0; i < count; i++) {
    const link = links.nth(i);
    if (!(await link.isVisible())) continue;
    await link.click({ timeout: 5_000, noWaitAfter: true }).catch(() => {});
    await page.waitForTimeout(100);
    if (page.url().split('#')[0] !== home.split('#')[0]) {
      await page.goto(home);
    }
  }
  return count;
}

export async function securityChecks(
  browser: Browser,
  helpers: SecurityE2eHelpers,
) {
  const { check, screenshot, baseUrl } = helpers;
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    colorScheme: 'light',
  });
  context.setDefaultTimeout(helpers.timeout);
  // Before any script of the app: the sink every payload calls, and the
  // counter that must stay unset. Kept in a closure, so that markup cannot
  // clobber the log (`<img name="__sink">` and the like).
  await context.addInitScript(() => {
    const log: string[] = [];
    const w = window as unknown as Record<string, unknown>;
    w.__sink = (name: unknown) => {
      w.__specstagePwned = ((w.__specstagePwned as number) ?? 0) + 1;
      log.push(String(name));
    };
    w.__specstageSinkLog = () => log.slice();
  });
  const observed: Observed = { dialogs: [], navigations: [] };
  const watch = (p: Page) => {
    p.on('dialog', dialog => {
      observed.dialogs.push(dialog.message());
      dialog.dismiss().catch(() => {});
    });
    p.on('framenavigated', frame => {
      if (BAD_SCHEME.test(frame.url())) observed.navigations.push(frame.url());
    });
  };
  let opened = 0;
  context.on('page', p => {
    watch(p);
    // The first page is the one the checks drive; any other is a window
    // that a payload opened.
    if (opened++ > 0) observed.navigations.push(`a new window: ${p.url()}`);
  });
  const page = await context.newPage();

  try {
    await check('hostile spec on the browse page: no script runs', async () => {
      await page.goto(`${baseUrl}/specs`);
      await helpers.signInIfAsked(page);
      // The hostile spec has no id; the Spec column sorts by the id, else
      // the title (spec.sortKey), so it is listed like any other.
      const table = page.getByRole('table', { name: 'Specs' });
      await table.locator('tbody tr').first().waitFor();
      const row = table.locator('tbody tr', { hasText: TITLE });
      await row.first().waitFor();
      await screenshot(page, 'hostile-browse.png', false);
      await assertNothingRan(page, observed, 'browse page');
    });

    await check(
      'hostile spec overview (document, mermaid, header): no script runs, no bad link is followed',
      async () => {
        await helpers.dismissDevOverlay(page);
        await page
          .getByRole('table', { name: 'Specs' })
          .locator('tbody tr', { hasText: TITLE })
          .getByRole('link')
          .first()
          .click();
        await page.waitForURL(/\/catalog\/default\/spec\//);
        await page
          .getByRole('heading', { name: /^Summary/ })
          .first()
          .waitFor();
        // Both diagrams are drawn (sanitized SVG) or shown as source.
        await page
          .locator('main figure')
          .nth(1)
          .waitFor({ timeout: helpers.timeout });
        await screenshot(page, 'hostile-overview.png');
        await assertNothingRan(page, observed, 'overview');
        const clicked = await clickHostileLinks(page);
        console.log(`    clicked ${clicked} click-me links`);
        await assertNothingRan(page, observed, 'overview after the clicks');
      },
    );

    for (const tab of ['Phases', 'Review', 'Requirements', 'Diagnostics']) {
      await check(`hostile spec, ${tab} tab: no script runs`, async () => {
        await helpers.dismissDevOverlay(page);
        // The Diagnostics tab carries its count: "Diagnostics (2)".
        await page
          .getByRole('navigation', { name: 'Content navigation' })
          .getByRole('link', { name: new RegExp(`^${tab}(?: \\(\\d+\\))?$`) })
          .click();
        await page.waitForURL(new RegExp(`/${tab.toLowerCase()}$`));
        await page.locator('main').getByText(/\S/).first().waitFor();
        await screenshot(page, `hostile-${tab.toLowerCase()}.png`);
        await assertNothingRan(page, observed, `${tab} tab`);
        await clickHostileLinks(page);
        await assertNothingRan(page, observed, `${tab} tab after the clicks`);
      });
    }

    await check('hostile spec in search results: no script runs', async () => {
      await page.goto(
        `${baseUrl}/search?query=${encodeURIComponent(SEARCH_WORD)}`,
      );
      await helpers.signInIfAsked(page);
      const deadline = Date.now() + INDEX_TIMEOUT;
      const result = page
        .locator('li.MuiListItem-divider')
        .filter({ hasText: TITLE });
      for (;;) {
        // Results, or the message that there are none, once the search ran.
        await result
          .first()
          .or(page.getByText(/no results were found/i))
          .first()
          .waitFor({ timeout: helpers.timeout })
          .catch(() => {});
        await helpers.dismissDevOverlay(page);
        if (
          await result
            .first()
            .isVisible()
            .catch(() => false)
        )
          break;
        if (Date.now() > deadline) {
          await screenshot(page, 'hostile-search-missing.png', false);
          const shown = await page
            .locator('li.MuiListItem-divider')
            .allInnerTexts();
          throw new Error(
            `no search result for ${SEARCH_WORD} names "${TITLE}"; results: ${JSON.stringify(
              shown.map(t => t.slice(0, 80)),
            )}`,
          );
        }
        await page.waitForTimeout(3_000);
        await page.reload();
        await helpers.signInIfAsked(page);
      }
      await screenshot(page, 'hostile-search.png', false);
      await assertNothingRan(page, observed, 'search');
    });
  } finally {
    await context.close().catch(() => {});
  }
}
