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
 * Search checks of the e2e (run by run.ts): a phrase that appears only in the
 * requirements of SPEC-0043 finds that spec first, as a result of type
 * `spec`, and the result leads to the spec's page.
 *
 * The portal indexes specs on the schedule of `search.collators.specs` (a few
 * seconds after start, then every 30 s locally), so the checks poll until
 * the spec shows up.
 */

/* eslint-disable no-console */

import type { Page } from 'playwright-core';

/** The helpers of run.ts that the search checks use. */
export interface SearchE2eHelpers {
  baseUrl: string;
  timeout: number;
  check(name: string, fn: () => Promise<void>): Promise<void>;
  expectEqual<T>(actual: T, expected: T, what: string): void;
  screenshot(page: Page, name: string, fullPage?: boolean): Promise<void>;
  signInIfAsked(page: Page): Promise<void>;
  dismissDevOverlay(page: Page): Promise<void>;
}

// Only in FR-002 of examples/specs/0043-gateway-rate-limiting/spec.md.
const PHRASE = 'client-supplied header';
const SPEC_ID = 'SPEC-0043';
const SPEC_TITLE = 'Per-tenant rate limiting at the ingress gateway';
// Indexing starts 10 s after the backend; the catalog may not have the specs
// by then, and the next run is 30 s later.
const INDEX_TIMEOUT = Number(process.env.E2E_SEARCH_TIMEOUT_MS ?? 120_000);

/** The result items of the search page, in rank order. */
function results(page: Page) {
  return page.locator('li.MuiListItem-divider');
}

/** What the top result shows: its type marker and its text. */
// Lunr (the local engine) keeps one index per document type and merges their
// results by score, and scores of different indexes are not comparable: a
// short catalog entry can outrank a long spec on a weak match. So the check is
// on the best spec result, which is what the Specs type shows first.
function specResults(page: Page) {
  return results(page).filter({
    has: page.locator('[data-search-result-type="spec"]'),
  });
}

async function topResult(page: Page) {
  const first = specResults(page).first();
  return {
    type: await first
      .locator('[data-search-result-type]')
      .first()
      .getAttribute('data-search-result-type', { timeout: 1_000 })
      .catch(() => null),
    text: (await first.innerText({ timeout: 1_000 }).catch(() => '')).trim(),
  };
}

async function waitForTopResult(page: Page, helpers: SearchE2eHelpers) {
  const deadline = Date.now() + INDEX_TIMEOUT;
  let last = { type: null as string | null, text: '' };
  for (let attempt = 1; ; attempt++) {
    // Results or the "no results" message.
    await results(page)
      .first()
      .or(page.getByText(/no results were found/i))
      .first()
      .waitFor({ timeout: helpers.timeout })
      .catch(() => {});
    last = await topResult(page);
    if (last.type === 'spec' && last.text.includes(SPEC_ID)) {
      if (attempt > 1) {
        console.log(`    indexed after ${attempt} attempts`);
      }
      return last;
    }
    if (Date.now() > deadline) {
      break;
    }
    await page.waitForTimeout(3_000);
    // The query is kept in the URL; a reload searches again.
    await page.reload();
    await helpers.signInIfAsked(page);
  }
  throw new Error(
    `top spec result for "${PHRASE}" after ${INDEX_TIMEOUT} ms: type ${
      last.type
    }, text ${JSON.stringify(last.text.slice(0, 200))}`,
  );
}

export async function searchChecks(page: Page, helpers: SearchE2eHelpers) {
  const { check, expectEqual, screenshot } = helpers;

  await check(
    `searching "${PHRASE}" finds ${SPEC_ID} as the top spec result`,
    async () => {
      await page.goto(`${helpers.baseUrl}/search`);
      await helpers.signInIfAsked(page);
      await helpers.dismissDevOverlay(page);
      const input = page.getByPlaceholder(/^Search in /);
      await input.waitFor();
      await input.fill(PHRASE);
      await page.waitForURL(/[?&]query=client/);
      const top = await waitForTopResult(page, helpers);
      expectEqual(top.type, 'spec', 'type of the top spec result');
      const first = specResults(page).first();
      await first.getByText(`Spec · ${SPEC_ID}`).waitFor();
      await first.getByRole('link', { name: SPEC_TITLE }).waitFor();
      // Status chip and task progress of the spec.
      await first.getByLabel(/^Status: /).waitFor();
      await first
        .getByRole('progressbar', { name: `Progress of ${SPEC_ID}` })
        .waitFor();
      // The excerpt shows the matching requirement.
      await first
        .locator('mark', { hasText: /client|supplied|header/i })
        .first()
        .waitFor();
      await screenshot(page, 'search-results.png', false);
    },
  );

  await check(`the Specs result type lists ${SPEC_ID} first`, async () => {
    await helpers.dismissDevOverlay(page);
    await page.getByRole('button', { name: /^Specs/ }).click();
    await page.waitForURL(/[?&]types(%5B\d*%5D|\[\d*\])?=spec/);
    await results(page)
      .first()
      .getByText(`Spec · ${SPEC_ID}`)
      .waitFor({ timeout: helpers.timeout });
    const total = await results(page).count();
    const specs = await results(page)
      .locator('[data-search-result-type="spec"]')
      .count();
    expectEqual(specs, total, 'spec results among all results');
    await screenshot(page, 'search-specs-type.png', false);
  });

  await check(`the ${SPEC_ID} result opens its spec page`, async () => {
    await helpers.dismissDevOverlay(page);
    await results(page).first().getByRole('link', { name: SPEC_TITLE }).click();
    await page.waitForURL(/\/catalog\/default\/spec\/[^/?#]+$/);
    await page.getByText(SPEC_ID).first().waitFor();
    await page.getByText(SPEC_TITLE).first().waitFor();
  });
}
