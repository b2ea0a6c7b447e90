// Starting the adult view from a later year with one's own figures (issue 20): filling the
// "Start from a later year" section changes the figures, the URL carries them, and the table's
// caption, the working, the CSV download and the printed brief say they are the visitor's
// figures, not the appendix's; a year to start from that is not before the target year gets its
// message by the field and in the error summary. The form runs in Chromium, Firefox ESR and
// WebKitGTK (support/engines.mjs); the downloads and the print to PDF in Chromium (Playwright).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp, useServer } from './support/harness.mjs';
import { ENGINES, useEngine } from './support/engines.mjs';
import { number, resultsOf } from './support/results.mjs';

const app = useApp();
const server = useServer();

const OWN = '?view=adult&base=2025&inpost=24000&vacant=2000';
const YOURS = 'from your own 2025 figures (not the appendix’s)';

for (const engineName of ENGINES) {
  describe(engineName, () => {
    const engine = useEngine(engineName);
    const withPage = (query, body, options) => engine.withPage(`${server.url}${query}`, body, options);

    test(`${engineName} the later-year section changes the figures and says they are yours`, async () => {
      await withPage('?view=adult', async (page) => {
        assert.equal(await resultsOf(page).cell(2032, 'Total new staff since 2022'), '34,948');
        // Folded while empty; opened, it asks for the year and the figures.
        assert.equal(await page.evaluate(() => document.querySelector('details.form-section').open), false);
        await page.click('details.form-section summary');
        await page.fill('#field-base', '2025');
        // The year alone is not enough: the workforce in post is asked for, the figures stay.
        await page.waitForFunction(() => document.querySelector('#field-inpost-error')?.textContent.includes('Enter a value for workforce in post that year'));
        assert.equal(await resultsOf(page).cell(2032, 'Total new staff since 2022'), '34,948');
        await page.fill('#field-inpost', '24000');
        await page.fill('#field-vacant', '2000');
        await page.waitForFunction(() => location.search.includes('base=2025') && location.search.includes('inpost=24000') && location.search.includes('vacant=2000'));
        await page.waitForFunction(() => document.querySelector('#results-table caption')?.textContent.includes('2026 to 2032'));
        const caption = await page.text('#results-table caption');
        assert.ok(caption.includes(YOURS), caption);
        // The frozen link's figure (tests/native/links.rs): counted from 2025, its vacant posts filled in 2026.
        assert.equal(await resultsOf(page).cell(2032, 'Total new staff since 2025'), '28,725');
        assert.equal(await resultsOf(page).cell(2026, 'Filling vacancies'), '2,000');
        // The headline's working, unfolded, starts with them.
        await page.click('details.working summary');
        await page.waitForFunction(() => document.querySelector('.working__steps li')?.textContent.startsWith('Your own figures'));
        const working = await page.evaluate(() => document.querySelector('.working__steps li')?.textContent);
        assert.match(working, /^Your own figures for 2025, not the appendix’s: 24,000 staff in post \+ 2,000 vacant posts = 26,000 posts required\./);
        // Not before the target year: the message by the field and in the summary.
        await page.fill('#field-horizon', '2025');
        await page.waitForFunction(() => document.querySelector('#field-base-error')?.textContent.includes('Year to start from must be before the target year'));
        await page.waitForFunction(() => document.querySelector('.error-summary')?.textContent.includes('Year to start from must be before the target year'));
        assert.equal(number(await resultsOf(page).cell(2032, 'Total new staff since 2025')), 28725, 'the last valid results stay');
        assert.deepEqual(await page.problems(), []);
      });
    });
  });
}

/** Clicks `button` and returns the download's suggested name and text. */
async function download(page, button) {
  const [d] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: d.suggestedFilename(), text: await readFile(await d.path(), 'utf8') };
}

test('a later base: the CSV, its description and the printed brief say the figures are yours', async () => {
  await app.withPage(OWN, async (page) => {
    // Opened from a link with the section filled in, the section is open.
    assert.equal(await page.evaluate(() => document.querySelector('details.form-section').open), true);
    const csv = await download(page, page.getByRole('button', { name: 'Download CSV', exact: true }));
    assert.equal(csv.name, 'care-workforce-adult-own-figures-base2025-inpost24000-vacant2000.csv');
    const header = csv.text.split('\r\n')[0].split(',');
    assert.ok(header.includes('Total new staff since 2025'), header.join(','));
    const meta = await download(page, page.getByRole('button', { name: 'Download its description (JSON)' }));
    const m = JSON.parse(meta.text);
    assert.ok(m['dc:title'].includes(YOURS), m['dc:title']);
    assert.match(m['dc:temporal'], /the 2025 starting workforce is the visitor’s own figure, not the appendix’s/);
    assert.ok(m.notes.includes('Year to start from: 2025 (your figures, not the appendix’s)'), m.notes.join(' | '));
    assert.ok(m.notes.includes('Vacant posts that year: 2,000'), m.notes.join(' | '));

    await page.evaluate(() => {
      window.__stated = null;
      window.addEventListener('beforeprint', () => {
        window.__stated = [...document.querySelectorAll('.brief__assumptions li')].map((li) => li.textContent);
      });
    });
    await page.pdf({ preferCSSPageSize: true, printBackground: false });
    const stated = await page.evaluate(() => window.__stated);
    assert.ok(stated.includes('Year to start from: 2025 (your figures, not the appendix’s)'), stated.join(' | '));
    assert.ok(stated.includes('Workforce in post that year: 24,000'), stated.join(' | '));
    assert.ok(!stated.some((s) => s.startsWith('Fill today') || s.startsWith('Add the 2023')), stated.join(' | '));
  });
});
