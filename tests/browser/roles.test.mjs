// A provider planning by role (issue 19), as a person does it, in Chromium, Firefox ESR and
// WebKitGTK, at 390 and 1280 px: add a role, type its figures, find the table, chart and
// headline by role, reload the link and find the same, remove a role with the keyboard, see a
// bad role entry's message beside it and in the error summary; axe finds nothing. The CSV by
// role (a download) is checked in Chromium.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp, useServer } from './support/harness.mjs';
import { ENGINES, useEngine, axeAudit } from './support/engines.mjs';
import { number } from './support/results.mjs';

const app = useApp();
const server = useServer();

const SCREENS = [{ width: 390, height: 844 }, { width: 1280, height: 800 }];
const THREE = '?view=provider&role=Care%20workers~30~36.1~3&role=Senior%20care%20workers~8~17.5~1&role=Registered%20nurses~6~44.1~1';

/**
 * Fills a field as `page.fill` does, trying once more, a frame later, if the pointer's click did
 * not focus it: in Firefox at 1280 px that happened in some runs (the cause is not confirmed;
 * most likely the layout moving as the page scrolls to the field).
 */
async function fill(page, selector, text) {
  try {
    await page.fill(selector, text);
  } catch (err) {
    if (!/did not take the focus/.test(err.message)) throw err;
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.fill(selector, text);
  }
}

const axeIds = async (page) => (await axeAudit(page)).map((x) => `${x.id}: ${x.nodes.map((n) => n.target).join(' ')}`);

/** The figures of the last row (the totals) of the table by role, with its headings. */
const byRole = (page) =>
  page.evaluate(() => {
    const t = document.querySelector('#roles-table');
    if (!t) return null;
    return {
      headings: [...t.querySelectorAll('thead th')].map((th) => th.textContent),
      last: [...t.querySelectorAll('tbody tr:last-child td')].map((td) => td.textContent),
    };
  });

for (const engineName of ENGINES) {
  describe(engineName, () => {
    const engine = useEngine(engineName);
    test(`${engineName} at 320 px: three roles reflow with no sideways scrolling, and a role is added with the keyboard alone`, async () => {
      await engine.withPage(`${server.url}${THREE}`, async (page) => {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `overflows by ${overflow}px`);
        await page.click('#role-3-vacancies');
        for (const expected of ['Remove Registered nurses', 'role-add-choice', 'Add role']) {
          await page.press('Tab');
          assert.equal(await page.evaluate(() => document.activeElement.id || document.activeElement.textContent), expected);
        }
        await page.press('Enter');
        await page.waitForFunction(() => document.querySelectorAll('fieldset.role').length === 4);
        await page.waitForFunction(() => document.activeElement?.id === 'role-4-staff');
        // Its name is new: the suggested "Care workers" is taken.
        assert.match(await page.text('.roles [aria-live="polite"]'), /Added Care workers 2, role 4 of 4/);
        assert.equal(await page.text('label[for="role-4-turnover"]'), 'Care workers 2: turnover');
        assert.equal(await page.count('.error-summary'), 0);
        assert.deepEqual(await axeIds(page), []);
      }, { viewport: { width: 320, height: 800 } });
    });

    for (const viewport of SCREENS) {
      const at = `${engineName} at ${viewport.width} px`;

      test(`${at}: add a role, type its figures, and the table, chart and headline are by role; the link brings them back`, async () => {
        let link;
        await engine.withPage(`${server.url}?view=provider`, async (page) => {
          assert.equal(await byRole(page), null, 'one role: no table by role');
          await page.evaluate(() => {
            const s = document.querySelector('#role-add-choice');
            s.value = 'Registered nurses';
            s.dispatchEvent(new Event('change', { bubbles: true }));
          });
          await page.click('button', { hasText: 'Add role' });
          await page.waitForFunction(() => document.querySelectorAll('fieldset.role').length === 2);
          // The focus moves to the new role's first figure.
          await page.waitForFunction(() => document.activeElement?.id === 'role-2-staff');
          assert.equal(await page.text('label[for="role-2-staff"]'), 'Registered nurses: staff now');
          assert.equal(await page.text('label[for="role-1-staff"]'), 'All staff: staff now');
          assert.match(await page.text('.roles [aria-live="polite"]'), /Added Registered nurses/);
          await fill(page, '#role-1-name', 'Care workers');
          await fill(page, '#role-2-staff', '6');
          await fill(page, '#role-2-turnover', '44.1');
          await page.waitForFunction(() => document.querySelector('label[for="role-1-staff"]').textContent === 'Care workers: staff now');
          assert.match(await page.text('#role-1-vacancies-hint'), /care workers: 12\.7%/);
          assert.match(await page.text('#role-2-vacancies-hint'), /registered nurses \(in care homes\): 18\.5%/);
          const t = await byRole(page);
          assert.deepEqual(t.headings, ['Year ahead', 'Care workers', 'Registered nurses', 'All roles']);
          const [a, b, all] = t.last.map(number);
          assert.equal(a + b, all);
          const total = number(await page.text('#results-table tbody tr:last-child td:nth-last-child(1)'));
          assert.ok([all].includes(total) || (await page.count('#results-table thead th')) > 7, 'the totals agree');
          assert.match(await page.text('#headline'), /The role that needs the most: care workers/);
          const legend = await page.evaluate(() => document.querySelector('#parts-chart-title').parentElement.querySelector('.legend').textContent);
          assert.match(legend, /Care workers/);
          assert.match(legend, /Registered nurses/);
          await page.waitForFunction(() => location.search.includes('role=Care%20workers') && location.search.includes('44.1'), undefined, { timeout: 5_000 });
          link = await page.evaluate(() => location.search);
          assert.match(link, /role=Care%20workers~40~32\.2~4/);
          assert.match(link, /role=Registered%20nurses~6~44\.1~0/);
          assert.deepEqual(await axeIds(page), []);
        }, { viewport });
        await engine.withPage(`${server.url}${link}`, async (page) => {
          const t = await byRole(page);
          assert.deepEqual(t.headings, ['Year ahead', 'Care workers', 'Registered nurses', 'All roles']);
          assert.equal(await page.evaluate(() => document.querySelector('#role-2-turnover').value), '44.1');
        }, { viewport });
      });

      test(`${at}: remove a role with the keyboard; a bad role entry says what is wrong beside it and in the summary`, async () => {
        await engine.withPage(`${server.url}${THREE}&role=Nurses~5`, async (page) => {
          assert.equal(await page.count('fieldset.role'), 4);
          assert.match(await page.text('#role-4-name-error'), /Nurses: the link gives this role as .Nurses~5.; a role must be four parts/);
          assert.match(await page.text('.error-summary'), /Nurses: your staff turnover|Nurses: enter a value for your staff turnover/);
          assert.match(await page.text('#headline'), /recruit about/);
          // Remove the bad one with the keyboard: from its last field, Tab to its button, Enter.
          await page.click('#role-4-vacancies');
          await page.press('Tab');
          assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Remove Nurses');
          await page.press('Enter');
          await page.waitForFunction(() => document.querySelectorAll('fieldset.role').length === 3);
          assert.match(await page.text('.roles [aria-live="polite"]'), /Removed Nurses\. 3 roles left\./);
          assert.equal(await page.count('.error-summary'), 0);
          const t = await byRole(page);
          assert.deepEqual(t.headings, ['Year ahead', 'Care workers', 'Senior care workers', 'Registered nurses', 'All roles']);
          const figures = t.last.map(number);
          assert.equal(figures.slice(0, -1).reduce((x, y) => x + y, 0), figures.at(-1));
          assert.deepEqual(await axeIds(page), []);
        }, { viewport });
      });
    }
  });
}

test('the CSV by role is in long format: a row per role and year, then all roles, adding up', async () => {
  await app.withPage(THREE, async (page) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csv = (await readFile(await download.path(), 'utf8')).trim().split('\r\n').map((l) => l.split(','));
    assert.deepEqual(csv[0].slice(0, 2), ['Role', 'Year ahead']);
    const total = csv[0].indexOf('Recruits so far');
    const last = (role) => Number(csv.filter((r) => r[0] === role).at(-1)[total]);
    assert.equal(csv.length - 1, 4 * 5);
    assert.equal(last('Care workers') + last('Senior care workers') + last('Registered nurses'), last('All roles'));
    const shown = await page.locator('#roles-table tbody tr:last-child td').allTextContents();
    assert.equal(number(shown.at(-1)), last('All roles'));
  });
});
