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
 * End-to-end check of the "New spec" software template (local variant,
 * examples/templates/new-spec): /create lists it, filling it in writes a spec
 * into examples/specs through specs:create, and the spec then shows on /specs
 * once the local spec source is scanned again (every 15 s in app-config.yaml).
 * Whatever it creates in examples/specs is deleted again, also on failure.
 * Called from run.ts after the checks that expect exactly the example specs.
 */

import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** What run.ts lends the scaffolder checks. */
export interface ScaffolderE2eHelpers {
  baseUrl: string;
  check(name: string, fn: () => Promise<void>): Promise<void>;
  screenshot(page: Page, name: string, fullPage?: boolean): Promise<void>;
  signInIfAsked(page: Page): Promise<void>;
  dismissDevOverlay(page: Page): Promise<void>;
  expectEqual<T>(actual: T, expected: T, what: string): void;
}

const SPECS_DIR = path.resolve(__dirname, '../../../examples/specs');
/** Every title this suite creates contains it, so leftovers can be found. */
const MARKER = 'e2e-scaffolded-spec';
const APPEAR_TIMEOUT = 60_000;

function createdEntries(before: Set<string>): string[] {
  return fs
    .readdirSync(SPECS_DIR)
    .filter(name => !before.has(name) || name.includes(MARKER));
}

function removeEntries(names: string[]) {
  for (const name of names) {
    fs.rmSync(path.join(SPECS_DIR, name), { recursive: true, force: true });
    console.log(`    removed examples/specs/${name}`);
  }
}

/** The number on a summary tile of /specs, by its label. */
async function tileCount(
  page: Page,
  label: string | RegExp,
): Promise<number | undefined> {
  const tile = page
    .getByRole('list', { name: 'Summary' })
    .getByRole('button')
    .filter({ hasText: label });
  await tile.first().waitFor();
  const text = await tile.first().innerText();
  const count = /\d+/.exec(text)?.[0];
  return count === undefined ? undefined : Number(count);
}

export async function scaffolderChecks(
  page: Page,
  helpers: ScaffolderE2eHelpers,
) {
  const { baseUrl, check, screenshot, signInIfAsked, dismissDevOverlay } =
    helpers;
  // Leftovers of an earlier, interrupted run.
  removeEntries(fs.readdirSync(SPECS_DIR).filter(n => n.includes(MARKER)));
  const before = new Set(fs.readdirSync(SPECS_DIR));
  const title = `E2E scaffolded spec ${Date.now().toString(36)}`;
  let created = false;

  // The "Open questions" tile of /specs before the new spec exists.
  let openBefore: number | undefined;

  try {
    await check('/create lists the "New spec" template', async () => {
      await page.goto(`${baseUrl}/specs`);
      await signInIfAsked(page);
      openBefore = await tileCount(page, 'Open questions');
      await page.goto(`${baseUrl}/create`);
      await signInIfAsked(page);
      await page.getByText('New spec', { exact: true }).first().waitFor();
      await screenshot(page, 'create-page.png');
    });

    await check(
      'the local "New spec" template writes a spec into examples/specs',
      async () => {
        await dismissDevOverlay(page);
        await page.goto(`${baseUrl}/create/templates/default/new-spec-local`);
        await signInIfAsked(page);
        await page
          .getByLabel(/^Title/)
          .first()
          .fill(title);
        // Type: keep the default (platform).
        const owner = page.getByLabel(/^Owner/).first();
        await owner.click();
        await owner.fill('platform');
        await page
          .getByRole('option', { name: /platform[- ]team/i })
          .first()
          .click();
        const components = page.getByLabel(/^Components/).first();
        await components.click();
        await components.fill('ingress');
        await page
          .getByRole('option', { name: /ingress[- ]gateway/i })
          .first()
          .click();
        await page.keyboard.press('Escape');
        await page
          .getByLabel(/^Summary/)
          .first()
          .fill(
            'Scaffolded by the browser e2e suite to prove that the New spec template works end to end.',
          );
        await screenshot(page, 'create-form.png');
        // Type, priority, issue and layout are on the second step.
        await page.getByRole('button', { name: 'Next' }).click();
        await page.getByRole('button', { name: 'Review' }).click();
        await page.getByRole('button', { name: 'Create' }).click();
        // The task page: the step succeeds and the template's output shows.
        await page
          .getByText(/Written to/)
          .first()
          .waitFor({ timeout: 60_000 });
        created = true;
        await screenshot(page, 'create-done.png');
        const entries = createdEntries(before);
        if (entries.length !== 1) {
          throw new Error(
            `expected one new entry in examples/specs, got ${JSON.stringify(
              entries,
            )}`,
          );
        }
        console.log(`    created examples/specs/${entries[0]}`);
      },
    );

    await check(
      'the task page opens the new spec once the catalog has it',
      async () => {
        if (!created) throw new Error('no spec was created');
        await dismissDevOverlay(page);
        await page.getByRole('link', { name: /^Open SPEC-\d+/ }).click();
        // "… is being ingested" until the next scan, then the spec's page.
        await page.waitForURL(
          /\/catalog\/default\/spec\/spec-\d+-e2e-scaffolded-spec/,
          {
            timeout: APPEAR_TIMEOUT,
          },
        );
        await page.getByText(title).first().waitFor();
        await screenshot(page, 'create-opened.png', false);
      },
    );

    await check('the new spec shows on /specs', async () => {
      if (!created) throw new Error('no spec was created');
      await page.goto(`${baseUrl}/specs`);
      await signInIfAsked(page);
      const table = page.getByRole('table', { name: 'Specs' });
      const deadline = Date.now() + APPEAR_TIMEOUT;
      for (;;) {
        await table.waitFor();
        await page
          .waitForLoadState('networkidle', { timeout: 5_000 })
          .catch(() => {});
        if (await table.getByText(title).first().isVisible()) break;
        if (Date.now() > deadline) {
          throw new Error(
            `"${title}" did not show on /specs within ${
              APPEAR_TIMEOUT / 1000
            } s`,
          );
        }
        await page.waitForTimeout(3_000);
        await page.reload();
      }
      await screenshot(page, 'create-listed.png');
      // What the template left to write is "template sections left", not
      // open questions (it took the tile from 5 to 15).
      const left = await tileCount(page, /Template sections? left/);
      console.log(
        `    open questions ${openBefore} before, ${await tileCount(
          page,
          'Open questions',
        )} after; template sections left ${left}`,
      );
      helpers.expectEqual(
        await tileCount(page, 'Open questions'),
        openBefore,
        'open questions after creating a spec from the template',
      );
      helpers.expectEqual((left ?? 0) > 0, true, 'template sections left > 0');
    });
  } finally {
    removeEntries(createdEntries(before));
  }
}
