// The pre-rendered pages (docs/prerender.md): with JavaScript off every view is reached from the
// navigation and shows its published figures; with JavaScript on the app takes over the page
// without a visible change, keeps what was typed before it loaded, and a link to another view
// or scenario never shows another view first.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './support/server.mjs';
import { DIST } from './support/harness.mjs';
import { launch, openPage, axeAudit, useThePage, MOUNTED } from './support/browser.mjs';
import { resultsOf } from './support/results.mjs';

let server;
let browser;

before(async () => {
  // Served from a sub-path, as publishers do: the pages link to each other relatively.
  server = await startServer({ root: DIST, basePath: '/care/workforce/' });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const NO_SCRIPT = { waitFor: 'main', context: { javaScriptEnabled: false } };



// Each view's page, its heading, and a published figure it must show without JavaScript.
const VIEWS = [
  { link: 'Adult social care', file: '', heading: 'Adult social care in Staffordshire', check: async (page) => assert.match(await resultsOf(page).row(2032), /34,948/) },
  { link: "Children's social care", file: 'children.html', heading: "Children's social care in Staffordshire County Council", check: async (page) => assert.match(await resultsOf(page).row(2032), /950/) },
  {
    link: 'Your organisation',
    file: 'provider.html',
    heading: "Your organisation's recruitment",
    // The example provider (40 staff, 4 vacant posts, 32.2% turnover, 2% growth, 5 years):
    // 80 recruits in 5 years.
    check: async (page) => {
      assert.equal(await page.locator('#results-table tbody tr').last().locator('td').last().textContent(), '80');
      assert.match(await page.locator('#headline').textContent(), /about 80 people over the next 5 years/);
      assert.equal(await page.locator('#field-staff').inputValue(), '40');
    },
  },
  {
    link: 'About the figures',
    file: 'about.html',
    heading: 'About the figures',
    check: async (page) => {
      assert.equal(await page.locator('#method').textContent(), 'How the figures are worked out');
      assert.match(await page.locator('ol.method').first().textContent(), /Extra staff for demand = workforce required in the year/);
      assert.ok((await page.locator('ol.method li').count()) >= 8, 'the method, step by step');
      assert.match(await page.locator('main').textContent(), /Accessibility statement/);
    },
  },
];

test('JavaScript off: the site root and the navigation reach every view, each with its published figures and sources', async () => {
  const page = await openPage(browser, server.url, NO_SCRIPT);
  try {
    const titles = new Set();
    for (const v of VIEWS) {
      await page.getByRole('navigation', { name: 'Calculator views' }).getByRole('link', { name: v.link, exact: true }).click();
      await page.waitForURL((url) => url.pathname === `/care/workforce/${v.file}`);
      assert.equal(await page.locator('h1').textContent(), v.heading);
      assert.equal(await page.locator('nav a[aria-current="page"]').textContent(), v.link);
      await v.check(page);
      if (v.file !== 'about.html') {
        const sources = v.file === 'provider.html' ? '.context' : '.sources';
        assert.match(await page.locator(sources).textContent(), /Skills for Care|appendix footnote/);
        assert.match(await page.locator('#headline').textContent(), /\d/);
        assert.ok((await page.locator('.chart__frame svg').count()) >= 2, 'the charts');
        // The form says plainly what needs JavaScript, and hides buttons that could not work.
        assert.match(await page.locator('form').innerText(), /Changing the assumptions needs JavaScript/);
        const copy = page.locator('.share button', { hasText: 'Copy link' });
        assert.equal(await copy.count(), 1);
        assert.equal(await copy.isVisible(), false);
      }
      titles.add(await page.title());
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      assert.ok(description.length > 50, description);
    }
    assert.equal(titles.size, VIEWS.length, 'each page has its own title');
    // The adult view's own page is the site root; its link goes back there.
    await page.getByRole('link', { name: 'Adult social care', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/care/workforce/');
    await VIEWS[0].check(page);
    assert.deepEqual(page.errors(), []);
  } finally {
    await page.close();
  }
});

test('the pre-rendered pages as they are (the app not started) have no axe violations', async () => {
  // axe-core needs timers, which do not run with JavaScript off: instead the page's own scripts
  // are not loaded, so the pre-rendered markup stays as it is.
  for (const v of VIEWS) {
    const page = await browser.newPage();
    try {
      await page.route(/\.(js|wasm)$/, (route) => route.abort());
      await page.goto(`${server.url}${v.file}`);
      assert.equal(await page.locator('h1').textContent(), v.heading);
      assert.equal(await page.locator('html').getAttribute('data-app'), null);
      const violations = await axeAudit(page);
      assert.deepEqual(violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.target).join(' ')}`), [], v.file || 'index.html');
    } finally {
      await page.close();
    }
  }
});

/**
 * What a view shows that carries figures: the whole of <main> as text, and the charts' SVG.
 * White space is left out: an empty live region is rendered natively as one space.
 */
async function shown(page) {
  return page.evaluate(() => ({
    h1: document.querySelector('h1')?.textContent,
    title: document.title,
    main: document.querySelector('main').textContent.replace(/\s+/g, ''),
    // (Leptos adds an empty comment after markup it inserts.)
    charts: [...document.querySelectorAll('.chart__frame')].map((c) => c.innerHTML.replace(/<!--.*?-->/g, '')),
  }));
}

// A pre-rendered page holds each chart in its narrow layout, a phone's (docs/prerender.md): on a
// phone the app draws the same; on a wide screen it draws the wide one in the same space.
const PHONE = { viewport: { width: 390, height: 844 } };

for (const v of VIEWS) {
  test(`${v.file || 'index.html'}: the pre-rendered page and the page the app mounts carry the same figures`, async () => {
    const before = await openPage(browser, `${server.url}${v.file}`, { ...NO_SCRIPT, context: { ...NO_SCRIPT.context, ...PHONE } });
    const after = await openPage(browser, `${server.url}${v.file}`, { context: PHONE });
    try {
      const [a, b] = [await shown(before), await shown(after)];
      assert.equal(a.h1, v.heading);
      assert.equal(b.title, a.title);
      assert.equal(b.h1, a.h1);
      assert.equal(b.main, a.main);
      assert.deepEqual(b.charts, a.charts);
      await v.check(after);
      assert.deepEqual(after.problems, []);
    } finally {
      await Promise.all([before.close(), after.close()]);
    }
  });
}

// Records, before every frame is painted, the heading and staff field a visitor could see, and
// every layout shift.
const RECORD_FRAMES = () => {
  window.__frames = [];
  window.__shifts = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const visible = (el) => Boolean(el && el.checkVisibility({ visibilityProperty: true, opacityProperty: true }));
  const frame = () => {
    const h1 = document.querySelector('h1');
    const staff = document.querySelector('#field-staff');
    const current = document.querySelector('nav a[aria-current="page"]');
    window.__frames.push({
      h1: visible(h1) ? h1.textContent : null,
      staff: visible(staff) ? staff.value : null,
      nav: visible(current) ? current.textContent : null,
      mounted: document.documentElement.dataset.app === 'mounted',
    });
    if (window.__frames.length < 2000) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
};

/** Holds the WebAssembly back until the returned function is called. */
async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route('**/*_bg.wasm', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('a link to ?view=provider&staff=120 shows the provider view with 120 staff, and no other view first', async () => {
  const page = await browser.newPage();
  try {
    await page.addInitScript(RECORD_FRAMES);
    const release = await holdWasm(page);
    await page.goto(`${server.url}?view=provider&staff=120`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => window.__frames.length > 5);
    release();
    await page.locator(MOUNTED).waitFor({ state: 'attached' });
    await page.waitForTimeout(300);
    const frames = await page.evaluate(() => window.__frames);
    assert.ok(frames.some((f) => !f.mounted), 'frames before the app started were recorded');
    for (const f of frames) {
      if (f.h1 !== null) assert.equal(f.h1, "Your organisation's recruitment", JSON.stringify(f));
      if (f.staff !== null) assert.equal(f.staff, '120', JSON.stringify(f));
      if (f.nav !== null) assert.equal(f.nav, 'Your organisation', JSON.stringify(f));
    }
    assert.equal(await page.locator('#field-staff').inputValue(), '120');
    assert.equal(await page.locator('h1').textContent(), "Your organisation's recruitment");
    assert.equal(await page.evaluate(() => window.__shifts), 0, 'no layout shift');
  } finally {
    await page.close();
  }
});

test('a plain link to a page shows it at once, and the app takes over with no visible change and no layout shift, on a phone and a wide screen', async () => {
  // On the wide screen the app replaces each chart's narrow layout with the wide one.
  for (const [v, viewport] of VIEWS.flatMap((v) => [[v, PHONE.viewport], [v, { width: 1280, height: 720 }]])) {
    const page = await browser.newPage({ viewport });
    try {
      await page.addInitScript(RECORD_FRAMES);
      const release = await holdWasm(page);
      await page.goto(`${server.url}${v.file}`, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => window.__frames.filter((f) => f.h1 !== null).length > 2);
      // Each chart's place on the page, which a shift out of view would not report.
      const places = () => page.evaluate(() => [...document.querySelectorAll('.chart__frame')].map((f) => {
        const r = f.getBoundingClientRect();
        return `${f.closest('figure')?.querySelector('figcaption')?.id}: ${Math.round(r.top + scrollY)} + ${Math.round(r.height)}`;
      }));
      const before = await places();
      release();
      await useThePage(page);
      await page.locator(MOUNTED).waitFor({ state: 'attached' });
      await page.waitForTimeout(300);
      assert.deepEqual(await places(), before, `${v.file} at ${viewport.width} px: the charts keep their places`);
      const frames = await page.evaluate(() => window.__frames);
      const first = frames.findIndex((f) => f.h1 !== null);
      assert.ok(first >= 0 && !frames[first].mounted, `${v.file}: the page is shown before the app starts: ${JSON.stringify(frames.slice(0, 5))}`);
      for (const f of frames.slice(first)) assert.equal(f.h1, v.heading, `${v.file}: ${JSON.stringify(f)}`);
      assert.equal(await page.evaluate(() => window.__shifts), 0, `${v.file}: no layout shift`);
      // A page without a view parameter opens its own view, and the address then names it.
      await page.waitForFunction((key) => location.search === `?view=${key}`, v.file.replace('.html', '') || 'adult');
      assert.equal(await page.locator('h1').textContent(), v.heading);
    } finally {
      await page.close();
    }
  }
});

test('what a visitor typed, ticked and opened before the app loaded is kept, with the focus', async () => {
  const page = await browser.newPage();
  let release;
  try {
    // Hold the WebAssembly back until the visitor has used the pre-rendered page.
    release = await holdWasm(page);
    await page.goto(server.url, { waitUntil: 'domcontentloaded' });
    await page.locator('details.working summary').click();
    await page.locator('#field-vacancies').check();
    await page.locator('#field-turnover').fill('28');
    assert.equal(await page.locator('html').getAttribute('data-app'), null, 'the app has not started yet');
    release();
    await page.locator(MOUNTED).waitFor({ state: 'attached' });
    assert.equal(await page.locator('#field-turnover').inputValue(), '28');
    assert.equal(await page.locator('#field-vacancies').isChecked(), true);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'field-turnover');
    assert.equal(await page.locator('details.working').getAttribute('open'), '');
    await page.waitForFunction(() => location.search.includes('turnover=28') && location.search.includes('vacancies=1'));
    assert.match(await page.locator('#headline').textContent(), /than the published strategy \(34,948\)/);
    assert.match(await page.locator('#results-table thead').textContent(), /Filling vacancies/);
    // And it goes on working as the app.
    await page.locator('#field-turnover').fill('32.2');
    await page.locator('#field-vacancies').uncheck();
    await page.waitForFunction(() => location.search === '?view=adult');
    assert.match(await resultsOf(page).row(2032), /34,948/);
  } finally {
    release?.();
    await page.close();
  }
});

test('a visitor who only reads gets the app fetched and compiled once the browser is idle, but not started; the first use starts it without fetching it again', async () => {
  const page = await browser.newPage();
  try {
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname.split('/').pop()));
    await page.goto(server.url, { waitUntil: 'load' });
    const app = (name) => /^care-workforce-[0-9a-f]+(_bg\.wasm|\.js)$/.test(name);
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('_bg.wasm') && e.responseEnd > 0));
    await page.waitForTimeout(1000);
    assert.equal(new Set(requests.filter(app)).size, 2, `the glue and the Wasm: ${requests.filter(app)}`);
    assert.equal(requests.filter(app).length, 2, `each once: ${requests.filter(app)}`);
    assert.equal(await page.locator('html').getAttribute('data-app'), null, 'not started while the visitor only reads');
    assert.match(await resultsOf(page).row(2032), /34,948/);
    await useThePage(page);
    await page.locator(MOUNTED).waitFor({ state: 'attached' });
    // The test server sends `Cache-Control: no-store`: the app started from the Wasm compiled
    // while the browser was idle, not from a second download.
    assert.equal(requests.filter(app).length, 2, `nothing fetched again: ${requests.filter(app)}`);
  } finally {
    await page.close();
  }
});

test('a button pressed before the app has loaded is pressed again once it has', async () => {
  const page = await browser.newPage();
  let release;
  try {
    release = await holdWasm(page);
    await page.goto(server.url, { waitUntil: 'load' });
    assert.match(await resultsOf(page).row(2032), /34,948/);
    const download = page.waitForEvent('download', { timeout: 15_000 });
    await page.getByRole('button', { name: 'Download CSV' }).click();
    await page.waitForTimeout(300);
    assert.equal(await page.locator('html').getAttribute('data-app'), null, 'the app has not started yet');
    release();
    await page.locator(MOUNTED).waitFor({ state: 'attached' });
    assert.match((await download).suggestedFilename(), /\.csv$/);
  } finally {
    release?.();
    await page.close();
  }
});
