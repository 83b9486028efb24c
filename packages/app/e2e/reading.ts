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
 * Reading and navigating specs (run by run.ts): links between specs lead to
 * the other spec's page, a `#fragment` URL scrolls on a fresh load, search
 * finds the line of a requirement once, the mermaid diagram is readable, the
 * browse table breaks no word, old spec URLs still work; axe-core finds no
 * serious or critical violation in Specstage's own components on /specs, on
 * every tab of a spec page and on a component's Specs tab, in light and dark;
 * and the screenshots of the README are taken.
 */

/* eslint-disable no-console */

import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { SearchE2eHelpers } from './search';
import { createHash } from 'node:crypto';

/**
 * The name Spec entities had before names became readable (frozen: the
 * catalog module keeps it as `specstage.io/legacy-name`, see
 * legacySpecEntityName there), for the check that old links still work.
 */
function legacySpecEntityName(identity: string): string {
  const last = identity.split('/').filter(Boolean).pop() ?? 'spec';
  const slug =
    last
      .replace(/\.(md|markdown)$/i, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 54)
      .replace(/-+$/, '') || 'spec';
  return `${slug}-${createHash('sha256')
    .update(identity)
    .digest('hex')
    .slice(0, 8)}`;
}

/** What run.ts lends the reading checks: the same helpers as the search checks. */
export type ReadingE2eHelpers = SearchE2eHelpers;

const SPEC_0042 =
  '/catalog/default/spec/spec-0042-workload-identity-federation';
const SPEC_0043 = '/catalog/default/spec/spec-0043-gateway-rate-limiting';
const COMPONENT_SPECS =
  '/catalog/default/component/workload-identity-broker/specs';
// Only in FR-002 of examples/specs/0043-gateway-rate-limiting/spec.md.
const PHRASE = 'client-supplied header';
const INDEX_TIMEOUT = Number(process.env.E2E_SEARCH_TIMEOUT_MS ?? 120_000);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

/**
 * What axe-core is asked about: the page's main content. Left out are
 * components that are not Specstage's: the app's plugin header, the catalog's
 * cards under "More about this spec" (About, Links, the relations graph), the
 * Backstage UI tab bar, and the dev server's error overlays.
 */
const AXE_EXCLUDE = [
  '.bui-PluginHeader',
  '#spec-more',
  '.bui-HeaderTabsRow',
  '#webpack-dev-server-client-overlay',
  '#react-refresh-overlay',
];

type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
};

async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async exclude => {
    const axe = (window as any).axe;
    const root = document.querySelector('main') ?? document.body;
    const result = await axe.run(
      {
        include: [root],
        exclude: exclude.filter(s => document.querySelector(s)),
      },
      { resultTypes: ['violations'] },
    );
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n: any) => ({
        target: n.target,
        failureSummary: n.failureSummary,
      })),
    }));
  }, AXE_EXCLUDE);
}

/** Opens a page with the given colour scheme and width, signed in. */
async function openPage(
  browser: Browser,
  helpers: ReadingE2eHelpers,
  options: { dark?: boolean; width?: number } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1440, height: 900 },
    colorScheme: options.dark ? 'dark' : 'light',
  });
  context.setDefaultTimeout(helpers.timeout);
  const page = await context.newPage();
  return { context, page };
}

async function goto(page: Page, helpers: ReadingE2eHelpers, url: string) {
  await page.goto(`${helpers.baseUrl}${url}`);
  if ((page.viewportSize()?.width ?? 1440) < 600) {
    // Small screens have no sidebar "Catalog" link to wait for.
    const guest = page.getByRole('button', { name: 'Enter', exact: true });
    await guest.or(page.locator('main')).first().waitFor();
    if (await guest.isVisible()) {
      await guest.click();
      await page.locator('main').first().waitFor();
    }
  } else {
    await helpers.signInIfAsked(page);
  }
  await helpers.dismissDevOverlay(page);
}

/** The spec page's document, rendered (headings from the markdown). */
async function waitForDocument(page: Page, heading: RegExp) {
  await page
    .getByRole('article', { name: 'Spec document' })
    .getByRole('heading', { name: heading })
    .first()
    .waitFor();
}

export async function readingChecks(page: Page, helpers: ReadingE2eHelpers) {
  const { check, expectEqual, screenshot } = helpers;
  const browser = page.context().browser();
  if (!browser) throw new Error('the reading checks need the browser');

  await check(
    'a link to another spec\u2019s file opens that spec\u2019s page',
    async () => {
      await goto(page, helpers, SPEC_0042);
      await waitForDocument(page, /Problem Statement/);
      // References: [SPEC-0043 — Gateway Rate Limiting](./0043-gateway-rate-limiting/spec.md)
      const link = page
        .getByRole('article', { name: 'Spec document' })
        .getByRole('link', { name: 'SPEC-0043 — Gateway Rate Limiting' });
      expectEqual(
        await link.getAttribute('href'),
        SPEC_0043,
        'href of the link',
      );
      await link.click();
      await page.waitForURL(url => url.pathname === SPEC_0043);
      await waitForDocument(page, /Per-tenant rate limiting/);
      // And back: the link climbing out of 0043's directory finds SPEC-0042.
      const back = page
        .getByRole('article', { name: 'Spec document' })
        .getByRole('link', {
          name: 'SPEC-0042 — Workload Identity Federation',
        });
      expectEqual(
        await back.getAttribute('href'),
        SPEC_0042,
        'href of the link back',
      );
    },
  );

  await check(
    'an in-document anchor URL scrolls to it on a fresh load',
    async () => {
      const { context, page: fresh } = await openPage(browser, helpers);
      try {
        await goto(fresh, helpers, `${SPEC_0042}#fr-004`);
        await waitForDocument(fresh, /Problem Statement/);
        const target = fresh.locator('#user-content-fr-004');
        await target.waitFor();
        // The page settles (diagrams are drawn) and keeps the target in view.
        let top = Number.NaN;
        const deadline = Date.now() + helpers.timeout;
        while (Date.now() < deadline) {
          await fresh.waitForTimeout(500);
          top = await target.evaluate(e => e.getBoundingClientRect().top);
          if (top >= 0 && top < 300) break;
        }
        if (!(top >= 0 && top < 300)) {
          throw new Error(
            `FR-004 is at y=${top} after a fresh load of #fr-004`,
          );
        }
        expectEqual(
          await target.innerText().then(t => t.startsWith('FR-004')),
          true,
          'the element at #fr-004 is FR-004',
        );
      } finally {
        await context.close();
      }
    },
  );

  await check(
    'the mermaid diagram\u2019s text renders at 11 px or more at 1440 px',
    async () => {
      await goto(page, helpers, SPEC_0042);
      const diagram = page.getByRole('img', {
        name: 'Sequence diagram: Architecture Overview',
      });
      await diagram.locator('svg text').first().waitFor();
      const smallest = await diagram.evaluate(host => {
        const svg = host.querySelector('svg')!;
        const viewBox = svg.viewBox.baseVal;
        const scale = svg.getBoundingClientRect().width / viewBox.width;
        const sizes = Array.from(svg.querySelectorAll('text'))
          .filter(t => (t.textContent ?? '').trim())
          .map(t => parseFloat(getComputedStyle(t).fontSize) * scale);
        return Math.min(...sizes);
      });
      console.log(`    smallest diagram text: ${smallest.toFixed(1)} px`);
      if (!(smallest >= 11)) {
        throw new Error(`diagram text renders at ${smallest.toFixed(1)} px`);
      }
      // The full-screen view shows it whole, with zoom.
      await page
        .getByRole('button', { name: /^Expand: Sequence diagram/ })
        .click();
      const dialog = page.getByRole('dialog', {
        name: 'Sequence diagram: Architecture Overview',
      });
      await dialog.getByRole('button', { name: 'Zoom in' }).waitFor();
      // Let the dialog finish fading in before the picture.
      await page.waitForTimeout(500);
      await screenshot(page, 'spec-diagram-zoom.png', false);
      await dialog.getByRole('button', { name: 'Close' }).click();
    },
  );

  await check(
    `searching "${PHRASE}" finds SPEC-0043 once, with FR-002 in the snippet`,
    async () => {
      const deadline = Date.now() + INDEX_TIMEOUT;
      await goto(page, helpers, `/search?query=${encodeURIComponent(PHRASE)}`);
      const results = page.locator('li.MuiListItem-divider');
      const toSpec = results.filter({
        has: page.locator(`a[href^="${SPEC_0043}"]`),
      });
      for (;;) {
        await results
          .first()
          .or(page.getByText(/no results were found/i))
          .first()
          .waitFor()
          .catch(() => {});
        const snippetLink = toSpec
          .first()
          .getByRole('link', { name: 'FR-002' });
        if (await snippetLink.isVisible().catch(() => false)) break;
        if (Date.now() > deadline) {
          throw new Error(`no result with FR-002 for "${PHRASE}"`);
        }
        await page.waitForTimeout(3_000);
        await page.reload();
        await helpers.signInIfAsked(page);
      }
      expectEqual(await toSpec.count(), 1, 'results that lead to SPEC-0043');
      const snippet = toSpec.first().getByRole('link', { name: 'FR-002' });
      expectEqual(
        await snippet.getAttribute('href'),
        `${SPEC_0043}#fr-002`,
        'the snippet links to the requirement',
      );
      await toSpec.first().locator('mark').first().waitFor();
      // The snippet is plain text: no markdown on screen.
      const text = await toSpec.first().innerText();
      if (/\*\*|`/.test(text)) throw new Error(`raw markdown in ${text}`);
      await screenshot(page, 'search-snippet.png', false);
    },
  );

  await check(
    'the browse table breaks no word inside a word at 1280 px',
    async () => {
      const { context, page: narrow } = await openPage(browser, helpers, {
        width: 1280,
      });
      try {
        await goto(narrow, helpers, '/specs');
        const table = narrow.getByRole('table', { name: 'Specs' });
        await table.getByText('SPEC-0044').first().waitFor();
        await table.getByRole('progressbar').first().waitFor();
        const broken = await table.evaluate(element => {
          const found: string[] = [];
          const walker = document.createTreeWalker(
            element,
            NodeFilter.SHOW_TEXT,
          );
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? '';
            for (const match of text.matchAll(/\S+/g)) {
              const range = document.createRange();
              range.setStart(node, match.index!);
              range.setEnd(node, match.index! + match[0].length);
              const lines = new Set(
                Array.from(range.getClientRects())
                  .filter(r => r.width > 0)
                  .map(r => Math.round(r.top)),
              );
              if (lines.size > 1) found.push(match[0]);
            }
          }
          return found;
        });
        expectEqual(broken, [], 'words broken across lines');
        const overflow = await table.evaluate(
          e => e.parentElement!.scrollWidth - e.parentElement!.clientWidth,
        );
        expectEqual(
          overflow <= 0,
          true,
          `the table fits (overflow ${overflow} px)`,
        );
      } finally {
        await context.close();
      }
    },
  );

  await check(
    'an old spec URL (hashed name) leads to the spec, tab kept',
    async () => {
      // The name SPEC-0042 had before names became readable: a hash of where
      // the portal reads it from.
      const legacy = legacySpecEntityName(
        `file:${path.resolve(
          __dirname,
          '../../../examples/specs/SPEC-0042-workload-identity-federation.md',
        )}`,
      );
      await goto(
        page,
        helpers,
        `/catalog/default/spec/${legacy}/phases#phase-2`,
      );
      await page.waitForURL(url => url.pathname === `${SPEC_0042}/phases`);
      expectEqual(new URL(page.url()).hash, '#phase-2', 'fragment kept');
      await page.getByRole('table', { name: /^Tasks of Phase 2/ }).waitFor();
    },
  );

  const pages: Array<{
    name: string;
    url: string;
    ready: (p: Page) => Promise<void>;
  }> = [
    {
      name: '/specs',
      url: '/specs',
      ready: p =>
        p
          .getByRole('table', { name: 'Specs' })
          .getByText('SPEC-0044')
          .first()
          .waitFor(),
    },
    ...(
      [
        ['', (p: Page) => waitForDocument(p, /Problem Statement/)],
        [
          '/phases',
          (p: Page) =>
            p
              .getByRole('table', { name: 'Tasks of Phase 1: Foundation' })
              .waitFor(),
        ],
        [
          '/review',
          (p: Page) =>
            p
              .getByRole('list', { name: 'Project Manager (PM) checklist' })
              .waitFor(),
        ],
        [
          '/requirements',
          (p: Page) => p.getByRole('table', { name: 'Requirements' }).waitFor(),
        ],
        [
          '/diagnostics',
          (p: Page) => p.getByRole('table', { name: 'Diagnostics' }).waitFor(),
        ],
      ] as const
    ).map(([tab, ready]) => ({
      name: `SPEC-0042 ${tab.slice(1) || 'overview'}`,
      url: `${SPEC_0042}${tab}`,
      ready,
    })),
    {
      name: 'SPEC-0043 overview (three files)',
      url: SPEC_0043,
      ready: p => waitForDocument(p, /Per-tenant rate limiting/),
    },
    {
      name: 'component Specs tab',
      url: COMPONENT_SPECS,
      ready: p => p.getByRole('table', { name: 'Specs' }).waitFor(),
    },
  ];
  for (const dark of [false, true]) {
    await check(
      `axe-core: no serious or critical violation, ${
        dark ? 'dark' : 'light'
      } theme (${pages.length} pages)`,
      async () => {
        const { context, page: themed } = await openPage(browser, helpers, {
          dark,
        });
        const problems: string[] = [];
        try {
          for (const target of pages) {
            await goto(themed, helpers, target.url);
            await target.ready(themed);
            await themed
              .waitForLoadState('networkidle', { timeout: 5_000 })
              .catch(() => {});
            await themed.waitForTimeout(500);
            const violations = (await runAxe(themed)).filter(
              v => v.impact === 'serious' || v.impact === 'critical',
            );
            console.log(
              `    ${target.name}: ${violations.length} serious/critical${
                violations.length
                  ? ` (${violations.map(v => v.id).join(', ')})`
                  : ''
              }`,
            );
            for (const v of violations) {
              problems.push(
                `${target.name}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes
                  .slice(0, 3)
                  .map(n => n.target.join(' '))
                  .join('; ')}`,
              );
            }
          }
        } finally {
          await context.close();
        }
        if (problems.length) throw new Error(problems.join('\n'));
      },
    );
  }

  await check(
    'screenshots of the spec page and /specs, 1440 and 390 px, light and dark',
    async () => {
      for (const dark of [false, true]) {
        for (const width of [1440, 390]) {
          const { context, page: shot } = await openPage(browser, helpers, {
            dark,
            width,
          });
          const suffix = `${width}-${dark ? 'dark' : 'light'}`;
          try {
            await goto(shot, helpers, SPEC_0042);
            await waitForDocument(shot, /Problem Statement/);
            await shot
              .getByRole('img', { name: /^Sequence diagram/ })
              .locator('svg')
              .first()
              .waitFor();
            // No hover state left by the sign-in click in the picture.
            await shot.mouse.move(0, 0);
            await screenshot(shot, `spec-page-${suffix}.png`, false);
            await goto(shot, helpers, '/specs');
            await shot.getByText('SPEC-0044').first().waitFor();
            await shot.getByRole('progressbar').first().waitFor();
            await shot.mouse.move(0, 0);
            await screenshot(shot, `browse-page-${suffix}.png`, width === 390);
          } finally {
            await context.close();
          }
        }
      }
      console.log(
        `    copy them to docs/screenshots/ with: cp test-results/e2e/{spec,browse}-page-*.png docs/screenshots/ (from ${path.basename(
          process.cwd(),
        )})`,
      );
    },
  );
}
