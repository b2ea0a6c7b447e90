// The printed brief (issue 20): printing each calculator view, with its published assumptions
// and with one changed, gives at most two A4 portrait pages (Chromium's print to PDF, the
// page's own @page size), with the working unfolded, the scenario in words, the link written
// out, and no button or input; afterwards the page is as it was. Chromium only: page.pdf is
// Chromium's (the print stylesheet itself is plain CSS every engine reads).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/harness.mjs';

const app = useApp();

/** The number of pages of a PDF: its page objects, checked against the page tree's count. */
function pdfPages(pdf) {
  const text = pdf.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) || []).length;
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2]));
  return { pages, count: counts.length ? Math.max(...counts) : null, mediaBox: text.match(/\/MediaBox\s*\[\s*([\d.\s]+)\]/)?.[1].trim().split(/\s+/).map(Number) };
}

/** In the page: records, as printing starts (after the app's own listener), what prints. */
function recordPrint() {
  window.__printed = null;
  window.addEventListener('beforeprint', () => {
    const working = document.querySelector('details.working');
    window.__printed = {
      workingOpen: working.open,
      steps: [...working.querySelectorAll('.working__steps li')].map((li) => li.textContent),
      sourcesOpen: [...document.querySelectorAll('.sources details')].every((d) => d.open),
      assumptions: [...document.querySelectorAll('.brief__assumptions li')].map((li) => li.textContent),
      link: document.querySelector('.brief__address')?.textContent ?? '',
    };
  });
}

const CASES = [
  { query: '?view=adult', stated: 'Staff turnover: 32.2%', step: /23,063/ },
  { query: '?view=adult&turnover=28', stated: 'Staff turnover: 28% (the strategy’s: 32.2%)', step: /28% turnover/ },
  { query: '?view=adult&turnover=28&vacancies=1&reforms=1&horizon=2040', stated: "Fill today's vacancies: yes (the strategy’s: no)", step: /2040/ },
  { query: '?view=adult&base=2025&inpost=24000&vacant=2000', stated: 'Year to start from: 2025 (your figures, not the appendix’s)', step: /^Your own figures for 2025/ },
  { query: '?view=children', stated: 'Qualified social work roles: 402', step: /402/ },
  { query: '?view=children&sw=500&horizon=2027', stated: 'Qualified social work roles: 500 (the strategy’s: 402)', step: /500/ },
  { query: '?view=provider', stated: 'Staff you employ now: 40', step: /40 now/ },
  { query: '?view=provider&staff=120&years=10', stated: 'Staff you employ now: 120 (the example’s: 40)', step: /120 now/ },
];

for (const { query, stated, step } of CASES) {
  test(`print ${query}: at most two A4 portrait pages, the working unfolded, the scenario in words, the link, no controls`, async () => {
    await app.withPage(query, async (page) => {
      await page.evaluate(recordPrint);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
      const { pages, count, mediaBox } = pdfPages(pdf);
      assert.equal(count, pages, 'page objects and the page tree agree');
      assert.ok(pages >= 1 && pages <= 2, `${query}: ${pages} pages`);
      // A4 portrait: 210 × 297 mm is 595.3 × 841.9 points.
      const [x0, y0, x1, y1] = mediaBox;
      assert.ok(Math.abs(x1 - x0 - 595.3) < 2 && Math.abs(y1 - y0 - 841.9) < 2, `A4 portrait: ${mediaBox}`);

      const printed = await page.evaluate(() => window.__printed);
      assert.ok(printed, 'beforeprint fired');
      assert.equal(printed.workingOpen, true, 'the working is unfolded');
      assert.ok(printed.steps.length >= 3 && printed.steps.some((s) => step.test(s)), `working: ${printed.steps.join(' | ')}`);
      assert.equal(printed.sourcesOpen, true, 'the sources are unfolded');
      assert.ok(printed.assumptions.includes(stated), `assumptions: ${printed.assumptions.join(' | ')}`);
      const link = new URL(printed.link);
      assert.equal(`${link.origin}${link.pathname}`, app.server.url, printed.link);
      for (const [key, value] of new URLSearchParams(query)) assert.equal(link.searchParams.get(key), value, printed.link);

      // Afterwards the page folds again what printing opened.
      await page.waitForFunction(() => !document.querySelector('details.working').open);

      // In print: the brief, the table, the chart and the footer's date and version; no
      // control, no form, no second chart.
      await page.emulateMedia({ media: 'print' });
      const shown = await page.evaluate(() => {
        const visible = (sel) => [...document.querySelectorAll(sel)].filter((e) => e.checkVisibility());
        return {
          controls: visible('button, input, select, textarea, .assumptions').map((e) => e.outerHTML.slice(0, 80)),
          brief: visible('.brief').length,
          table: visible('.table--results').length,
          charts: visible('.results figure.chart').length,
          footer: visible('.footer').map((e) => e.textContent).join(' '),
          masthead: visible('.masthead__data').length,
        };
      });
      assert.deepEqual(shown.controls, [], 'no controls in print');
      assert.deepEqual([shown.brief, shown.table, shown.charts, shown.masthead], [1, 1, 1, 1], JSON.stringify(shown));
      assert.match(shown.footer, /Social Care Workforce Strategy 2022-2027, data appendix \(2022\)/);
      assert.match(shown.footer, /Care Workforce Calculator version \d+\.\d+\.\d+/);
      await page.emulateMedia({ media: 'screen' });
      assert.equal(await page.locator('.brief').isVisible(), false, 'the brief is for print only');
    });
  });
}
