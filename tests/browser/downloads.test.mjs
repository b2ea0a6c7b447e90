// Charts to take away: every chart's Download SVG and Download PNG buttons, named with the
// chart's title for screen readers, deliver a standalone SVG carrying the title, the scenario, the
// source and the link, and a PNG of that same SVG at twice its size.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp } from './support/harness.mjs';
import { openPage, axeAudit } from './support/browser.mjs';

const app = useApp();

const SOURCE = 'Source: Care Workforce Calculator, Staffordshire County Council';
const PNG_SIGNATURE = '89504e470d0a1a0a';

/** Clicks `button` and returns the download's suggested name and bytes. */
async function download(page, button) {
  const [d] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: d.suggestedFilename(), bytes: await readFile(await d.path()) };
}

/** Width and height of a PNG from its IHDR chunk (after the signature, length and type). */
const pngSize = (bytes) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/**
 * In the page: draws the PNG and the SVG (each at the PNG's size) and compares them pixel by
 * pixel, and counts dark (text) pixels in the PNG's title band and source band.
 */
function comparePixels({ png, svg, width, height }) {
  return (async () => {
    const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    const image = new Image();
    image.src = url;
    await image.decode();
    const draw = (source) => {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext('2d');
      context.drawImage(source, 0, 0, width, height);
      return context.getImageData(0, 0, width, height).data;
    };
    const a = draw(bitmap);
    const b = draw(image);
    URL.revokeObjectURL(url);
    let different = 0;
    for (let i = 0; i < a.length; i += 4) {
      if (Math.abs(a[i] - b[i]) + Math.abs(a[i + 1] - b[i + 1]) + Math.abs(a[i + 2] - b[i + 2]) > 48) different++;
    }
    const dark = (y0, y1) => {
      let n = 0;
      for (let y = Math.max(0, y0); y < Math.min(height, y1); y++) {
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4;
          if (a[i] < 110 && a[i + 1] < 110 && a[i + 2] < 110 && a[i + 3] > 200) n++;
        }
      }
      return n;
    };
    return {
      different: different / (width * height),
      corner: [a[0], a[1], a[2], a[3]],
      titleDark: dark(0, 2 * 56),
      sourceDark: dark(height - 2 * 80, height),
    };
  })();
}

const CHARTS = ['parts-chart', 'workforce-chart', 'fan', 'tornado', 'waterfall'];

test('adult view: every chart downloads as SVG and as PNG, with title, scenario, source and link', async () => {
  const page = await openPage(app.browser, `${app.server.url}?view=adult&turnover=28&horizon=2030`);
  try {
    await page.locator('.uncertainty[aria-busy="false"]').waitFor({ timeout: 15_000 });
    // The uncertainty charts start folded away: open every section first.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    for (const id of CHARTS) {
      const title = (await page.locator(`#${id}-title`).textContent()).trim();
      // The buttons are named with the chart's title for screen readers.
      const svgButton = page.getByRole('button', { name: `Download SVG ${title}`, exact: true });
      const pngButton = page.getByRole('button', { name: `Download PNG ${title}`, exact: true });

      const svg = await download(page, svgButton);
      assert.equal(svg.name, `care-workforce-adult-${id.replace(/-chart$/, '')}-chart.svg`);
      const text = svg.bytes.toString('utf8');
      assert.ok(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), `${id}: ${text.slice(0, 80)}`);
      assert.ok(text.includes(`<title id="export-title">${escapeXml(title)}</title>`), `${id}: title`);
      assert.ok(text.includes('>Scenario: target year 2030, staff turnover 28%,'), `${id}: scenario line`);
      assert.ok(text.includes(SOURCE), `${id}: source`);
      assert.ok(text.includes('?view=adult&amp;horizon=2030&amp;turnover=28'), `${id}: link`);
      // Well-formed XML that a browser reads as an SVG document.
      const parsed = await page.evaluate((s) => {
        const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
        return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.nodeName };
      }, text);
      assert.deepEqual(parsed, { error: null, root: 'svg' }, id);
      const width = Number(text.match(/^<svg [^>]*\bwidth="(\d+)"/)[1]);
      const height = Number(text.match(/^<svg [^>]*\bheight="(\d+)"/)[1]);

      const png = await download(page, pngButton);
      assert.equal(png.name, `care-workforce-adult-${id.replace(/-chart$/, '')}-chart.png`);
      assert.equal(png.bytes.subarray(0, 8).toString('hex'), PNG_SIGNATURE, `${id}: a PNG`);
      assert.deepEqual(pngSize(png.bytes), { width: 2 * width, height: 2 * height }, `${id}: twice the SVG's size`);
      // The PNG is that SVG drawn (so it carries its title and source), on white, with text
      // where the title and the source are.
      const pixels = await page.evaluate(comparePixels, { png: png.bytes.toString('base64'), svg: text, width: 2 * width, height: 2 * height });
      assert.ok(pixels.different < 0.01, `${id}: PNG and SVG differ in ${(100 * pixels.different).toFixed(2)}% of pixels`);
      assert.deepEqual(pixels.corner, [255, 255, 255, 255], `${id}: white background`);
      assert.ok(pixels.titleDark > 500, `${id}: title drawn (${pixels.titleDark} dark pixels)`);
      assert.ok(pixels.sourceDark > 500, `${id}: source drawn (${pixels.sourceDark} dark pixels)`);
      assert.match(await page.locator(`#${id}-png`).locator('..').locator('[role="status"]').textContent(), /^PNG image downloaded\.$/);
    }
    assert.deepEqual(page.problems, [], 'console errors or warnings');
    const violations = await axeAudit(page);
    assert.deepEqual(violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.target).join(' ')}`), []);
  } finally {
    await page.close();
  }
});

test("the stacked chart's image carries its legend; the children's view has its own downloads", async () => {
  const page = await openPage(app.browser, `${app.server.url}?view=children`);
  try {
    const svg = await download(page, page.locator('#parts-chart-svg'));
    assert.equal(svg.name, 'care-workforce-children-parts-chart.svg');
    const text = svg.bytes.toString('utf8');
    for (const key of await page.locator('#parts-chart-title').locator('..').locator('.legend li').allTextContents()) {
      assert.ok(text.includes(`<text class="export__legend"`) && text.includes(`>${escapeXml(key.trim())}</text>`), `legend key ${key}`);
    }
    assert.ok(text.includes('>Scenario: target year 2032, qualified social work roles 402, other roles 386,'));
    const png = await download(page, page.locator('#workforce-chart-png'));
    assert.equal(png.bytes.subarray(0, 8).toString('hex'), PNG_SIGNATURE);
    assert.deepEqual(page.problems, []);
  } finally {
    await page.close();
  }
});

test('print leaves the download buttons out', async () => {
  const page = await openPage(app.browser, `${app.server.url}?view=adult`);
  try {
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.chart__download').first().isVisible(), false);
  } finally {
    await page.close();
  }
});

// The results table's downloads (issue 20): the CSV and its CSV on the Web description, named
// for the view and the scenario; the CSV plain (one header row, numbers only), the description
// naming the CSV, its columns (the CSV's header), the source, the data's date, the version,
// the assumptions and the link.
const TABLE_DOWNLOADS = [
  {
    query: '?view=adult&turnover=28&vacancies=1',
    csv: 'care-workforce-adult-turnover28-vacancies1.csv',
    note: 'Staff turnover: 28% (the strategy’s: 32.2%)',
    key: 'gYear',
  },
  {
    query: '?view=provider&staff=120&years=10',
    csv: 'care-workforce-provider-staff120-years10.csv',
    note: 'Staff you employ now: 120 (the example’s: 40)',
    key: 'string',
  },
  { query: '?view=adult', csv: 'care-workforce-adult-published.csv', note: 'Staff turnover: 32.2%', key: 'gYear' },
];

for (const { query, csv: csvName, note, key } of TABLE_DOWNLOADS) {
  test(`${query}: the CSV and its description say which scenario they are`, async () => {
    await app.withPage(query, async (page) => {
      const csv = await download(page, page.getByRole('button', { name: 'Download CSV', exact: true }));
      assert.equal(csv.name, csvName);
      const lines = csv.bytes.toString('utf8').split('\r\n');
      assert.equal(lines.pop(), '', 'ends with a line break');
      const header = lines[0].split(',');
      const headings = await page.locator('#results-table thead th').allTextContents();
      assert.deepEqual(header, headings.map((h) => h.trim()));
      for (const line of lines.slice(1)) {
        const cells = line.split(',');
        assert.equal(cells.length, header.length, line);
        assert.ok(cells.slice(1).every((c) => /^-?\d+$/.test(c)), `numbers only: ${line}`);
      }

      const meta = await download(page, page.getByRole('button', { name: 'Download its description (JSON)' }));
      assert.equal(meta.name, `${csvName}-metadata.json`);
      assert.match(await page.locator('.share .share__status').first().textContent(), /^Description of the CSV downloaded\.$/);
      const m = JSON.parse(meta.bytes.toString('utf8'));
      assert.equal(m['@context'][0], 'http://www.w3.org/ns/csvw');
      assert.equal(m.url, csvName);
      assert.equal(m['dc:title'], (await page.locator('#results-table caption').textContent()).trim());
      assert.equal(m['dc:source'], 'Staffordshire County Council, Social Care Workforce Strategy 2022-2027, data appendix');
      assert.match(m['dc:temporal'], /^2022 \(the appendix\); workforce figures 2021\/22/);
      assert.match(m['dc:hasVersion'], /^\d+\.\d+\.\d+$/);
      assert.match(m['dc:created'], /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(m.notes.includes(note), m.notes.join(' | '));
      const link = new URL(m['rdfs:seeAlso']);
      for (const [k, v] of new URLSearchParams(query)) assert.equal(link.searchParams.get(k), v, m['rdfs:seeAlso']);
      const columns = m.tableSchema.columns;
      assert.deepEqual(columns.map((c) => c.titles), header);
      assert.deepEqual(columns.map((c) => c.datatype), [key, ...header.slice(1).map(() => 'integer')]);
      assert.equal(m.tableSchema.primaryKey, columns[0].name);
    });
  });
}
