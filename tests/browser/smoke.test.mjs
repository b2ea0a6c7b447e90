// Smoke test of the built app (dist/, from `trunk build --release=true`): it loads, renders the
// adult projection, and logs no errors. Run with `./dev test` (or `node --test tests/browser/`
// after `./dev build`).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { startServer } from './support/server.mjs';
import { DIST } from './support/harness.mjs';
import { launch, openPage } from './support/browser.mjs';
import { resultsOf } from './support/results.mjs';


let server;
let subPathServer;
let browser;

before(async () => {
  assert.ok(existsSync(`${DIST}index.html`), `${DIST}index.html is missing: run ./dev build first`);
  server = await startServer({ root: DIST });
  subPathServer = await startServer({ root: DIST, basePath: '/care/workforce/' });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await subPathServer?.close();
});


test('adult view: the 2032 row shows the published total 34,948, with no console errors', async () => {
  const page = await openPage(browser, `${server.url}?view=adult&horizon=2032`);
  try {
    assert.match(await resultsOf(page).row(2032), /34,948/);
    assert.deepEqual(page.errors(), [], 'console errors or page errors while loading');
  } finally {
    await page.close();
  }
});

test('dist/ also works when served from a sub-path (public_url = "./")', async () => {
  assert.match(subPathServer.url, /\/care\/workforce\/$/);
  const page = await openPage(browser, `${subPathServer.url}?view=adult&horizon=2032`);
  try {
    assert.match(await resultsOf(page).row(2032), /34,948/);
    assert.deepEqual(page.errors(), [], 'console errors or page errors while loading');
  } finally {
    await page.close();
  }
});
