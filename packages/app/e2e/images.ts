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
 * Image check of the e2e (run by run.ts): the diagram that
 * examples/specs/0043-gateway-rate-limiting/spec.md embeds with a relative
 * `![…](request-path.svg)` is served by the specs backend's files route,
 * which a plain `<img>` can only reach with the Backstage user cookie that
 * the spec page keeps fresh (SpecFilesCookieProvider). Before that wiring the
 * request got 401 and Chromium blocked it (ERR_BLOCKED_BY_ORB).
 */

/* eslint-disable no-console */

import type { Page, Response } from 'playwright-core';
import type { SearchE2eHelpers } from './search';

/** The helpers of run.ts that the image checks use: the same as search's. */
export type ImageE2eHelpers = SearchE2eHelpers;

const SPEC_ID = 'SPEC-0043';
const IMAGE = 'request-path.svg';

export async function imageChecks(page: Page, helpers: ImageE2eHelpers) {
  await helpers.check(
    `the image of ${SPEC_ID} loads from the files route (naturalWidth > 0)`,
    async () => {
      // Recorded from the start: the image is near the top of the document
      // and may be requested before the page is scrolled to it.
      const responses: Response[] = [];
      const record = (r: Response) => {
        if (r.url().includes(`/files/${IMAGE}`)) responses.push(r);
      };
      page.on('response', record);
      try {
        await page.goto(`${helpers.baseUrl}/specs`);
        await helpers.signInIfAsked(page);
        await helpers.dismissDevOverlay(page);
        const row = page
          .getByRole('table', { name: 'Specs' })
          .locator('tbody tr', { hasText: SPEC_ID });
        await row.getByRole('link').first().click();
        await page.waitForURL(/\/catalog\/default\/spec\//);

        const selector = `img[src*="/files/${IMAGE}"]`;
        const image = page.locator(selector).first();
        await image.waitFor({ state: 'attached' });
        const src = (await image.getAttribute('src')) ?? '';
        if (!src.includes('/api/specs/v1/entities/')) {
          throw new Error(`unexpected image URL ${src}`);
        }
        // Lazy-loaded: it is requested once it comes near the viewport. The
        // element is looked up afresh on every poll, as the document may be
        // rendered again while the page settles (a handle would go stale).
        await page.waitForFunction(
          sel => {
            const img = document.querySelector<HTMLImageElement>(sel);
            if (!img) return false;
            if (!img.complete || img.naturalWidth === 0) {
              img.scrollIntoView({ block: 'center' });
              return false;
            }
            return true;
          },
          selector,
          { timeout: helpers.timeout, polling: 250 },
        );
        const served = responses.find(r => r.url() === src);
        helpers.expectEqual(served?.status(), 200, `status of ${IMAGE}`);
        helpers.expectEqual(
          served?.headers()['content-type'],
          'image/svg+xml',
          `content type of ${IMAGE}`,
        );
        const size = await image.evaluate((el: HTMLImageElement) => ({
          naturalWidth: el.naturalWidth,
          naturalHeight: el.naturalHeight,
        }));
        console.log(`    ${IMAGE}: ${size.naturalWidth}×${size.naturalHeight}`);
        await helpers.screenshot(page, 'spec-image.png', false);
      } finally {
        page.off('response', record);
      }
    },
  );
}
