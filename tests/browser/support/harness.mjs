// One static server over dist/ and one headless Chromium for a test file, started before its
// tests and closed after them: `const app = useApp();` then `app.server.url`, `app.browser`,
// and `app.withPage(query, async (page) => …)`. For tests run in every engine
// (support/engines.mjs): `const server = useServer();` then `server.url`.

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { launch, openPage } from './browser.mjs';

export const DIST = fileURLToPath(new URL('../../../dist/', import.meta.url));

/**
 * A static server over dist/ (`options` for startServer, e.g. a basePath), started before the
 * file's tests and closed after them: `server.url` (set once started), `server.close()`.
 */
export function useServer(options = {}) {
  const holder = { url: null, server: null };
  before(async () => {
    assert.ok(existsSync(`${DIST}index.html`), `${DIST}index.html is missing: run ./dev build first`);
    holder.server = await startServer({ root: DIST, ...options });
    holder.url = holder.server.url;
  });
  after(async () => {
    await holder.server?.close();
  });
  return holder;
}

export function useApp() {
  const app = {
    server: null,
    browser: null,
    /**
     * Opens `query` (e.g. `?view=adult`) with `openPage` (its `options`), runs `body` with the
     * page, then checks the page logged no error or warning, and closes it.
     */
    async withPage(query, body, options = {}) {
      const page = await openPage(app.browser, `${app.server.url}${query}`, options);
      try {
        await body(page);
        assert.deepEqual(page.problems, [], 'console errors or warnings');
      } finally {
        await page.close();
      }
    },
  };
  before(async () => {
    app.server = await startServer({ root: DIST });
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}
