// What a person does with the calculator, against the release build: open each view, type
// assumptions, see the numbers change, type a bad value and see the error, follow the view links
// and go back, and an axe-core audit of every view. Those run in Chromium, Firefox ESR and
// WebKitGTK (support/engines.mjs); copying a link (clipboard permissions), the CSV download, the
// keyboard's focus styles and printing run in Chromium (Playwright), as before.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp, useServer } from './support/harness.mjs';
import { useThePage, MOUNTED } from './support/browser.mjs';
import { ENGINES, useEngine, axeAudit } from './support/engines.mjs';
import { number, resultsOf } from './support/results.mjs';

const app = useApp();
const server = useServer();

const total2032 = (page) => resultsOf(page).cell(2032, 'Total new staff since 2022');

const VIEWS = [
  { query: '?view=adult', heading: 'Adult social care in Staffordshire', field: '#field-turnover' },
  { query: '?view=children', heading: "Children's social care in Staffordshire County Council", field: '#field-sw' },
  { query: '?view=provider', heading: "Your organisation's recruitment", field: '#field-staff' },
  { query: '?view=about', heading: 'About the figures', field: null },
];

// The 21 figures of the appendix's two tables, as printed.
const PUBLISHED = [
  {
    query: '?view=adult',
    columns: ['Workforce required', 'Extra staff for demand', 'Replacing leavers', 'Total new staff since 2022'],
    rows: { 2024: ['23,983', '920', '5,416', '6,336'], 2027: ['25,575', '2,512', '13,951', '16,462'], 2032: ['28,506', '5,443', '29,505', '34,948'] },
  },
  {
    query: '?view=children',
    columns: ['Social work roles to recruit since 2022', 'Other roles to recruit since 2022', 'All roles to recruit since 2022'],
    rows: { 2024: ['110', '82', '192'], 2027: ['274', '205', '479'], 2032: ['540', '410', '950'] },
  },
];

const BAD = [
  ['abc', 'Staff turnover must be a number, like 32.2'],
  ['-5', 'Staff turnover must be between 0% and 100%'],
  ['1e999', 'Staff turnover must be between 0% and 100%'],
  ['', 'Enter a value for staff turnover, like 32.2'],
];

const axeIds = async (page) => (await axeAudit(page)).map((x) => `${x.id}: ${x.nodes.map((n) => n.target).join(' ')}`);

for (const engineName of ENGINES) {
  describe(engineName, () => {
    const engine = useEngine(engineName);
    const withPage = (query, body, options) => engine.withPage(`${server.url}${query}`, body, options);

    for (const v of VIEWS) {
      test(`${engineName} ${v.query}: opens with its heading, its fields and no axe violations`, async () => {
        await withPage(v.query, async (page) => {
          assert.equal(await page.text('h1'), v.heading);
          if (v.field) {
            assert.equal(await page.attribute(v.field, 'inputmode'), 'decimal');
            assert.equal(await page.attribute(v.field, 'type'), 'text');
            assert.ok((await page.count('#results-table tbody tr')) > 0);
          }
          assert.equal(await page.attribute('html', 'lang'), 'en-GB');
          assert.deepEqual(await axeIds(page), []);
        });
      });
    }

    test(`${engineName} published tables: every one of the 21 published figures is on the page exactly as printed`, async () => {
      for (const table of PUBLISHED) {
        await withPage(table.query, async (page) => {
          for (const [year, figures] of Object.entries(table.rows)) {
            for (const [k, column] of table.columns.entries()) {
              assert.equal(await resultsOf(page).cell(year, column), figures[k], `${table.query} ${year} ${column}`);
            }
            assert.match(await page.text(`#results-table tr[data-year="${year}"] th`), /as published/);
          }
        });
      }
    });

    test(`${engineName} the working under the headline gives the arithmetic, and says why the 2027 row does not add up`, async () => {
      await withPage('?view=adult', async (page) => {
        assert.equal(await page.text('details.working summary'), 'How this figure is worked out');
        await page.click('details.working summary');
        await page.waitForFunction(() => document.querySelector('details.working').open);
        const text = await page.text('details.working');
        assert.match(text, /5,443 \+ 29,505 = 34,948/);
        assert.match(text, /32\.2% turnover/);
      });
      await withPage('?view=adult&horizon=2027', async (page) => {
        await page.click('details.working summary');
        assert.match(await page.text('details.working'), /rounds each one separately, so its parts add up to 16,463 rather than 16,462/);
      });
      await withPage('?view=children', async (page) => {
        await page.click('details.working summary');
        assert.match(await page.text('details.working'), /540 \+ 410 = 950/);
      });
    });

    test(`${engineName} a changed assumption shows the published strategy beside the new figures, and the difference`, async () => {
      await withPage('?view=adult&turnover=28', async (page) => {
        const ours = number(await total2032(page));
        assert.equal(await resultsOf(page).cell(2032, 'Published strategy total'), '34,948');
        const difference = number(await resultsOf(page).cell(2032, 'Difference from the published strategy'));
        assert.equal(difference, ours - 34948);
        assert.match(await page.text('#headline'), /fewer than the published strategy \(34,948\)/);
        // The chart marks the published strategy's total on each column, and says so in its legend.
        const chart = await page.evaluate(() => {
          const figure = document.querySelector('#parts-chart-title').parentElement;
          return { marks: figure.querySelectorAll('.chart__svg--wide path.chart__compare').length, legend: figure.querySelector('.legend').textContent };
        });
        assert.equal(chart.marks, 1);
        assert.match(chart.legend, /Published strategy/);
      });
      await withPage('?view=adult', async (page) => {
        const headings = await page.texts('#results-table thead th');
        assert.ok(!headings.includes('Published strategy total'), 'nothing shown twice');
        assert.doesNotMatch(await page.text('#headline'), /published strategy/);
        assert.equal(await page.count('path.chart__compare'), 0);
      });
    });

    test(`${engineName} with other assumptions the published years are marked but the rows add up`, async () => {
      await withPage('?view=adult&turnover=28', async (page) => {
        const th = await page.text('#results-table tr[data-year="2027"] th');
        assert.match(th, /published year/);
        assert.doesNotMatch(th, /as published/);
        const parts = await Promise.all(['Extra staff for demand', 'Replacing leavers'].map(async (c) => number(await resultsOf(page).cell(2027, c))));
        assert.equal(parts[0] + parts[1], number(await resultsOf(page).cell(2027, 'Total new staff since 2022')));
      });
    });

    test(`${engineName} typing an assumption updates the results and the URL at once, with no button`, async () => {
      await withPage('?view=adult', async (page) => {
        assert.equal(await total2032(page), '34,948');
        await page.type('#field-turnover', '20');
        await page.waitForFunction(() => location.search.includes('turnover=20'));
        await page.waitForFunction(() => document.querySelector('#results-table tr[data-year="2032"]')?.textContent.includes('published year'));
        const lower = number(await total2032(page));
        assert.ok(lower < 34948 && lower > 5442, `total with 20% turnover: ${lower}`);
        // Switching on the vacancies adds a column and 9.9% of 23,063 = 2,283 posts; empty posts
        // have no leavers, so the total rises by less than that.
        assert.equal(await page.count('#field-vacancy_rate'), 0, 'vacancy rate shown only when it counts');
        await page.check('#field-vacancies');
        await page.waitForFunction(() => location.search.includes('vacancies=1'));
        assert.equal(await resultsOf(page).cell(2032, 'Filling vacancies'), '2,283');
        const withVacancies = number(await total2032(page));
        assert.ok(withVacancies > lower && withVacancies < lower + 2283, `${lower} -> ${withVacancies}`);
        // Ticking reveals the vacancy rate, labelled from the field table: 5% of 23,063 is 1,153.
        assert.equal(await page.text('label[for="field-vacancy_rate"]'), 'Vacancy rate today');
        await page.fill('#field-vacancy_rate', '5');
        await page.waitForFunction(() => location.search.includes('vacancy_rate=5'));
        assert.equal(await resultsOf(page).cell(2032, 'Filling vacancies'), '1,153');
        // Reset puts every field back and the URL loses its parameters.
        await page.click('button', { hasText: "Reset to the appendix's assumptions" });
        await page.waitForFunction(() => location.search === '?view=adult');
        assert.equal(await total2032(page), '34,948');
        assert.equal(await page.value('#field-turnover'), '32.2');
      });
    });

    test(`${engineName} the provider view gives headcount x turnover x years when nothing else changes`, async () => {
      await withPage('?view=provider', async (page) => {
        for (const [id, value] of [['staff', '100'], ['turnover', '10'], ['vacancies', '0'], ['growth', '0'], ['years', '3']]) {
          await page.fill(`#field-${id}`, value);
        }
        await page.waitForFunction(() => location.search.includes('years=3'));
        await page.waitForFunction(() => document.querySelector('#results-table tbody tr:last-child')?.getAttribute('data-year') === '3');
        assert.equal(await resultsOf(page).last('Recruits so far'), 30);
        assert.match(await page.text('#headline'), /about 30 people over the next 3 years, about 10 a year/);
      });
    });

    for (const [typed, message] of BAD) {
      test(`${engineName} bad input ${JSON.stringify(typed)}: error at the field and in the summary, last results kept`, async () => {
        await withPage('?view=adult', async (page) => {
          await page.fill('#field-turnover', '25');
          await page.waitForFunction(() => location.search.includes('turnover=25'));
          await page.waitForFunction(() => document.querySelector('#results-table tr[data-year="2032"]')?.textContent.includes('published year'));
          const before = await total2032(page);
          await page.fill('#field-turnover', typed);
          await page.waitFor('.error-summary a', { hasText: message });
          assert.equal(await page.text('.error-summary h2'), 'There is a problem');
          assert.equal(await page.text('.error-summary a'), message);
          assert.equal(await page.attribute('.error-summary a', 'href'), '#field-turnover');
          assert.equal(await page.text('#field-turnover-error'), `Error: ${message}`);
          assert.equal(await page.attribute('#field-turnover', 'aria-invalid'), 'true');
          assert.match(await page.attribute('#field-turnover', 'aria-describedby'), /field-turnover-error/);
          assert.equal(await total2032(page), before, 'the last valid results stay on screen');
          // The summary's link takes the keyboard to the field.
          await page.click('.error-summary a');
          await page.waitForFunction(() => document.activeElement?.id === 'field-turnover');
          assert.deepEqual(await axeIds(page), []);
          // Correcting the value clears the error.
          await page.fill('#field-turnover', '32.2');
          await page.waitFor('.error-summary', { state: 'detached' });
        });
      });
    }

    test(`${engineName} a mangled URL shows the errors and the published defaults, never a blank page`, async () => {
      await withPage('?view=adult&turnover=%ZZ&horizon=abc&stay=1e999&nonsense=%%%&vacancies=yes', async (page) => {
        assert.deepEqual(await page.texts('.error-summary a'), [
          'Target year must be a number, like 2032',
          'Staff turnover must be a number, like 32.2',
          'Leavers who stay in social care must be between 0% and 100%',
          "Fill today's vacancies must be 1 (include) or 0 (leave out)",
        ]);
        assert.equal(await page.value('#field-turnover'), '%ZZ');
        assert.equal(await total2032(page), '34,948');
      });
      await withPage('?view=nowhere&%E0%A4%A=1', async (page) => {
        assert.equal(await page.text('h1'), 'Adult social care in Staffordshire');
      });
    });

    test(`${engineName} views are links: back and forward restore the view and its assumptions`, async () => {
      await withPage('?view=adult', async (page) => {
        await page.fill('#field-turnover', '30');
        await page.waitForFunction(() => location.search.includes('turnover=30'));
        await page.click('nav a', { hasText: 'Your organisation' });
        await page.waitForFunction(() => location.search.startsWith('?view=provider'));
        await page.waitFor('h1', { hasText: "Your organisation's recruitment" });
        assert.equal(await page.text('nav a[aria-current="page"]'), 'Your organisation');
        await page.back();
        await page.waitForFunction(() => location.search.startsWith('?view=adult'));
        await page.waitFor('h1', { hasText: 'Adult social care in Staffordshire' });
        assert.equal(await page.value('#field-turnover'), '30');
        await page.forward();
        await page.waitFor('#field-staff');
      });
    });

    test(`${engineName} reflows at 320 px: no sideways scrolling of the page`, async () => {
      for (const v of VIEWS) {
        await withPage(
          v.query,
          async (page) => {
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            assert.ok(overflow <= 0, `${v.query} overflows by ${overflow}px at 320px`);
          },
          { viewport: { width: 320, height: 800 } },
        );
      }
    });

    test(`${engineName} the headline is announced politely, and the page sets no cookies and no storage`, async () => {
      await withPage('?view=adult', async (page) => {
        assert.equal(await page.count('[aria-live="polite"]'), 1);
        await page.fill('#field-turnover', '30');
        await page.waitFor('[aria-live="polite"]', { hasText: 'Staffordshire would need about', timeout: 5000 });
        const state = await page.evaluate(() => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }));
        assert.deepEqual(state, { cookie: '', local: 0, session: 0 });
      });
    });
  });
}

// Chromium only (Playwright): clipboard permissions, downloads, keyboard focus, print.

test('copy link, then open it: the same scenario and the same numbers', async () => {
  const context = await app.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.url });
  const page = await context.newPage();
  try {
    await page.goto(`${app.server.url}?view=adult`);
    await useThePage(page);
    await page.locator(MOUNTED).waitFor({ state: 'attached' });
    await page.locator('#field-turnover').fill('28.5');
    await page.locator('#field-demand').fill('2.5');
    await page.locator('#field-horizon').fill('2035');
    await page.waitForFunction(() => location.search.includes('horizon=2035'));
    const shown = await resultsOf(page).cell(2035, 'Total new staff since 2022');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.locator('.share__status').filter({ hasText: 'Link copied' }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(link, await page.locator('#share-link').inputValue());
    assert.match(link, /turnover=28\.5/);
    const other = await context.newPage();
    await other.goto(link);
    await other.locator(MOUNTED).waitFor({ state: 'attached' });
    await other.locator('#results-table').waitFor();
    assert.equal(await other.locator('#field-turnover').inputValue(), '28.5');
    assert.equal(await other.locator('#field-demand').inputValue(), '2.5');
    assert.equal(await resultsOf(other).cell(2035, 'Total new staff since 2022'), shown);
  } finally {
    await context.close();
  }
});

test('Download CSV gives the table as shown, and headline, table, chart and CSV agree', async () => {
  await app.withPage('?view=adult&reforms=1&horizon=2030', async (page) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'care-workforce-adult-horizon2030-reforms1.csv');
    const csv = (await readFile(await download.path(), 'utf8')).trim().split('\r\n').map((l) => l.split(','));
    const headings = await page.locator('#results-table thead th').allTextContents();
    assert.deepEqual(csv[0], headings);
    const rows = await page.locator('#results-table tbody tr').all();
    assert.equal(csv.length - 1, rows.length);
    for (const [i, row] of rows.entries()) {
      const cells = (await row.locator('td').allTextContents()).map(number);
      assert.deepEqual(csv[i + 1].slice(1).map(Number), cells, `row ${i}`);
    }
    const total = number(csv.at(-1)[headings.indexOf('Total new staff since 2022')]);
    const chartTotal = number(await page.locator('#parts-chart-desc').textContent().then((t) => t.match(/the total is ([\d,]+)/)[1]));
    const chartLabel = number(await page.locator('.chart__value').first().textContent());
    assert.equal(chartTotal, total);
    assert.equal(chartLabel, total);
    const headline = await page.locator('#headline').textContent();
    const about = number(headline.match(/about ([\d,]+) new adult/)[1]);
    const digits = String(total).length;
    const step = 10 ** Math.max(0, digits - 3);
    assert.equal(about, Math.round(total / step) * step, `${headline} vs ${total}`);
  });
});

test('keyboard: the skip link comes first and every control shows its focus', async () => {
  await app.withPage('?view=adult', async (page) => {
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to main content');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement.id === 'main');
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const style = await page.evaluate(() => {
        const s = getComputedStyle(document.activeElement);
        return `${s.outlineStyle} ${s.outlineColor} ${s.boxShadow} ${s.backgroundColor}`;
      });
      assert.match(style, /rgb\(255, 221, 0\)/, `focus style of element ${i}: ${style}`);
    }
  });
});

test('print: the assumptions in words, results and sources on A4, without navigation, form or buttons', async () => {
  await app.withPage('?view=adult&turnover=30', async (page) => {
    await page.emulateMedia({ media: 'print' });
    const shown = async (selector) => page.locator(selector).first().isVisible();
    assert.equal(await shown('nav.views'), false);
    assert.equal(await shown('.share__buttons'), false);
    assert.equal(await shown('.embed'), false);
    // The form is left out: the brief says its values (print.test.mjs prints every view).
    assert.equal(await shown('.assumptions'), false);
    assert.equal(await shown('#field-turnover'), false);
    for (const selector of ['.brief', '#results-table', '.sources']) {
      assert.equal(await shown(selector), true, `${selector} prints`);
    }
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 10_000, 'a PDF is produced');
  });
});
