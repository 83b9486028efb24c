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

/* eslint-disable no-console */ // a command-line test runner reports on the console

/*
 * End-to-end check of the Specs plugin in a real Chromium against the running
 * portal (`yarn start` on the example data). Run it through `yarn test:e2e`,
 * which starts and stops the portal; with a portal already running:
 *
 *   node scripts/run-ts.cjs packages/app/e2e/run.ts
 *
 * Environment: E2E_BASE_URL (default http://localhost:3000), CHROMIUM_PATH
 * (default /usr/bin/chromium), E2E_OUTPUT_DIR (default test-results/e2e).
 *
 * Deliberately not named *.test.ts so that jest does not pick it up.
 */

import fs from 'node:fs';
import path from 'node:path';
import { chromium, Browser, Locator, Page } from 'playwright-core';
import { searchChecks } from './search';
import { scaffolderChecks } from './scaffolder';
import { imageChecks } from './images';
import { securityChecks } from './security';
import { portfolioChecks } from './portfolio';
import { readingChecks } from './reading';
import { openSpecKiroChecks } from './openspecKiro';

const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://localhost:3000').replace(
  /\/$/,
  '',
);
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BACKEND_URL = (
  process.env.E2E_BACKEND_URL ?? 'http://localhost:7007'
).replace(/\/$/, '');
const OUT_DIR = path.resolve(process.env.E2E_OUTPUT_DIR ?? 'test-results/e2e');
const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS ?? 30_000);
// `yarn docs:screenshots`: the portal holds the example data only, so the
// checks of the hostile spec, and the scaffolder's (which adds a spec for a
// while), are left out; everything else runs and asserts as usual.
const DOCS_ONLY = process.env.E2E_SUITE === 'docs';

// What examples/specs/SPEC-0042-workload-identity-federation.md ticks.
const SPEC_0042_PHASES = [
  { title: 'Phase 1: Foundation', done: 4, partial: 0, total: 4 },
  { title: 'Phase 2: Core Functionality', done: 2, partial: 1, total: 5 },
  { title: 'Phase 3: Integration', done: 0, partial: 0, total: 4 },
];
const SPEC_0042_REVIEW = [
  { persona: 'Project Manager (PM)', checked: 4, total: 5 },
  { persona: 'Platform Engineer', checked: 2, total: 4 },
  { persona: 'Security & Compliance', checked: 3, total: 4 },
  { persona: 'SRE', checked: 1, total: 5 },
];

let passed = 0;
let failed = 0;

async function check(name: string, fn: () => Promise<void>) {
  const started = Date.now();
  try {
    await fn();
    passed += 1;
    console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    failed += 1;
    const message = error instanceof Error ? error.message : String(error);
    console.log(`  ✗ ${name}\n      ${message.split('\n').join('\n      ')}`);
  }
}

function expectEqual<T>(actual: T, expected: T, what: string) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) {
    throw new Error(`${what}: expected ${e}, got ${a}`);
  }
}

async function screenshot(page: Page, name: string, fullPage = true) {
  // Let lazy content and fonts settle before taking the picture.
  await page
    .waitForLoadState('networkidle', { timeout: 5_000 })
    .catch(() => {});
  const file = path.join(OUT_DIR, name);
  await page.screenshot({
    path: file,
    fullPage,
    // Backstage's mobile bottom bar is fixed to the viewport: in a picture
    // of the whole page it would cut through the middle of it.
    style: fullPage
      ? '[data-testid="mobile-sidebar-root"] { display: none !important; }'
      : undefined,
  });
  console.log(`    screenshot ${path.relative(process.cwd(), file)}`);
}

/**
 * Passes the sign-in page if the app shows one (guest provider). Retries a
 * few times: in watch mode the backend restarts when sources change, and a
 * sign-in attempt during a restart fails.
 */
async function signInIfAsked(page: Page) {
  // Backstage's guest sign-in card has an "Enter" button; the app shell has
  // the sidebar with its "Catalog" item.
  const guest = page.getByRole('button', { name: 'Enter', exact: true });
  const shell = page.getByRole('link', { name: 'Catalog', exact: true });
  for (let attempt = 1; ; attempt++) {
    await guest.or(shell).first().waitFor({ timeout: TIMEOUT });
    if (!(await guest.isVisible())) return;
    console.log(
      `    sign-in page shown; entering as guest${
        attempt > 1 ? ` (attempt ${attempt})` : ''
      }`,
    );
    await guest.click();
    try {
      await shell.waitFor({ timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
      await page.waitForTimeout(3_000);
      await page.reload();
    }
  }
}

/**
 * The dev server's react-refresh overlay (shown for runtime errors, e.g. a
 * 503 while the backend restarts in watch mode) covers the page and swallows
 * clicks. The errors are recorded through `pageerror`; the overlay goes.
 */
async function dismissDevOverlay(page: Page) {
  const removed = await page.evaluate(() => {
    const overlay = document.getElementById('react-refresh-overlay');
    overlay?.remove();
    return Boolean(overlay);
  });
  if (removed) console.log('    (removed the dev-server error overlay)');
}

/** A tab of an entity page (links in the header's content navigation). */
function entityTab(page: Page, name: string) {
  return page
    .getByRole('navigation', { name: 'Content navigation' })
    .getByRole('link', { name, exact: true });
}

/** Spec ids (first column) of the rows in the browse table. */
async function browseIds(page: Page): Promise<string[]> {
  const rows = page.getByRole('table', { name: 'Specs' }).locator('tbody tr');
  const cells = await rows.locator('td:first-child').allInnerTexts();
  // The first cell holds the id above the title.
  return cells.map(cell => /SPEC-\d+/.exec(cell)?.[0] ?? '').filter(Boolean);
}

async function waitForIds(page: Page, expected: string[]) {
  const deadline = Date.now() + TIMEOUT;
  let ids: string[] = [];
  while (Date.now() < deadline) {
    ids = await browseIds(page);
    if (JSON.stringify(ids) === JSON.stringify(expected)) return;
    await page.waitForTimeout(250);
  }
  expectEqual(ids, expected, 'spec ids in the table');
}

async function progressOf(bar: Locator) {
  return {
    now: Number(await bar.getAttribute('aria-valuenow')),
    max: Number(await bar.getAttribute('aria-valuemax')),
    text: await bar.getAttribute('aria-valuetext'),
  };
}

async function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const t0 = Date.now();
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      colorScheme: 'light',
    });
    context.setDefaultTimeout(TIMEOUT);
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('pageerror', error => consoleErrors.push(String(error)));

    console.log(`Specs e2e against ${BASE_URL} with ${CHROMIUM_PATH}`);

    await check(
      'browse page /specs lists SPEC-0042, SPEC-0043, SPEC-0044 and SPEC-0045',
      async () => {
        await page.goto(`${BASE_URL}/specs`);
        await signInIfAsked(page);
        await waitForIds(page, [
          'SPEC-0042',
          'SPEC-0043',
          'SPEC-0044',
          'SPEC-0045',
        ]);
        await page
          .getByRole('table', { name: 'Specs' })
          .locator('[role=progressbar]')
          .first()
          .waitFor();
        await screenshot(page, 'browse-page.png');
      },
    );

    await check('status filter Draft leaves only SPEC-0044', async () => {
      await dismissDevOverlay(page);
      await page.locator('#specs-filter-status').click();
      await page.getByRole('option', { name: /^Draft/ }).click();
      await waitForIds(page, ['SPEC-0044']);
      await screenshot(page, 'browse-filtered.png');
      // Back to all statuses.
      await page.locator('#specs-filter-status').click();
      await page.getByRole('option', { name: 'All' }).click();
      await waitForIds(page, [
        'SPEC-0042',
        'SPEC-0043',
        'SPEC-0044',
        'SPEC-0045',
      ]);
    });

    await check('opening SPEC-0042 shows its spec page', async () => {
      const row = page
        .getByRole('table', { name: 'Specs' })
        .locator('tbody tr', { hasText: 'SPEC-0042' });
      await dismissDevOverlay(page);
      await row.getByRole('link').first().click();
      await page.waitForURL(/\/catalog\/default\/spec\//);
      await page.getByText('SPEC-0042').first().waitFor();
      await page.getByText('Workload Identity Federation').first().waitFor();
      await entityTab(page, 'Phases').waitFor();
      // The rendered document (marked + DOMPurify) on the overview.
      await page
        .getByRole('heading', { name: /Problem Statement/ })
        .first()
        .waitFor();
      await screenshot(page, 'spec-page.png');
      // The long document makes the full page ~10,000 px; this is the first screen.
      await screenshot(page, 'spec-page-top.png', false);
    });

    await check(
      'Phases tab: phase numbers equal the ticked boxes of the example',
      async () => {
        await dismissDevOverlay(page);
        await entityTab(page, 'Phases').click();
        await page.waitForURL(/\/phases$/);
        const list = page.getByRole('list', { name: 'Phases' });
        await list.waitFor();
        for (const phase of SPEC_0042_PHASES) {
          const bar = list.getByRole('progressbar', {
            name: `Progress of ${phase.title}`,
          });
          const { now, max, text } = await progressOf(bar);
          expectEqual(
            { now, max },
            { now: phase.done, max: phase.total },
            phase.title,
          );
          const expectedText = `${phase.done} of ${phase.total} tasks done${
            phase.partial ? `, ${phase.partial} partly done` : ''
          }`;
          expectEqual(text, expectedText, `${phase.title} value text`);
          const shown = (
            await bar.locator('xpath=following-sibling::*[1]').innerText()
          ).trim();
          const expectedShown = `${phase.done}/${phase.total}${
            phase.partial ? ` (+${phase.partial})` : ''
          }`;
          expectEqual(shown, expectedShown, `${phase.title} label`);
        }
        const overall = await progressOf(
          page.getByRole('progressbar', { name: 'Overall progress' }),
        );
        expectEqual(
          overall,
          { now: 6, max: 13, text: '6 of 13 tasks done, 1 partly done' },
          'overall',
        );
        // The phase cards below list the tasks with their state.
        await page
          .getByRole('table', { name: 'Tasks of Phase 2: Core Functionality' })
          .waitFor();
        const states = await page
          .getByRole('table', { name: 'Tasks of Phase 2: Core Functionality' })
          .locator('tbody tr td:first-child')
          .allInnerTexts();
        expectEqual(
          states.map(s => s.trim()),
          ['Done', 'Done', 'Partly done', 'To do', 'To do'],
          'task states of phase 2',
        );
        await screenshot(page, 'spec-phases.png');
      },
    );

    await check('Review tab: checked/total per persona', async () => {
      await dismissDevOverlay(page);
      await entityTab(page, 'Review').click();
      await page.waitForURL(/\/review$/);
      for (const persona of SPEC_0042_REVIEW) {
        const bar = page.getByRole('progressbar', {
          name: `Review by ${persona.persona}`,
          exact: true,
        });
        await bar.waitFor();
        const { now, max } = await progressOf(bar);
        expectEqual(
          { now, max },
          { now: persona.checked, max: persona.total },
          persona.persona,
        );
        await page
          .getByText(`${persona.checked} of ${persona.total} checked`)
          .first()
          .waitFor();
      }
      // Items come from the document: the PM list has 5 entries.
      const items = page
        .getByRole('list', { name: 'Project Manager (PM) checklist' })
        .getByRole('listitem');
      expectEqual(await items.count(), 5, 'PM checklist items');
      await screenshot(page, 'spec-review.png');
    });

    await check(
      'component page of workload-identity-broker shows the specs card with SPEC-0042',
      async () => {
        await page.goto(
          `${BASE_URL}/catalog/default/component/workload-identity-broker`,
        );
        await signInIfAsked(page);
        const card = page.locator('.MuiCard-root').filter({
          has: page.locator('.MuiCardHeader-title', { hasText: /^Specs$/ }),
        });
        await card.first().waitFor();
        // The spec's row (the attention flags below link the id again).
        const link = card
          .first()
          .getByRole('link', { name: /Workload Identity Federation/ });
        await link.waitFor();
        await card.first().getByRole('progressbar').first().waitFor();
        await card.first().scrollIntoViewIfNeeded();
        await screenshot(page, 'component-card.png');
      },
    );

    await check(
      'the Relations card of workload-identity-broker shows its spec (specifiedBy)',
      async () => {
        // The Relations card draws the graph as SVG: the spec is a node and
        // the edge is labelled with the relation pair.
        const graphText = page.locator('svg text');
        const specNode = graphText
          .filter({ hasText: 'Workload Identity Federation' })
          .first();
        await specNode.waitFor();
        await graphText
          .filter({ hasText: /specifies/ })
          .first()
          .waitFor();
        await specNode.scrollIntoViewIfNeeded();
        await screenshot(page, 'component-relations.png', false);
      },
    );

    const helpers = {
      baseUrl: BASE_URL,
      backendUrl: BACKEND_URL,
      browser,
      timeout: TIMEOUT,
      check,
      expectEqual,
      screenshot,
      signInIfAsked,
      dismissDevOverlay,
    };
    await portfolioChecks(page, helpers);
    await searchChecks(page, helpers);
    await imageChecks(page, helpers);
    if (!DOCS_ONLY) {
      await securityChecks(browser, helpers);
    }

    await readingChecks(page, helpers);
    await openSpecKiroChecks(page, helpers);

    // Last: it adds a spec (and removes it again) while it runs.
    if (!DOCS_ONLY) {
      await scaffolderChecks(page, {
        baseUrl: BASE_URL,
        check,
        screenshot,
        signInIfAsked,
        dismissDevOverlay,
        expectEqual,
      });
    }

    if (consoleErrors.length) {
      console.log(`  (uncaught page errors: ${consoleErrors.length})`);
      for (const e of consoleErrors.slice(0, 5)) console.log(`    ${e}`);
    }
  } catch (error) {
    failed += 1;
    console.log(`  ✗ setup: ${error instanceof Error ? error.message : error}`);
  } finally {
    await browser?.close().catch(() => {});
  }
  console.log(
    `\n${passed} passed, ${failed} failed (${((Date.now() - t0) / 1000).toFixed(
      1,
    )} s)`,
  );
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
}

main();
