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
 * OpenSpec and Kiro in the portal (run by run.ts), on the examples of
 * examples/openspec and examples/kiro: the browse page filters by format;
 * an OpenSpec change page shows its delta (added, modified, removed,
 * renamed) and its tasks, and names the capability it modifies, whose page
 * lists the changes that touched it; a Kiro spec page shows its
 * requirements with their acceptance criteria and the tasks covering them,
 * optional and in-progress tasks as such. Takes the screenshots of
 * docs/spec-formats.md.
 */

/* eslint-disable no-console */

import type { Page } from 'playwright-core';
import type { SearchE2eHelpers } from './search';

const CHANGE_TITLE = 'Downsample metrics older than two days';
const CAPABILITY_TITLE = 'metrics-ingest Specification';
const ARCHIVED_TITLE = 'Label every sample with its tenant';
const KIRO_TITLE = 'Token rotation';

/** Titles of the rows of the browse table. */
async function browseTitles(page: Page): Promise<string[]> {
  const rows = page.getByRole('table', { name: 'Specs' }).locator('tbody tr');
  return (await rows.locator('td:first-child').allInnerTexts()).map(t =>
    t.trim(),
  );
}

/** The titles once the table holds `count` rows (a filter reloads it). */
async function waitForRows(page: Page, count: number): Promise<string[]> {
  const deadline = Date.now() + 30_000;
  let titles = await browseTitles(page);
  while (titles.length !== count && Date.now() < deadline) {
    await page.waitForTimeout(250);
    titles = await browseTitles(page);
  }
  return titles;
}

async function chooseFormat(page: Page, label: string) {
  await page.locator('#specs-filter-format').click();
  await page.getByRole('option', { name: new RegExp(`^${label}`) }).click();
}

async function openFromBrowse(
  page: Page,
  baseUrl: string,
  format: string,
  title: string,
) {
  await page.goto(`${baseUrl}/specs?format=${format}`);
  const link = page
    .getByRole('table', { name: 'Specs' })
    .getByRole('link', { name: title, exact: true });
  await link.first().click();
  await page.waitForURL(/\/catalog\/default\/spec\//);
}

function tab(page: Page, name: string) {
  return page
    .getByRole('navigation', { name: 'Content navigation' })
    .getByRole('link', { name, exact: true });
}

export async function openSpecKiroChecks(
  page: Page,
  helpers: SearchE2eHelpers,
) {
  const { baseUrl, check, expectEqual, screenshot, signInIfAsked } = helpers;

  await check(
    'browse page filters by format: OpenSpec, then Kiro',
    async () => {
      await page.goto(`${baseUrl}/specs`);
      await signInIfAsked(page);
      await page.locator('#specs-filter-format').waitFor();
      await chooseFormat(page, 'OpenSpec');
      await page.waitForURL(/format=openspec/);
      await page
        .getByRole('table', { name: 'Specs' })
        .getByText(CHANGE_TITLE)
        .waitFor();
      // The rows of before the filter may still be there: wait for three.
      const titles = await waitForRows(page, 3);
      expectEqual(
        [CAPABILITY_TITLE, CHANGE_TITLE, ARCHIVED_TITLE].map(t =>
          titles.some(row => row.includes(t)),
        ),
        [true, true, true],
        'OpenSpec rows',
      );
      expectEqual(titles.length, 3, 'rows with the OpenSpec filter');
      await chooseFormat(page, 'Kiro');
      await page.waitForURL(/format=kiro/);
      await page
        .getByRole('table', { name: 'Specs' })
        .getByText(KIRO_TITLE)
        .waitFor();
      expectEqual(
        (await waitForRows(page, 1)).length,
        1,
        'rows with the Kiro filter',
      );
    },
  );

  await check('OpenSpec change page: the delta and the tasks', async () => {
    await openFromBrowse(page, baseUrl, 'openspec', CHANGE_TITLE);
    const delta = page.getByRole('table', { name: 'Delta of metrics-ingest' });
    await delta.waitFor();
    const rows = await delta.locator('tbody tr').allInnerTexts();
    expectEqual(
      rows.map(r =>
        r
          .split('\t')
          .slice(0, 2)
          .map(c => c.trim())
          .join(' | '),
      ),
      [
        'Added | Downsampled Aggregates',
        'Modified | Retention Tiers',
        'Removed | Query Timeout',
        'Renamed | Raw Retention → Retention Tiers',
      ],
      'delta rows',
    );
    // Beside the document: the capability spec it modifies, as a link.
    await page.getByRole('link', { name: CAPABILITY_TITLE }).first().waitFor();
    await screenshot(page, 'openspec-change-page.png');
    await tab(page, 'Phases').click();
    await page.waitForURL(/\/phases$/);
    const tasks = page.getByRole('table', {
      name: 'Tasks of 1. Downsampling job',
    });
    await tasks.waitFor();
    expectEqual(
      await tasks.locator('tbody tr').count(),
      4,
      'tasks of phase 1 (a nested one included)',
    );
    // The phase list at the top and the phase's card both have one.
    const bar = page
      .getByRole('progressbar', { name: 'Progress of 1. Downsampling job' })
      .first();
    expectEqual(
      [
        await bar.getAttribute('aria-valuenow'),
        await bar.getAttribute('aria-valuemax'),
      ],
      ['2', '4'],
      'progress of phase 1',
    );
  });

  await check(
    'OpenSpec capability page lists the changes that touched it',
    async () => {
      await openFromBrowse(page, baseUrl, 'openspec', CAPABILITY_TITLE);
      await page.getByText('Changed by', { exact: true }).waitFor();
      for (const title of [CHANGE_TITLE, ARCHIVED_TITLE]) {
        await page.getByRole('link', { name: title }).first().waitFor();
      }
    },
  );

  await check(
    'Kiro spec page: requirements, criteria, coverage, optional and in-progress tasks',
    async () => {
      await openFromBrowse(page, baseUrl, 'kiro', KIRO_TITLE);
      await tab(page, 'Requirements').click();
      await page.waitForURL(/\/requirements$/);
      const table = page.getByRole('table', { name: 'Requirements' });
      await table.waitFor();
      const first = table.locator('tbody tr').first();
      await first.getByText('Rotation before expiry').waitFor();
      await first
        .getByText(/WHEN a token reaches 80% of its lifetime/)
        .waitFor();
      // Requirement 1 is covered by the tasks citing its criteria 1.1–1.3.
      const covered = await first.locator('td').nth(4).innerText();
      expectEqual(
        covered.split(/\s+/).filter(Boolean),
        ['1.1', '1.2', '1.3', '3'],
        'tasks covering requirement 1',
      );
      await screenshot(page, 'kiro-requirements.png');
      await tab(page, 'Phases').click();
      await page.waitForURL(/\/phases$/);
      await page.getByText('Optional, not counted').first().waitFor();
      await page.getByText('In progress', { exact: true }).first().waitFor();
      await screenshot(page, 'kiro-tasks.png');
    },
  );
}
