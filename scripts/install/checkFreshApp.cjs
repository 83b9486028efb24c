#!/usr/bin/env node
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

/* eslint-disable no-console */

// The checks of scripts/verify-install.sh against the fresh app it started:
//   node scripts/install/checkFreshApp.cjs <frontend-url> <backend-url> <out-dir>
// 1. the catalog API has the example Spec entities, with their relations to
//    the example components and owners, both ways;
// 2. /api/specs serves a spec's document;
// 3. in Chromium (/usr/bin/chromium via playwright-core): the /specs page of
//    the new frontend system (found by package discovery) lists the specs and
//    has its sidebar item, a spec page shows the document, and a component
//    page has the specs card. Screenshots go to <out-dir>.
// Waits for the first catalog scan; exits 1 when a check fails.

const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');

const [frontend, backend, outDir] = process.argv.slice(2);
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TIMEOUT = Number(process.env.VERIFY_TIMEOUT_MS ?? 60_000);
const EXPECTED = {
  'SPEC-0042': { component: 'component:default/workload-identity-broker' },
  'SPEC-0043': { component: 'component:default/ingress-gateway' },
  'SPEC-0044': {},
};

let passed = 0;
let failed = 0;

async function check(name, fn) {
  const started = Date.now();
  try {
    const detail = await fn();
    passed += 1;
    console.log(
      `[verify] ✓ ${name}${detail ? `: ${detail}` : ''} (${
        Date.now() - started
      } ms)`,
    );
  } catch (error) {
    failed += 1;
    console.log(`[verify] ✗ ${name}\n    ${String(error?.message ?? error)}`);
    // What the page showed when the check failed, next to the other shots.
    if (failureShot) {
      const file = `failed-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`;
      await failureShot(file).catch(() => {});
      console.log(`    page at failure: ${file}`);
    }
  }
}

// Set once the browser is up: screenshots the current page on a failure.
let failureShot;

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function poll(what, fn, timeoutMs = TIMEOUT) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const value = await fn();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out waiting for ${what}${last ? `: ${last.message}` : ''}`,
      );
    }
    await new Promise(r => setTimeout(r, 1000));
  }
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });

  const token = await poll('a guest token', async () => {
    const res = await fetch(`${backend}/api/auth/guest/refresh`, {
      headers: { 'X-Requested-With': 'XMLHttpRequest' },
    });
    return res.ok ? (await res.json()).backstageIdentity?.token : undefined;
  });
  const api = async p => {
    const res = await fetch(`${backend}${p}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    if (!res.ok) throw new Error(`GET ${p}: ${res.status}`);
    return res.json();
  };

  let specs = [];
  await check('Spec entities in the catalog', async () => {
    specs = await poll(
      'the example specs',
      async () => {
        const items = await api('/api/catalog/entities?filter=kind=spec');
        const ids = items.map(e => e.spec?.specId);
        return Object.keys(EXPECTED).every(id => ids.includes(id))
          ? items
          : undefined;
      },
      180_000,
    );
    return specs
      .map(
        e => `${e.spec.specId} (${e.metadata.name}, ${e.spec.status?.value})`,
      )
      .join(', ');
  });

  const byId = id => specs.find(e => e.spec?.specId === id);

  await check(
    'relations: spec specifies component, owned by a group',
    async () => {
      const lines = [];
      for (const [id, { component }] of Object.entries(EXPECTED)) {
        const spec = byId(id);
        assert(spec, `${id} is missing`);
        const rels = spec.relations ?? [];
        const owner = rels.find(r => r.type === 'ownedBy');
        assert(owner, `${id} has no ownedBy relation`);
        if (component) {
          assert(
            rels.some(r => r.type === 'specifies' && r.targetRef === component),
            `${id} does not specify ${component}: ${JSON.stringify(rels)}`,
          );
          lines.push(`${id} specifies ${component}`);
        }
        lines.push(`${id} ownedBy ${owner.targetRef}`);
      }
      return lines.join('; ');
    },
  );

  await check('relations: component specifiedBy its spec', async () => {
    const spec = byId('SPEC-0043');
    const ref = `spec:${spec.metadata.namespace ?? 'default'}/${
      spec.metadata.name
    }`;
    const gateway = await poll('the specifiedBy relation', async () => {
      const c = await api(
        '/api/catalog/entities/by-name/component/default/ingress-gateway',
      );
      return (c.relations ?? []).some(
        r => r.type === 'specifiedBy' && r.targetRef === ref,
      )
        ? c
        : undefined;
    });
    return `component:default/${gateway.metadata.name} specifiedBy ${ref}`;
  });

  await check('/api/specs serves a document', async () => {
    const spec = byId('SPEC-0043');
    const body = await api(
      `/api/specs/v1/entities/${spec.metadata.namespace ?? 'default'}/${
        spec.metadata.name
      }/document`,
    );
    assert(
      body.document?.id === 'SPEC-0043',
      `document id ${body.document?.id}`,
    );
    assert(Array.isArray(body.files) && body.files.length > 0, 'no files');
    assert(
      body.files.every(
        f => typeof f.markdown === 'string' && f.markdown.length > 0,
      ),
      'a file without markdown',
    );
    return `"${body.document.title}", files ${body.files
      .map(f => f.path)
      .join(', ')}`;
  });

  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
    });
    context.setDefaultTimeout(TIMEOUT);
    const page = await context.newPage();
    failureShot = file =>
      page.screenshot({ path: path.join(outDir, file), fullPage: true });
    const pageErrors = [];
    page.on('pageerror', e =>
      pageErrors.push(
        `${page.url().replace(frontend, '')}: ${String(e.stack ?? e)
          .split('\n')
          .slice(0, 4)
          .join(' | ')}`,
      ),
    );

    // Waits for `target`, passing the guest sign-in page first if the app
    // shows one.
    const signInIfAsked = async target => {
      const guest = page.getByRole('button', { name: 'Enter', exact: true });
      await guest.or(target).first().waitFor();
      if (await guest.isVisible()) {
        await guest.click();
      }
      await target.waitFor();
    };

    await check(
      '/specs page lists the specs (new frontend system)',
      async () => {
        await page.goto(`${frontend}/specs`);
        const table = page.getByRole('table', { name: 'Specs' });
        await signInIfAsked(table);
        for (const id of Object.keys(EXPECTED)) {
          // The id cell may carry more than the id ("SPEC-0043 · platform").
          await table
            .getByText(new RegExp(`(^|\\s)${id}(\\s|$)`))
            .first()
            .waitFor();
        }
        await page.screenshot({ path: path.join(outDir, 'specs-page.png') });
        return `${Object.keys(EXPECTED).join(', ')} in the table`;
      },
    );

    await check('sidebar has the Specs item', async () => {
      const link = page.getByRole('link', { name: 'Specs', exact: true });
      await link.first().waitFor();
      return `href ${await link.first().getAttribute('href')}`;
    });

    await check('a spec page shows its document', async () => {
      const spec = byId('SPEC-0042');
      await page.goto(
        `${frontend}/catalog/${spec.metadata.namespace ?? 'default'}/spec/${
          spec.metadata.name
        }`,
      );
      await signInIfAsked(page.getByText('SPEC-0042').first());
      await page.getByText(spec.metadata.title).first().waitFor();
      await page
        .getByRole('heading', { name: /Problem Statement/ })
        .first()
        .waitFor();
      await page.screenshot({ path: path.join(outDir, 'spec-page.png') });
      return page.url().replace(frontend, '');
    });

    await check('a component page has the specs card', async () => {
      await page.goto(`${frontend}/catalog/default/component/ingress-gateway`);
      await signInIfAsked(
        page.getByText('SPEC-0043', { exact: false }).first(),
      );
      await page.screenshot({ path: path.join(outDir, 'component-page.png') });
      return 'SPEC-0043 on ingress-gateway';
    });

    await check('no uncaught errors in the pages', async () => {
      const distinct = [...new Set(pageErrors)];
      assert(
        distinct.length === 0,
        `${pageErrors.length} errors, ${
          distinct.length
        } distinct:\n    ${distinct.join('\n    ')}`,
      );
    });
  } finally {
    await browser.close();
  }

  console.log(`[verify] ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch(error => {
  console.error(`[verify] ${error?.stack ?? error}`);
  process.exit(1);
});
