// Robustness in the browser: extreme and mangled input never shows NaN, infinity or negative
// staff, never leaves a blank page, and a panic shows a friendly message with a reload link.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/harness.mjs';
import { openPage } from './support/browser.mjs';

const app = useApp();

const EXTREMES = [
  '?view=adult&turnover=100&stay=0&demand=20&horizon=2040&vacancies=1&reforms=1',
  '?view=adult&turnover=0&demand=-10&horizon=2040',
  '?view=adult&turnover=0.0001&stay=99.9999&horizon=2023',
  '?view=children&sw=100000&other=0&swrate=100&otherrate=0&children=-10&horizon=2040',
  '?view=children&sw=0&other=0',
  '?view=provider&staff=1000000&turnover=100&vacancies=1000000&growth=50&years=20',
  '?view=provider&staff=1&turnover=0&vacancies=0&growth=-20&years=20',
  '?view=provider&staff=1e999&turnover=NaN&growth=Infinity&years=-0',
  '?view=adult&horizon=%00&turnover=%F0%9F%92%A9&stay=%%%&demand=1%2C2%2C3',
  `?view=adult&turnover=${'9'.repeat(5000)}`,
  '?view=about&embed=1&view=provider&seed=99999999999999999999',
];

for (const query of EXTREMES) {
  test(`extreme input ${query.slice(0, 80)}: finite, non-negative, never blank`, async () => {
    const page = await openPage(app.browser, `${app.server.url}${query}`);
    try {
      await page.locator('h1').waitFor();
      const text = await page.locator('main').innerText();
      assert.doesNotMatch(text, /\bNaN\b|Infinity|\binf\b|undefined/);
      if (await page.locator('#results-table').count()) {
        const headings = await page.locator('#results-table thead th').allTextContents();
        const totalColumns = headings
          .map((h, i) => [h, i - 1])
          .filter(([h]) => /total|recruit|that year|roles to recruit|all roles/i.test(h));
        assert.ok(totalColumns.length > 0, `total columns in ${headings}`);
        for (const row of await page.locator('#results-table tbody tr').all()) {
          const cells = await row.locator('td').allTextContents();
          for (const [h, i] of totalColumns) {
            assert.doesNotMatch(cells[i], /^-/, `${h} is negative: ${cells[i]}`);
          }
        }
      }
      assert.deepEqual(page.problems, []);
    } finally {
      await page.close();
    }
  });
}

test('a panic shows a friendly message and a reload link, not a frozen page', async () => {
  const page = await openPage(app.browser, `${app.server.url}?view=provider&staff=55`);
  try {
    await page.evaluate(() => {
      try {
        window.wasmBindings.crash_for_test();
      } catch {
        // The Wasm instance traps after the panic hook has run.
      }
    });
    await page.locator('h1').filter({ hasText: 'Sorry, something went wrong' }).waitFor();
    const link = page.locator('#reload');
    assert.equal(await link.textContent(), 'Reload the page');
    assert.equal(await link.getAttribute('href'), page.url());
    assert.equal(await page.evaluate(() => document.activeElement.id), 'reload');
    assert.ok(page.problems.some((p) => p.text.includes('crash_for_test was called')), 'the panic is logged');
    // Reloading brings the calculator back with the same assumptions.
    await link.click();
    await page.locator('#field-staff').waitFor();
    assert.equal(await page.locator('#field-staff').inputValue(), '55');
  } finally {
    await page.close();
  }
});
