// The results table of a calculator view as a person reads them, for every browser test and
// every engine: the results table by year and column heading, and figures as numbers. Only
// `page.evaluate(fn, arg)` and `page.waitForFunction(fn, arg, options)` are used, which a
// Playwright page and a support/engines.mjs page both have.
//
//   const results = resultsOf(page);
//   await results.row(2032)                          // the row's text
//   await results.cell(2032, 'Total new staff since 2022')
//   await results.last('Recruits so far')            // the last row's figure, as a number

import assert from 'node:assert/strict';

/** "34,948" → 34948, "+5,443" → 5443, "24.15%" → 24.15. */
export const number = (text) => Number(String(text).replace(/[^0-9.-]/g, ''));

/** The results table of `page` (`#results-table`). */
export function resultsOf(page) {
  const rowSelector = (year) => `#results-table tr[data-year="${year}"]`;
  /** Waits (up to `timeout` ms) for the row of `year`. */
  const waitForRow = (year, timeout = 10_000) =>
    page.waitForFunction((s) => Boolean(document.querySelector(s)), rowSelector(year), { timeout });
  const headings = () => page.evaluate(() => [...document.querySelectorAll('#results-table thead th')].map((th) => th.textContent));
  /** The position among a row's cells of the column headed `heading` (the year is a `th`). */
  const column = async (heading) => {
    const all = await headings();
    const i = all.indexOf(heading);
    assert.ok(i > 0, `column ${heading} in ${all}`);
    return i - 1;
  };
  const cellOf = (selector, i) => page.evaluate(({ s, i }) => document.querySelector(s)?.querySelectorAll('td')[i]?.textContent ?? null, { s: selector, i });
  return {
    /** The whole row of `year`, as text. */
    row: async (year, { timeout } = {}) => {
      await waitForRow(year, timeout);
      return page.evaluate((s) => document.querySelector(s).textContent, rowSelector(year));
    },
    /** The position of the column headed `heading` among a row's figures. */
    column,
    /** The figure of `year` in the column headed `heading` (or at position `heading`), as text. */
    cell: async (year, heading) => {
      await waitForRow(year);
      return cellOf(rowSelector(year), typeof heading === 'number' ? heading : await column(heading));
    },
    /** The last row's figure in the column headed `heading`, as a number. */
    last: async (heading) => number(await cellOf('#results-table tbody tr:last-child', await column(heading))),
  };
}
