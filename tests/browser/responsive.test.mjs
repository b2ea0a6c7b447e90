// On a phone and inside a partner's page, in headless Chromium against the release build:
// the answer is in the first screen, charts are drawn for their width (every label 12 CSS px or
// more, none overlapping), wide tables say they scroll and keep their first column, the page never
// scrolls sideways, the compact embed is at most 1,500 px tall at 800 px wide, and axe-core (with
// the WCAG 2.2 target-size rule) finds nothing at phone width with every folded section open.
// (The running total while a field is edited, and the layout at 390 and 1280 px, are tested in
// every engine: layout.test.mjs.)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/harness.mjs';
import { openPage, axeAudit, AXE_TAGS } from './support/browser.mjs';
import { tableBoxes, assertTableCues } from './support/tables.mjs';

const app = useApp();

// Screens as people have them: the narrowest phone, a common phone, a tablet, a laptop.
// 320 px wide is also a 1,280 px window zoomed to 400% (WCAG 1.4.10); 640 px is 200%.
const SCREENS = [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
  { width: 640, height: 400 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];
const CALCULATORS = ['adult', 'children', 'provider'];
const VIEWS = [...CALCULATORS, 'about'];

async function withPage(query, viewport, body) {
  const page = await openPage(app.browser, `${app.server.url}${query}`, { context: { viewport } });
  try {
    await page.locator('main h1').waitFor();
    await body(page);
    assert.deepEqual(page.problems, [], 'console errors or warnings');
  } finally {
    await page.close();
  }
}

const openAllDetails = (page) =>
  page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });

/** Every rendered SVG label: its CSS font size and its box on screen. */
const svgLabels = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('svg')].flatMap((svg, n) =>
      [...svg.querySelectorAll('text')]
        .map((t) => {
          const r = t.getBoundingClientRect();
          const ctm = t.getScreenCTM();
          return {
            chart: `${svg.closest('figure')?.querySelector('figcaption')?.textContent ?? '?'} #${n}`,
            text: t.textContent,
            px: parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm?.a ?? 0, ctm?.b ?? 0),
            box: { left: r.left, right: r.right, top: r.top, bottom: r.bottom },
            shown: r.width > 0 && r.height > 0,
          };
        })
        .filter((l) => l.shown),
    ),
  );

for (const screen of SCREENS) {
  const size = `${screen.width}x${screen.height}`;

  for (const view of CALCULATORS) {
    test(`${size} ${view}: the headline is in the first screen on load`, async () => {
      await withPage(`?view=${view}`, screen, async (page) => {
        const box = await page.locator('#headline').boundingBox();
        assert.ok(box, 'the headline is shown');
        assert.ok(box.y >= 0 && box.y + box.height <= screen.height, `headline at ${JSON.stringify(box)} in a ${size} screen`);
      });
    });
  }

  for (const view of VIEWS) {
    test(`${size} ${view}: no sideways scrolling; chart labels at 12 CSS px or more, none overlapping; tables say when they scroll`, async () => {
      await withPage(`?view=${view}`, screen, async (page) => {
        await openAllDetails(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);

        const labels = await svgLabels(page);
        if (view !== 'about') assert.ok(labels.length > 12, `charts are drawn (${labels.length} labels)`);
        const small = labels.filter((l) => l.px < 12);
        assert.deepEqual(small.map((l) => `${l.chart}: "${l.text}" at ${l.px.toFixed(1)}px`), []);
        const overlaps = [];
        for (const [i, a] of labels.entries()) {
          for (const b of labels.slice(i + 1)) {
            if (a.chart !== b.chart) continue;
            const apart = a.box.right <= b.box.left + 0.5 || b.box.right <= a.box.left + 0.5 || a.box.bottom <= b.box.top + 0.5 || b.box.bottom <= a.box.top + 0.5;
            if (!apart) overlaps.push(`${a.chart}: "${a.text}" and "${b.text}"`);
          }
        }
        assert.deepEqual(overlaps, []);

        const tables = await page.evaluate(tableBoxes);
        assert.ok(tables.length > 0 || view === 'about');
        if (screen.width >= 768 && view !== 'about') {
          const results = tables.find((t) => t.name === 'results-caption');
          assert.equal(results?.clipped, false, `the results table fits a ${screen.width}px screen: ${JSON.stringify(results)}`);
        }
        assertTableCues(tables, size);
      });
    });
  }
}

for (const view of VIEWS) {
  test(`320 ${view}: axe-core finds no violations (WCAG 2.2 AA, target size) with every section open`, async () => {
    await withPage(`?view=${view}`, { width: 320, height: 568 }, async (page) => {
      await openAllDetails(page);
      assert.ok(AXE_TAGS.includes('wcag22aa'), 'the audit includes WCAG 2.2 AA (target-size)');
      const violations = await axeAudit(page);
      assert.deepEqual(violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.target).join(' ')}`), []);
    });
  });
}

test('320: the ranges table keeps its "Why" column readable, not a word a line', async () => {
  await withPage('?view=adult', { width: 320, height: 568 }, async (page) => {
    await openAllDetails(page);
    const widths = await page.locator('.uncertainty td.table__text').evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().width));
    assert.ok(widths.length === 2, `${widths.length} reasons`);
    for (const w of widths) assert.ok(w >= 200, `a "Why" cell ${w}px wide`);
  });
});

/** Opens the compact embed at `width` and collects the height messages it posts to its parent (here, itself). */
async function embedded(query, width) {
  const page = await app.browser.newPage({ viewport: { width, height: 900 } });
  page.problems = [];
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && page.problems.push(m.text()));
  await page.addInitScript(() => {
    window.__heights = [];
    window.addEventListener('message', (e) => {
      if (e.data && e.data.type === 'care-workforce-calculator:height') window.__heights.push(e.data.height);
    });
  });
  await page.goto(`${app.server.url}${query}`);
  await page.locator('main h1').waitFor();
  await page.waitForFunction(() => window.__heights.length > 0);
  return page;
}
const lastHeight = (page) => page.evaluate(() => window.__heights.at(-1));

for (const view of CALCULATORS) {
  test(`embed ${view} at 800 px: reports a height of at most 1,500 px, with the assumptions, headline, table and one chart`, async () => {
    const page = await embedded(`?view=${view}&embed=1`, 800);
    try {
      await page.waitForFunction(() => window.__heights.at(-1) === Math.ceil(document.body.getBoundingClientRect().height));
      const height = await lastHeight(page);
      assert.ok(height <= 1500, `${view}: ${height}px`);
      assert.equal(await page.locator('form.assumptions').count(), 1);
      assert.equal(await page.locator('#headline').count(), 1);
      assert.ok((await page.locator('#results-table tbody tr').count()) > 0);
      assert.equal(await page.locator('#parts-chart-title').count(), 1);
      for (const absent of ['#workforce-chart-title', '.uncertainty', '.context', '.sources', 'details.embed']) {
        assert.equal(await page.locator(absent).count(), 0, `${absent} is one click away, not in the compact embed`);
      }
      assert.ok(await page.getByRole('link', { name: /Open the full calculator/ }).isVisible());
      // The height message keeps following changes: a later year adds rows.
      if (view !== 'provider') await page.locator('#field-horizon').fill('2040');
      else await page.locator('#field-years').fill('20');
      await page.waitForFunction((h) => window.__heights.at(-1) > h, height);
      assert.deepEqual(page.problems, []);
    } finally {
      await page.close();
    }
  });
}

test('embed sections: trend, ranges, context and sources flags add those parts, and only when embedded', async () => {
  const page = await embedded('?view=adult&embed=1&trend=1&ranges=1&sources=1', 800);
  try {
    assert.equal(await page.locator('#workforce-chart-title').count(), 1);
    assert.equal(await page.locator('.uncertainty').count(), 1);
    assert.equal(await page.locator('.sources').count(), 1);
    assert.equal(await page.locator('.context').count(), 0);
    // The flags travel with the views of the embedded calculator.
    const href = await page.locator('nav a', { hasText: "Children's social care" }).getAttribute('href');
    assert.match(href, /trend=1&ranges=1&sources=1&embed=1$/);
    // ... but not to the full calculator, which has every section anyway.
    const full = await page.getByRole('link', { name: /Open the full calculator/ }).getAttribute('href');
    assert.doesNotMatch(full, /trend|ranges|sources|embed/);
    assert.deepEqual(page.problems, []);
  } finally {
    await page.close();
  }
});

test("the Embed panel adds the chosen sections to the partner's code", async () => {
  await withPage('?view=provider&staff=60', { width: 1280, height: 800 }, async (page) => {
    await page.locator('details.embed summary').click();
    const before = await page.locator('#embed-snippet').inputValue();
    assert.doesNotMatch(before, /data-ranges/);
    await page.getByRole('checkbox', { name: 'How certain is this?' }).check();
    await page.waitForFunction(() => document.querySelector('#embed-snippet').value.includes('data-ranges="1"'));
    assert.match(await page.locator('#embed-snippet').inputValue(), /data-view="provider" data-staff="60" data-ranges="1"/);
    assert.match(await page.locator('#embed-iframe').inputValue(), /ranges=1&amp;embed=1/);
    // The choice is the partner's code's, not this page's address.
    assert.doesNotMatch(await page.evaluate(() => location.search), /ranges/);
  });
});
