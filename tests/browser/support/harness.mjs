// One static server over dist/ and one headless Chromium for a test file, started before its
// tests and closed after them: `const app = useApp();` then `app.server.url`, `app.browser`.

import { before, after } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { launch } from './browser.mjs';

export const DIST = fileURLToPath(new URL('../../../dist/', import.meta.url));

export function useApp() {
  const app = { server: null, browser: null };
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
