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
 * Portfolio checks of the e2e (run by run.ts).
 *
 * First seeds eight weeks of history for the example specs through the
 * specs backend's import API (`POST /api/specs/v1/history`), the same
 * recorder path the scheduled task writes through: counts ramp up to what
 * each example spec has today, with SPEC-0042 stuck for three weeks. Then
 * checks, in Chromium, that the portfolio tab draws its charts from that
 * history, that the needs-attention list shows the stale example
 * (SPEC-0045: every task done, status "In Review") with its reason, that
 * the spec page's Phases tab has a burn-up, that a component's specs card
 * shows the attention flags, and that the home page has "My team's specs".
 */

/* eslint-disable no-console */

import type { Browser, Page } from 'playwright-core';

/** What run.ts lends the portfolio checks. */
export interface PortfolioE2eHelpers {
  baseUrl: string;
  backendUrl: string;
  browser: Browser;
  check(name: string, fn: () => Promise<void>): Promise<void>;
  expectEqual<T>(actual: T, expected: T, what: string): void;
  screenshot(page: Page, name: string, fullPage?: boolean): Promise<void>;
  signInIfAsked(page: Page): Promise<void>;
  dismissDevOverlay(page: Page): Promise<void>;
}

const STALE_REASON = 'All 6 tasks are done but the status is "In Review"';
const WEEKS = 8;

type SpecEntity = {
  kind: string;
  metadata: { name: string; namespace?: string };
  spec: {
    specId?: string;
    status: { value: string };
    counts: {
      tasks: { done: number; partial: number; total: number };
      review: { checked: number; total: number };
      openClarifications: number;
    };
  };
};

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function guestToken(backendUrl: string): Promise<string> {
  const res = await fetch(`${backendUrl}/api/auth/guest/refresh`, {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  if (!res.ok) throw new Error(`guest refresh: ${res.status}`);
  return (await res.json()).backstageIdentity.token;
}

/**
 * Eight weekly snapshots before today for each example spec: the done tasks
 * climb to today's count (SPEC-0042 gets there three weeks ago and stays),
 * the scope grows by a few tasks along the way. Today's row is the
 * scheduler's.
 */
function exampleHistory(entities: SpecEntity[]) {
  const snapshots = [];
  for (const entity of entities) {
    const { counts, status, specId } = entity.spec;
    const stuckFor = specId === 'SPEC-0042' ? 3 : 0;
    for (let week = WEEKS; week >= 1; week--) {
      const progress = Math.min(
        1,
        (WEEKS - week) / (WEEKS - Math.max(stuckFor, 1)),
      );
      const total = Math.max(
        counts.tasks.done,
        counts.tasks.total - Math.floor(week / 3),
      );
      snapshots.push({
        entityRef: `spec:${entity.metadata.namespace ?? 'default'}/${
          entity.metadata.name
        }`,
        day: day(-7 * week),
        status:
          week > WEEKS / 2 && status.value === 'in-progress'
            ? 'approved'
            : status.value,
        tasks: {
          done: Math.round(counts.tasks.done * progress),
          partial: week <= stuckFor ? counts.tasks.partial : 0,
          total,
        },
        review: counts.review,
        openClarifications: counts.openClarifications,
      });
    }
  }
  return snapshots;
}

// The labels the portfolio's status chart writes (SpecStatusChip's).
const STATUS_LABELS: Record<string, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  approved: 'Approved',
  'in-progress': 'In progress',
  implemented: 'Implemented',
  done: 'Done',
  deprecated: 'Deprecated',
  superseded: 'Superseded',
  unknown: 'Unknown',
};

/** How many Spec entities (templates aside) the catalog lists per status label. */
async function specsByStatus(backendUrl: string): Promise<Map<string, number>> {
  const token = await guestToken(backendUrl);
  const res = await fetch(
    `${backendUrl}/api/catalog/entities?filter=kind=spec&fields=spec.status,spec.template`,
    { headers: { Authorization: `Bearer ${token}` } },
  );
  const entities = (await res.json()) as Array<{
    spec: { status: { value: string }; template?: boolean };
  }>;
  const counts = new Map<string, number>();
  for (const { spec } of entities) {
    if (spec.template) continue;
    const label = STATUS_LABELS[spec.status.value] ?? spec.status.value;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return counts;
}

async function seedHistory(backendUrl: string) {
  const token = await guestToken(backendUrl);
  const headers = { Authorization: `Bearer ${token}` };
  const res = await fetch(
    `${backendUrl}/api/catalog/entities?filter=kind=spec&fields=kind,metadata.name,metadata.namespace,spec.specId,spec.status,spec.counts`,
    { headers },
  );
  const entities = (await res.json()) as SpecEntity[];
  const examples = entities.filter(e =>
    ['SPEC-0042', 'SPEC-0043', 'SPEC-0044', 'SPEC-0045'].includes(
      e.spec.specId ?? '',
    ),
  );
  const snapshots = exampleHistory(examples);
  const post = await fetch(`${backendUrl}/api/specs/v1/history`, {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: JSON.stringify({ snapshots }),
  });
  if (post.status !== 201) {
    throw new Error(`history import: ${post.status} ${await post.text()}`);
  }
  console.log(
    `    seeded ${snapshots.length} snapshots of ${examples.length} example specs through POST /api/specs/v1/history`,
  );
}

export async function portfolioChecks(
  page: Page,
  helpers: PortfolioE2eHelpers,
) {
  const { baseUrl, backendUrl, check, expectEqual, screenshot } = helpers;
  const { signInIfAsked, dismissDevOverlay } = helpers;

  await check('history of the example specs is imported through the API', () =>
    seedHistory(backendUrl),
  );

  await check(
    'portfolio tab: charts drawn from the recorded history, stale SPEC-0045 needs attention',
    async () => {
      await page.goto(`${baseUrl}/specs/portfolio`);
      await signInIfAsked(page);
      await dismissDevOverlay(page);
      const status = page.getByRole('img', { name: /^Specs by status:/ });
      await status.waitFor();
      const statusText = await status.getAttribute('aria-label');
      // The examples give In progress 2, Draft 1, In review 1; the e2e portal
      // also ingests fixtures of other checks (the hostile spec is a draft),
      // so the expected figures are the catalog's own, per status.
      const byStatus = await specsByStatus(backendUrl);
      for (const [label, count] of byStatus) {
        const expected = `${label}: ${count}`;
        if (!statusText?.includes(expected)) {
          throw new Error(
            `status chart: expected "${expected}" in "${statusText}"`,
          );
        }
      }
      // One bar per status, each with its count written beside it.
      expectEqual(
        await status.locator('.recharts-bar-rectangle').count(),
        byStatus.size,
        'status bars',
      );
      const burnUp = page.getByRole('img', {
        name: /^Tasks burn-up of all specs/,
      });
      await burnUp.waitFor();
      const burnUpText = (await burnUp.getAttribute('aria-label')) ?? '';
      if (!/tasks done on .*, from \d+ of \d+ on /.test(burnUpText)) {
        throw new Error(`burn-up has no recorded range: "${burnUpText}"`);
      }
      // Both lines are drawn, with a dot per recorded week.
      expectEqual(
        await burnUp.locator('.recharts-line').count(),
        2,
        'burn-up lines',
      );
      if ((await burnUp.locator('.recharts-line-dot').count()) < 2 * WEEKS) {
        throw new Error('burn-up: fewer dots than recorded weeks');
      }

      const list = page.getByRole('list', {
        name: 'Specs that need attention',
      });
      const stale = list
        .getByRole('listitem')
        .filter({ hasText: 'SPEC-0045' })
        .first();
      await stale.waitFor();
      await stale.getByText(STALE_REASON, { exact: false }).first().waitFor();
      await stale
        .getByRole('link', { name: /SPEC-0045: Audit Log Export/ })
        .waitFor();
      // SPEC-0042 has not moved for three weeks.
      await list
        .getByRole('listitem')
        .filter({ hasText: 'SPEC-0042' })
        .getByText(/No progress: In progress, but no task ticked for 2\d days/)
        .waitFor();
      await page.getByRole('table', { name: 'By owner' }).waitFor();
      await page.getByRole('table', { name: 'By system' }).waitFor();
      await screenshot(page, 'portfolio.png');
      await screenshot(page, 'portfolio-top.png', false);
    },
  );

  await check('portfolio scoped to one owner (Owner select)', async () => {
    await dismissDevOverlay(page);
    await page.locator('#portfolio-owner').click();
    await page.getByRole('option', { name: /platform-team/ }).click();
    await page.getByText('Portfolio: platform-team').waitFor();
    // SPEC-0043 and SPEC-0045 are platform-team's.
    await page
      .getByRole('img', {
        name: 'Specs by status: In progress: 1, In review: 1',
      })
      .waitFor();
  });

  for (const [name, options] of [
    ['dark theme at 1440 px', { colorScheme: 'dark' as const, width: 1440 }],
    ['390 px wide', { colorScheme: 'light' as const, width: 390 }],
  ] as const) {
    await check(`portfolio renders in the ${name}`, async () => {
      // A page of the signed-in context, with its own size and colour scheme.
      const other = await page.context().newPage();
      try {
        await other.setViewportSize({ width: options.width, height: 900 });
        await other.emulateMedia({ colorScheme: options.colorScheme });
        await other.goto(`${baseUrl}/specs/portfolio`);
        await other
          .getByRole('img', { name: /^Tasks burn-up of all specs/ })
          .waitFor();
        await other
          .getByRole('list', { name: 'Specs that need attention' })
          .getByText('SPEC-0045', { exact: false })
          .first()
          .waitFor();
        // Nothing wider than the screen but the tables' own scroll boxes.
        const overflow = await other.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        if (overflow > 1)
          throw new Error(`page scrolls sideways by ${overflow} px`);
        await screenshot(
          other,
          options.width === 390 ? 'portfolio-390.png' : 'portfolio-dark.png',
          options.width !== 390,
        );
      } finally {
        await other.close();
      }
    });
  }

  await check(
    'Phases tab of SPEC-0042 has a burn-up from its history',
    async () => {
      await page.goto(`${baseUrl}/specs/portfolio`);
      await signInIfAsked(page);
      await dismissDevOverlay(page);
      await page
        .getByRole('list', { name: 'Specs that need attention' })
        .getByRole('link', { name: /SPEC-0042/ })
        .first()
        .click();
      await page.waitForURL(/\/catalog\/default\/spec\//);
      await page.goto(`${page.url().replace(/\/$/, '')}/phases`);
      const chart = page.getByRole('img', {
        name: /^Tasks burn-up of Workload Identity Federation/,
      });
      await chart.waitFor();
      const text = (await chart.getAttribute('aria-label')) ?? '';
      if (!/6 of 13 tasks done/.test(text)) {
        throw new Error(`spec burn-up: "${text}"`);
      }
      await chart.scrollIntoViewIfNeeded();
      await screenshot(page, 'spec-burn-up.png', false);
    },
  );

  await check(
    'component card of workload-identity-broker shows attention flags',
    async () => {
      await page.goto(
        `${baseUrl}/catalog/default/component/workload-identity-broker`,
      );
      await signInIfAsked(page);
      const flags = page.getByRole('region', {
        name: 'Specs that need attention',
      });
      await flags.waitFor();
      await flags
        .getByLabel(/^No progress: In progress, but no task ticked/)
        .waitFor();
      await flags.scrollIntoViewIfNeeded();
      await screenshot(page, 'component-card-attention.png', false);
    },
  );

  await check(
    "home page: My team's specs lists the guest's team's stale spec",
    async () => {
      await page.goto(`${baseUrl}/`);
      await signInIfAsked(page);
      await dismissDevOverlay(page);
      await page.getByText("My team's specs").first().waitFor();
      // The guest signs in as user:default/guest of examples/org.yaml, a
      // member of platform-team, which owns SPEC-0045.
      const stale = page
        .getByRole('list', { name: 'Specs that need attention' })
        .getByRole('listitem')
        .filter({ hasText: 'SPEC-0045' })
        .first();
      await stale.getByText(STALE_REASON, { exact: false }).first().waitFor();
      await page
        .getByRole('link', { name: 'Open the specs portfolio' })
        .click();
      await page.waitForURL(/\/specs\/portfolio$/);
      await page.goBack();
      await stale.waitFor();
      await screenshot(page, 'home-page.png', false);
    },
  );
}
