// The uncertainty section: the fan of 10,000 simulated futures, what matters most (tornado) and
// where the total comes from (waterfall), and the seed in the URL.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/harness.mjs';
import { openPage } from './support/browser.mjs';
import { number } from './support/results.mjs';

const app = useApp();


/** Opens a view, waits for the simulation to finish and returns the page. */
async function ready(query) {
  const page = await openPage(app.browser, `${app.server.url}${query}`);
  await page.locator('.uncertainty[aria-busy="false"]').waitFor({ timeout: 15_000 });
  return page;
}

async function fanRows(page) {
  const rows = await page.locator('#fan-table tbody tr').all();
  return Promise.all(rows.map(async (r) => [await r.locator('th').textContent(), ...(await r.locator('td').allTextContents()).map(number)]));
}

test('adult: the bands contain the central projection, which is the results table total', async () => {
  const page = await ready('?view=adult');
  try {
    assert.match(await page.locator('.outlook').textContent(), /^With these ranges, 8 in 10 of the 10,000 runs need between about [\d,]+ and [\d,]+ new staff by 2032\. The middle run \(the median\) (is close to the headline's 34,900|needs about [\d,]+)\.$/);
    const rows = await fanRows(page);
    assert.equal(rows.length, 10);
    for (const [year, p10, p25, central, p75, p90] of rows) {
      assert.ok(p10 <= p25 && p25 <= p75 && p75 <= p90, `${year} ordered`);
      assert.ok(p10 <= central && central <= p90, `${year}: ${p10} <= ${central} <= ${p90}`);
    }
    assert.equal(rows.at(-1)[3], 34948);
    assert.deepEqual(page.problems, []);
  } finally {
    await page.close();
  }
});

test('the same seed gives the same bands; another seed gives others; Draw again moves the seed', async () => {
  const a = await ready('?view=adult&seed=7');
  const b = await ready('?view=adult&seed=7');
  const c = await ready('?view=adult&seed=8');
  try {
    const [ra, rb, rc] = await Promise.all([fanRows(a), fanRows(b), fanRows(c)]);
    assert.deepEqual(ra, rb);
    assert.notDeepEqual(ra, rc);
    await a.getByRole('button', { name: 'Draw again' }).click();
    await a.waitForFunction(() => location.search.includes('seed=8'));
    await a.locator('.uncertainty[aria-busy="false"]').waitFor();
    assert.deepEqual(await fanRows(a), rc);
  } finally {
    await Promise.all([a.close(), b.close(), c.close()]);
  }
});

test('tornado is ranked and the waterfall ends at the total, on the adult and provider views', async () => {
  for (const [query, totalColumn] of [['?view=adult&vacancies=1&reforms=1', 'Total new staff since 2022'], ['?view=provider', 'Recruits so far']]) {
    const page = await ready(query);
    try {
      const swings = (await page.locator('#tornado-table tbody tr td:last-child').allTextContents()).map(number);
      assert.ok(swings.length >= 2);
      assert.deepEqual(swings, [...swings].sort((x, y) => y - x), `${query}: ranked`);
      for (const row of await page.locator('#tornado-table tbody tr').all()) {
        const [, low, , high, difference] = (await row.locator('td').allTextContents()).map(number);
        assert.equal(difference, high - low, `${query}: the difference of the printed totals`);
      }
      const headings = await page.locator('#results-table thead th').allTextContents();
      const total = await page.locator('#results-table tbody tr').last().locator('td').nth(headings.indexOf(totalColumn) - 1).textContent();
      const running = await page.locator('#waterfall-table tbody tr').last().locator('td').last().textContent();
      assert.equal(running, total, query);
      const parts = (await page.locator('#waterfall-table tbody tr td:nth-child(2)').allTextContents()).map(number);
      assert.equal(parts.reduce((s, x) => s + x, 0), number(total), `${query}: the printed parts add up to the printed total`);
      assert.deepEqual(page.problems, []);
    } finally {
      await page.close();
    }
  }
});

test('a spread of 0% closes the bands on the central line; the field is in the URL', async () => {
  const page = await ready('?view=adult&spread=0');
  try {
    assert.equal(await page.locator('#field-spread').inputValue(), '0');
    for (const [year, p10, p25, central, p75, p90] of await fanRows(page)) {
      // The band figures are rounded as the headline rounds (three significant figures).
      const step = central >= 1000 ? 10 ** (Math.floor(Math.log10(central)) - 2) : central >= 100 ? 10 : 1;
      const rounded = Math.round(central / step) * step;
      assert.deepEqual([p10, p25, p75, p90], [rounded, rounded, rounded, rounded], year);
    }
    await page.locator('#field-spread').fill('200');
    await page.waitForFunction(() => location.search.includes('spread=200'));
    await page.locator('.uncertainty[aria-busy="false"]').waitFor();
    const [, p10, , central, , p90] = (await fanRows(page)).at(-1);
    assert.ok(p10 < central && central < p90);
    assert.deepEqual(page.problems, []);
  } finally {
    await page.close();
  }
});
