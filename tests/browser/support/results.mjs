// The results of a calculator view as a person reads them, for every browser test: the
// results table by year and column heading, and figures as numbers.
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
  const table = page.locator('#results-table');
  const row = (year) => table.locator(`tr[data-year="${year}"]`);
  /** The position among a row's cells of the column headed `heading` (the year is a `th`). */
  const column = async (heading) => {
    const headings = await table.locator('thead th').allTextContents();
    const i = headings.indexOf(heading);
    assert.ok(i > 0, `column ${heading} in ${headings}`);
    return i - 1;
  };
  return {
    /** The whole row of `year`, as text. */
    row: (year, options = {}) => row(year).textContent({ timeout: 10_000, ...options }),
    /** The position of the column headed `heading` among a row's figures. */
    column,
    /** The figure of `year` in the column headed `heading` (or at position `heading`), as text. */
    cell: async (year, heading) =>
      row(year)
        .locator('td')
        .nth(typeof heading === 'number' ? heading : await column(heading))
        .textContent(),
    /** The last row's figure in the column headed `heading`, as a number. */
    last: async (heading) => number(await table.locator('tbody tr').last().locator('td').nth(await column(heading)).textContent()),
  };
}
