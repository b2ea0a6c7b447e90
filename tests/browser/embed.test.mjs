// Embedding, as a partner does it, in headless Chromium against the release build (dist/):
// a partner page on ANOTHER origin pastes placeholders and includes embed.js from the
// calculator's origin; the script turns each placeholder into a titled, lazy iframe of the
// compact layout (embed=1) with the presets as URL parameters, and sizes it from the height
// messages the embedded page posts, accepting them only from that iframe's window and origin.
// Also: the in-app "Embed this calculator" panel's code (script or plain iframe), pasted into a
// partner page, reproduces the scenario; and "Copy link" works inside an embed.
//
// Three loopback origins take part: the calculator (dist/ under /care/workforce/), the partner
// (pages made by the test) and a third site (a page that posts a fake height to its parent).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { startServer } from './support/server.mjs';
import { DIST } from './support/harness.mjs';
import { launch, openPage, MOUNTED } from './support/browser.mjs';
import { startPageServer, partnerPage } from './fixtures/page-server.mjs';

const MESSAGE = 'care-workforce-calculator:height';

let app; // the calculator: dist/ under /care/workforce/
let otherApp; // a second deployment of the calculator elsewhere (for data-src)
let partner; // the partner's site
let third; // an unrelated third site
let browser;

/** The partner page of most tests: two placeholders and the script, as the README shows. */
const twoPlaceholders = () =>
  partnerPage(`
<div id="provider" data-care-workforce-calculator data-view="provider" data-staff="120" data-turnover="25"></div>
<p>And for the county as a whole:</p>
<div id="adult" data-care-workforce-calculator data-view="adult" data-horizon="2027" data-title="Adult social care recruitment calculator"></div>
<script src="${app.url}embed.js" async></script>`);

before(async () => {
  assert.ok(existsSync(`${DIST}index.html`), `${DIST}index.html is missing: run ./dev build first`);
  app = await startServer({ root: DIST, basePath: '/care/workforce/' });
  otherApp = await startServer({ root: DIST, basePath: '/elsewhere/calculator/' });
  partner = await startPageServer();
  third = await startPageServer();
  partner.pages.set('/two.html', twoPlaceholders());
  third.pages.set(
    '/poster.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Another site</title></head><body>
<p>Another site</p>
<script>
  var marker = new URLSearchParams(location.search).get('marker') || 'third-origin';
  parent.postMessage({ type: '${MESSAGE}', height: 5, marker: marker }, '*');
</script>
</body></html>`,
  );
  third.pages.set('/quiet.html', '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Quiet</title></head><body><p>Quiet</p></body></html>');
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await app?.close();
  await otherApp?.close();
  await partner?.close();
  await third?.close();
});

/** Polls `probe` (which returns an object with `ok`) until ok, or fails after `timeout` ms with the last probe. */
async function until(probe, { timeout = 15_000, interval = 100, message = 'condition not met' } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const last = await probe();
    if (last.ok) return last;
    if (Date.now() > deadline) assert.fail(`${message} within ${timeout} ms; last seen: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** Opens a partner page, runs `body(page)`, then checks that no frame logged an error. */
async function withPartner(path, body) {
  const page = await openPage(browser, `${partner.url}${path}`, { waitFor: 'iframe' });
  try {
    await body(page);
    assert.deepEqual(page.errors(), [], 'console errors or page errors in the partner page or its frames');
  } finally {
    await page.close();
  }
}

/**
 * The calculator embedded in the placeholder `selector`: its iframe (a Locator in the partner
 * page) and its Frame, once the app has rendered. The iframe is scrolled into view first: it is
 * lazy, and Chromium neither loads nor lays out (so never resizes) a frame far off screen.
 */
async function embedded(page, selector) {
  const iframe = page.locator(`${selector} > iframe`);
  await iframe.waitFor({ state: 'attached' });
  await iframe.scrollIntoViewIfNeeded();
  const frame = await (await iframe.elementHandle()).contentFrame();
  assert.ok(frame, `${selector}: the iframe has no frame`);
  await frame.locator(`${MOUNTED} h1`).waitFor({ state: 'attached', timeout: 20_000 });
  return { selector, iframe, frame };
}

/** The iframe's CSS height (set by embed.js) and the embedded document's measurements. */
async function measure({ iframe, frame }) {
  const style = await iframe.evaluate((el) => el.style.height);
  const doc = await frame.evaluate(() => ({
    body: document.body.getBoundingClientRect().height,
    document: document.documentElement.scrollHeight,
    viewport: window.innerHeight,
  }));
  return { style, iframe: parseFloat(style), ...doc };
}

/** Waits until the iframe's height matches its document's body (within 2 px) and `also(m)` holds. */
async function settled(e, also = () => true, message = 'the iframe height matches the embedded body height') {
  await e.iframe.scrollIntoViewIfNeeded();
  return until(
    async () => {
      const m = await measure(e);
      return { ...m, ok: Math.abs(m.iframe - m.body) <= 2 && also(m) };
    },
    { message: `${e.selector}: ${message}` },
  );
}

/**
 * Records, in the partner page, the `marker` of every message it receives. Installed after
 * embed.js has run (its iframes exist), so embed.js's own listener, added earlier, has handled a
 * message by the time this one has recorded it: waiting for a marker then makes "the message
 * was ignored" a deterministic check, with no fixed sleep.
 */
async function recordMarkers(page) {
  await page.evaluate(() => {
    window.__markers = new Set();
    window.addEventListener('message', (event) => {
      if (event.data && event.data.marker) window.__markers.add(event.data.marker);
    });
  });
}
const delivered = (page, marker) =>
  page.waitForFunction((m) => window.__markers.has(m), marker, { timeout: 10_000 });

const params = (href) => Object.fromEntries(new URL(href).searchParams);

test('embed.js turns each placeholder into one titled, lazy iframe with the presets and embed=1', async () => {
  await withPartner('two.html', async (page) => {
    await page.locator('#adult > iframe').waitFor({ state: 'attached' });
    assert.equal(await page.locator('iframe').count(), 2, 'one iframe per placeholder');
    const attrs = (sel) =>
      page.locator(`${sel} > iframe`).evaluate((el) => ({
        src: el.src,
        title: el.getAttribute('title'),
        loading: el.getAttribute('loading'),
      }));
    const provider = await attrs('#provider');
    assert.equal(provider.title, 'Care Workforce Calculator');
    assert.equal(provider.loading, 'lazy');
    assert.ok(provider.src.startsWith(app.url), `${provider.src} is on the calculator's address ${app.url}`);
    assert.deepEqual(params(provider.src), { view: 'provider', staff: '120', turnover: '25', embed: '1' });

    const adult = await attrs('#adult');
    assert.equal(adult.title, 'Adult social care recruitment calculator', 'data-title names the iframe');
    assert.equal(adult.loading, 'lazy');
    assert.ok(adult.src.startsWith(app.url));
    // data-title is an option, not a URL parameter.
    assert.deepEqual(params(adult.src), { view: 'adult', horizon: '2027', embed: '1' });
  });
});

test('inside each iframe: the presets, no masthead or footer, every view, and a link to the full calculator', async () => {
  await withPartner('two.html', async (page) => {
    const provider = await embedded(page, '#provider');
    const f = provider.frame;
    assert.equal(await f.locator('h1').textContent(), "Your organisation's recruitment");
    assert.equal(await f.locator('#field-staff').inputValue(), '120');
    assert.equal(await f.locator('#field-turnover').inputValue(), '25');
    assert.ok((await f.locator('#results-table tbody tr').count()) > 0, 'results table');
    assert.equal(await f.locator('.masthead').count(), 0, 'no masthead in the embedded layout');
    assert.equal(await f.locator('footer').count(), 0, 'no page footer in the embedded layout');
    // Every view stays available, and its link keeps the embedded layout and the presets.
    const nav = await f.locator('nav a').evaluateAll((links) => links.map((a) => [a.textContent, a.href]));
    assert.deepEqual(
      nav.map(([name]) => name),
      ['Adult social care', "Children's social care", 'Your organisation', 'About the figures'],
    );
    for (const [name, href] of nav) assert.equal(params(href).embed, '1', `${name}: ${href} keeps embed=1`);
    const full = f.getByRole('link', { name: /Open the full calculator/ });
    const href = await full.getAttribute('href');
    const url = new URL(href);
    assert.equal(`${url.origin}${url.pathname}`, app.url, `${href} is the calculator's own address`);
    assert.deepEqual(params(href), { view: 'provider', staff: '120', turnover: '25' }, `${href}: same scenario, without embed=1`);
    assert.equal(await full.getAttribute('target'), '_blank');

    const adult = await embedded(page, '#adult');
    const g = adult.frame;
    assert.equal(await g.locator('h1').textContent(), 'Adult social care in Staffordshire');
    assert.equal(await g.locator('#field-horizon').inputValue(), '2027');
    assert.equal(await g.locator('#results-table tbody tr').last().getAttribute('data-year'), '2027');
    assert.equal(await g.locator('.masthead').count(), 0);
    assert.deepEqual(params(await g.getByRole('link', { name: /Open the full calculator/ }).getAttribute('href')), {
      view: 'adult',
      horizon: '2027',
    });
  });
});

test('the iframe is as tall as its page, and follows it when the view changes inside', async () => {
  await withPartner('two.html', async (page) => {
    const e = await embedded(page, '#provider');
    const start = await settled(e);
    assert.ok(start.iframe > 300, `a real height, not the placeholder's: ${JSON.stringify(start)}`);

    // "About the figures" is much longer: the page grows and the iframe with it.
    await e.frame.locator('nav a', { hasText: 'About the figures' }).click();
    await e.frame.locator('h1', { hasText: 'About the figures' }).waitFor();
    const about = await settled(e, (m) => m.iframe > start.iframe + 200, 'the iframe grows with the About view');

    // Back to the provider view: shorter again, and the iframe shrinks to its first height.
    await e.frame.locator('nav a', { hasText: 'Your organisation' }).click();
    await e.frame.locator('#field-staff').waitFor();
    const back = await settled(e, (m) => m.iframe < about.iframe - 200, 'the iframe shrinks back with the provider view');
    assert.ok(Math.abs(back.iframe - start.iframe) <= 2, `back to ${start.iframe}px: ${JSON.stringify(back)}`);
    // The presets survived the trip through another view.
    assert.equal(await e.frame.locator('#field-staff').inputValue(), '120');

    // The second calculator on the page sizes itself too.
    const adult = await embedded(page, '#adult');
    await settled(adult, (m) => m.iframe !== 900, 'the second iframe leaves its placeholder height');
  });
});

test('the embedded page never scrolls inside its iframe: the iframe fits the whole document', async () => {
  await withPartner('two.html', async (page) => {
    for (const selector of ['#provider', '#adult']) {
      const e = await embedded(page, selector);
      await until(
        async () => {
          const m = await measure(e);
          // The document (margins included) must fit the iframe's viewport, or an inner scrollbar shows.
          return { ...m, ok: Math.abs(m.iframe - m.body) <= 2 && m.document <= m.viewport + 1 };
        },
        { message: `${selector}: the embedded document fits its iframe (documentElement.scrollHeight <= innerHeight)` },
      );
    }
  });
});

test('height messages from any other window or origin are ignored', async () => {
  await withPartner('two.html', async (page) => {
    const provider = await embedded(page, '#provider');
    const adult = await embedded(page, '#adult');
    await settled(adult);
    await settled(provider);
    await recordMarkers(page);
    const before = { provider: await measure(provider), adult: await measure(adult) };
    const unchanged = async (what) => {
      for (const [name, e] of [['provider', provider], ['adult', adult]]) {
        assert.equal((await measure(e)).style, before[name].style, `${name} iframe after ${what}`);
      }
    };

    // 1. The partner's own window (right type and height, wrong source and origin).
    await page.evaluate((type) => window.postMessage({ type, height: 5, marker: 'partner-window' }, '*'), MESSAGE);
    await delivered(page, 'partner-window');
    await unchanged('a message from the partner window');

    // 2. An iframe from a third origin posting to its parent.
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.title = 'Another site';
      frame.src = src;
      frame.style.height = '60px';
      document.body.prepend(frame);
    }, `${third.url}poster.html`);
    await delivered(page, 'third-origin');
    await unchanged('a message from a third-origin iframe');

    // 3. A window of the calculator's own origin that is not one of these iframes: another copy of
    //    the app (embed=1, about view) posting its real height. Right origin, wrong source.
    await page.evaluate((src) => {
      window.__strangerHeights = [];
      const frame = document.createElement('iframe');
      frame.title = 'Another calculator window';
      frame.src = src;
      frame.style.height = '200px';
      window.addEventListener('message', (event) => {
        if (event.source === frame.contentWindow && event.data && event.data.type) window.__strangerHeights.push(event.data.height);
      });
      document.body.prepend(frame);
    }, `${app.url}?view=about&embed=1`);
    // (In view, or Chromium does not lay it out, and it posts nothing.)
    await page.locator('iframe[title="Another calculator window"]').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => window.__strangerHeights.length > 0, null, { timeout: 20_000 });
    const strangerHeights = await page.evaluate(() => window.__strangerHeights);
    assert.ok(strangerHeights.every((h) => h > 1000), `the stranger posted its real heights: ${strangerHeights}`);
    await unchanged("a message from another window of the calculator's origin");
    assert.equal(await page.evaluate(() => document.querySelector('iframe[title="Another calculator window"]').style.height), '200px');
    // And both calculators still fit their pages.
    await settled(provider);
    await settled(adult);

    // 4. The iframe's own window after it has navigated to another site (say, through a link
    //    inside it): the same window as far as the partner can tell, but another origin.
    const adultHeight = (await measure(adult)).style;
    await adult.frame.goto(`${third.url}poster.html?marker=navigated-away`);
    await delivered(page, 'navigated-away');
    assert.equal(await adult.iframe.evaluate((el) => el.style.height), adultHeight, 'a message from the iframe once on another origin');
    assert.equal((await measure(provider)).style, before.provider.style);
  });
});

test("invalid heights from the calculator's own iframe are ignored", async () => {
  await withPartner('two.html', async (page) => {
    const e = await embedded(page, '#provider');
    const start = await settled(e);
    await recordMarkers(page);
    const post = (message) => e.frame.evaluate((m) => window.parent.postMessage(m, '*'), message);

    // Control: a valid message from the iframe's own window is followed (a height taller than the
    // page, so the page's layout, and so its own height message, does not change).
    const control = Math.ceil(start.body) + 123;
    await post({ type: MESSAGE, height: control, marker: 'control' });
    await delivered(page, 'control');
    assert.equal((await measure(e)).style, `${control}px`, 'a valid height from the iframe is applied');

    const invalid = [
      ['negative', -40],
      ['zero', 0],
      ['NaN', NaN],
      ['Infinity', Infinity],
      ['huge (1e6)', 1e6],
      ['huge (1e9)', 1e9],
      ['a string', '600'],
      ['null', null],
      ['missing', undefined],
    ];
    for (const [i, [name, height]] of invalid.entries()) {
      const message = { type: MESSAGE, marker: `invalid-${i}` };
      if (height !== undefined) message.height = height;
      await post(message);
      await delivered(page, `invalid-${i}`);
      assert.equal((await measure(e)).style, `${control}px`, `a ${name} height is ignored`);
    }
    await post({ type: 'some-other-widget:height', height: 600, marker: 'other-type' });
    await delivered(page, 'other-type');
    assert.equal((await measure(e)).style, `${control}px`, 'a message of another type is ignored');
    await post({ height: 600, marker: 'no-type' });
    await delivered(page, 'no-type');
    assert.equal((await measure(e)).style, `${control}px`, 'a message without a type is ignored');

    // Put the real height back; the iframe fits its page again.
    await post({ type: MESSAGE, height: start.body, marker: 'restore' });
    await delivered(page, 'restore');
    await settled(e);
  });
});

test('options: data-height before the first message, data-src for another deployment; reserved names are not parameters', async () => {
  partner.pages.set(
    '/options.html',
    partnerPage(`
<div id="quiet" data-care-workforce-calculator data-src="${third.url}quiet.html" data-height="321" data-title="Quiet page"></div>
<div id="elsewhere" data-care-workforce-calculator data-src="${otherApp.url}" data-view="children" data-sw="500"></div>
<script src="${app.url}embed.js" async></script>`),
  );
  await withPartner('options.html', async (page) => {
    const quiet = page.locator('#quiet > iframe');
    await quiet.waitFor({ state: 'attached' });
    assert.equal(await quiet.evaluate((el) => el.style.height), '321px', 'data-height is the height until a message comes');
    const quietSrc = await quiet.evaluate((el) => el.src);
    assert.equal(`${new URL(quietSrc).origin}${new URL(quietSrc).pathname}`, `${third.url}quiet.html`);
    assert.deepEqual(params(quietSrc), { embed: '1' }, 'data-src, data-height and data-title are not URL parameters');

    const e = await embedded(page, '#elsewhere');
    const src = await e.iframe.evaluate((el) => el.src);
    assert.ok(src.startsWith(otherApp.url), `${src} is on data-src ${otherApp.url}`);
    assert.deepEqual(params(src), { view: 'children', sw: '500', embed: '1' });
    assert.equal(await e.frame.locator('#field-sw').inputValue(), '500');
    // Its height messages come from data-src's origin, and are followed.
    await settled(e, (m) => m.iframe !== 900);
    assert.equal(await quiet.evaluate((el) => el.style.height), '321px');
  });
});

test("the Embed panel's code, pasted into a partner's page, shows the same scenarios", async () => {
  // Two scenarios set up in the full calculator, each copied from its Embed panel.
  const scenarios = [
    {
      query: '?view=provider',
      fields: [['staff', '75'], ['turnover', '18.5'], ['years', '8']],
      checks: [],
      data: { view: 'provider', staff: '75', turnover: '18.5', years: '8' },
    },
    {
      query: '?view=adult',
      fields: [['turnover', '28'], ['horizon', '2035']],
      checks: ['vacancies'],
      data: { view: 'adult', turnover: '28', horizon: '2035', vacancies: '1' },
    },
  ];
  for (const s of scenarios) {
    const page = await openPage(browser, `${app.url}${s.query}`);
    try {
      for (const [id, value] of s.fields) await page.locator(`#field-${id}`).fill(value);
      for (const id of s.checks) await page.locator(`#field-${id}`).check();
      const last = s.checks.at(-1) ?? s.fields.at(-1)[0];
      await page.waitForFunction((key) => new URLSearchParams(location.search).has(key), last);
      await page.locator('details.embed summary').click();
      s.snippet = await page.locator('#embed-snippet').inputValue();
      s.iframe = await page.locator('#embed-iframe').inputValue();
      s.results = await page.locator('#results-table').textContent();
      s.headline = await page.locator('#headline').textContent();
      assert.deepEqual(page.errors(), [], 'console errors in the full calculator');
    } finally {
      await page.close();
    }
    assert.ok(s.snippet.includes(`<script src="${app.url}embed.js" async></script>`), `the snippet loads embed.js from the calculator's folder:\n${s.snippet}`);
    const attrs = Object.fromEntries([...s.snippet.matchAll(/ data-([a-z-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    assert.deepEqual(attrs, s.data, `the snippet's data-* attributes:\n${s.snippet}`);
    assert.match(s.snippet, /^<div data-care-workforce-calculator[ >]/);
  }

  // Both snippets pasted, one after the other, into one partner page (the script twice).
  partner.pages.set(
    '/pasted.html',
    partnerPage(`<section id="first">\n${scenarios[0].snippet}\n</section>\n<section id="second">\n${scenarios[1].snippet}\n</section>`),
  );
  await withPartner('pasted.html', async (page) => {
    assert.equal(await page.locator('#first iframe').count(), 1);
    for (const [i, where] of [[0, '#first'], [1, '#second']]) {
      const s = scenarios[i];
      const e = await embedded(page, `${where} > div`);
      assert.equal(await page.locator(`${where} iframe`).count(), 1, `${where}: one iframe, however often the script is included`);
      for (const [id, value] of s.fields) assert.equal(await e.frame.locator(`#field-${id}`).inputValue(), value, `${where} #field-${id}`);
      for (const id of s.checks) assert.ok(await e.frame.locator(`#field-${id}`).isChecked(), `${where} #field-${id}`);
      assert.equal(await e.frame.locator('#results-table').textContent(), s.results, `${where}: the same results`);
      assert.equal(await e.frame.locator('#headline').textContent(), s.headline);
      assert.equal(await e.frame.locator('.masthead').count(), 0);
      await settled(e);
    }
  });

  // The plain iframe, for sites that allow no scripts.
  partner.pages.set('/fallback.html', partnerPage(`<div id="plain">\n${scenarios[0].iframe}\n</div>`));
  await withPartner('fallback.html', async (page) => {
    const iframe = page.locator('#plain > iframe');
    assert.equal(await iframe.getAttribute('title'), 'Care Workforce Calculator');
    assert.equal(await iframe.getAttribute('loading'), 'lazy');
    const src = await iframe.evaluate((el) => el.src);
    assert.ok(src.startsWith(app.url), src);
    assert.deepEqual(params(src), { ...scenarios[0].data, embed: '1' });
    const e = await embedded(page, '#plain');
    for (const [id, value] of scenarios[0].fields) assert.equal(await e.frame.locator(`#field-${id}`).inputValue(), value);
    assert.equal(await e.frame.locator('#results-table').textContent(), scenarios[0].results);
    assert.equal(await e.frame.locator('.masthead').count(), 0);
  });
});

test('"Copy link" works inside the embedded calculator (the iframe allows clipboard-write)', async () => {
  // A cross-origin iframe may use the clipboard only if its iframe element allows it
  // (allow="clipboard-write"); otherwise Chromium blocks the copy and logs a permissions-policy error.
  const page = await openPage(browser, `${partner.url}two.html`, {
    waitFor: 'iframe',
    context: { permissions: ['clipboard-read', 'clipboard-write'] },
  });
  try {
    const e = await embedded(page, '#provider');
    await e.frame.getByRole('button', { name: 'Copy link' }).click();
    const status = e.frame.locator('.share__status').first();
    await until(async () => ({ text: await status.textContent(), ok: (await status.textContent()) !== '' }), {
      message: 'the copy button reports back',
    });
    assert.match(await status.textContent(), /^Link copied/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.deepEqual(params(copied), { view: 'provider', staff: '120', turnover: '25' }, `copied ${copied}: the full calculator's link`);
    assert.deepEqual(page.errors(), [], 'console errors or page errors in the partner page or its frames');
  } finally {
    await page.close();
  }
});

test('"Copy link" works in the plain-iframe fallback too (its code allows clipboard-write)', async () => {
  const full = await openPage(browser, `${app.url}?view=children&sw=450`);
  let code;
  try {
    await full.locator('details.embed summary').click();
    code = await full.locator('#embed-iframe').inputValue();
  } finally {
    await full.close();
  }
  partner.pages.set('/fallback-copy.html', partnerPage(`<div id="plain">\n${code}\n</div>`));
  const page = await openPage(browser, `${partner.url}fallback-copy.html`, {
    waitFor: 'iframe',
    context: { permissions: ['clipboard-read', 'clipboard-write'] },
  });
  try {
    const e = await embedded(page, '#plain');
    await e.frame.getByRole('button', { name: 'Copy link' }).click();
    const status = e.frame.locator('.share__status').first();
    await until(async () => ({ text: await status.textContent(), ok: (await status.textContent()) !== '' }), {
      message: 'the copy button reports back',
    });
    assert.match(await status.textContent(), /^Link copied/, `with the code ${code}`);
    assert.deepEqual(params(await page.evaluate(() => navigator.clipboard.readText())), { view: 'children', sw: '450' });
    assert.deepEqual(page.errors(), [], 'console errors or page errors in the partner page or its frames');
  } finally {
    await page.close();
  }
});
