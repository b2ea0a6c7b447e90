// Smoke test of the built app (dist/, from `trunk build --release=true`) in every engine: it
// loads, renders the adult projection, and logs no errors, from the site root and from a
// sub-path. Run with `./dev test` (or `node --test tests/browser/` after `./dev build`).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer } from './support/harness.mjs';
import { ENGINES, useEngine } from './support/engines.mjs';
import { resultsOf } from './support/results.mjs';

const server = useServer();
const subPathServer = useServer({ basePath: '/care/workforce/' });

for (const engineName of ENGINES) {
  describe(engineName, () => {
    const engine = useEngine(engineName);

    test(`${engineName} adult view: the 2032 row shows the published total 34,948, with no console errors`, async () => {
      await engine.withPage(`${server.url}?view=adult&horizon=2032`, async (page) => {
        assert.match(await resultsOf(page).row(2032), /34,948/);
      });
    });

    test(`${engineName} dist/ also works when served from a sub-path (public_url = "./")`, async () => {
      assert.match(subPathServer.url, /\/care\/workforce\/$/);
      await engine.withPage(`${subPathServer.url}?view=adult&horizon=2032`, async (page) => {
        assert.match(await resultsOf(page).row(2032), /34,948/);
      });
    });
  });
}
