// Publishing: dist/ as the council's web team hosts it (docs/publishing.md). Served from a plain
// static server under the sub-path /care/workforce/ with the documented response headers,
// including the strict Content-Security-Policy, every view runs with no CSP violation and no
// console error, embedded or not, in every engine; file names are hashed and referenced relatively, and embed.js
// keeps a stable name. The headers are read from docs/publishing.md, so the documented policy is
// the tested one.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from './support/server.mjs';
import { resultsOf } from './support/results.mjs';
import { launch, openPage } from './support/browser.mjs';
import { ENGINES, useEngine } from './support/engines.mjs';
import { startPageServer, partnerPage } from './fixtures/page-server.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = `${ROOT}dist/`;
const DOC = `${ROOT}docs/publishing.md`;
const BASE = '/care/workforce/';

/** The response headers docs/publishing.md recommends: its `Name: value` lines. */
function documentedHeaders() {
  const doc = readFileSync(DOC, 'utf8');
  const header = (name) => {
    const m = doc.match(new RegExp(`^${name}: (.+)$`, 'm'));
    assert.ok(m, `docs/publishing.md has a "${name}: ..." line`);
    return m[1].trim();
  };
  return {
    doc,
    headers: {
      'Content-Security-Policy': header('Content-Security-Policy'),
      'X-Content-Type-Options': header('X-Content-Type-Options'),
      'Referrer-Policy': header('Referrer-Policy'),
    },
  };
}

/** A CSP as a map of directive -> source list. */
const directives = (policy) =>
  Object.fromEntries(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );

// Runs in every frame before the page's own scripts: collects CSP violations.
const WATCH_CSP = () => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push({
      directive: e.effectiveDirective || e.violatedDirective,
      blocked: e.blockedURI,
      sample: e.sample,
      source: `${e.sourceFile}:${e.lineNumber}`,
    });
  });
};

let headers;
let app; // dist/ under /care/workforce/ with the documented headers
let browser;
// openPage() calls browser.newPage(); this one also watches every frame for CSP violations.
const watching = {
  newPage: async (options) => {
    const page = await browser.newPage(options);
    await page.addInitScript(WATCH_CSP);
    return page;
  },
};

before(async () => {
  assert.ok(existsSync(`${DIST}index.html`), `${DIST}index.html is missing: run ./dev build first`);
  assert.ok(existsSync(DOC), 'docs/publishing.md is missing');
  headers = documentedHeaders().headers;
  app = await startServer({ root: DIST, basePath: BASE, headers });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await app?.close();
});

/** The CSP violations seen so far in every frame of `page`. */
async function violations(page) {
  const all = [];
  for (const frame of page.frames()) {
    const seen = await frame.evaluate(() => window.__cspViolations ?? []).catch(() => []);
    all.push(...seen.map((v) => ({ frame: frame.url(), ...v })));
  }
  return all;
}

/** Opens `url` under the documented headers, runs `body(page)`, then: no CSP violation, no console problem. */
async function withPage(url, body, options = {}) {
  const page = await openPage(watching, url, options);
  try {
    await body(page);
    assert.deepEqual(await violations(page), [], 'Content-Security-Policy violations');
    assert.deepEqual(page.problems, [], 'console errors or warnings (a blocked resource is logged here too)');
  } finally {
    await page.close();
  }
}


test('the documented Content-Security-Policy is strict: nothing unsafe but wasm-unsafe-eval', () => {
  const policy = headers['Content-Security-Policy'];
  const d = directives(policy);
  assert.deepEqual(d['default-src'], ["'self'"]);
  assert.deepEqual(d['script-src'], ["'self'", "'wasm-unsafe-eval'"]);
  assert.deepEqual(d['style-src'], ["'self'"]);
  assert.deepEqual(d['object-src'], ["'none'"]);
  assert.deepEqual(d['base-uri'], ["'self'"]);
  assert.ok(d['frame-ancestors'], 'frame-ancestors says who may embed the calculator');
  for (const [name, sources] of Object.entries(d)) {
    for (const s of sources) {
      assert.ok(!/^'unsafe-(inline|eval|hashes)'$/.test(s), `${name} ${s}`);
      assert.ok(!/^(data|blob|https?):?$/.test(s) || name === 'img-src', `${name} allows any ${s}`);
    }
  }
  assert.equal(headers['X-Content-Type-Options'], 'nosniff');
  // Every server example in the document uses the same policy.
  const { doc } = documentedHeaders();
  assert.ok(doc.split(policy).length - 1 >= 3, 'the header line and the nginx and Apache examples carry the same policy');
});

// Each view under the documented headers, in every engine (support/engines.mjs): its page
// recorder also records Content-Security-Policy violations (securitypolicyviolation events).
const VIEWS = [
  {
    query: '?view=adult',
    check: async (page) => {
      assert.equal(await page.text('h1'), 'Adult social care in Staffordshire');
      assert.match(await resultsOf(page).row(2032), /34,948/);
    },
  },
  {
    query: '?view=children',
    check: async (page) => {
      assert.equal(await page.text('h1'), "Children's social care in Staffordshire County Council");
      assert.ok((await page.count('#results-table tbody tr')) > 0);
    },
  },
  {
    query: '?view=provider',
    check: async (page) => {
      assert.equal(await page.text('h1'), "Your organisation's recruitment");
      assert.ok((await page.count('#results-table tbody tr')) > 0);
    },
  },
  {
    query: '?view=about',
    check: async (page) => {
      assert.equal(await page.text('h1'), 'About the figures');
    },
  },
  {
    query: '?view=adult&turnover=abc',
    check: async (page) => {
      await page.waitFor('.error-summary');
      assert.equal(await page.text('.error-summary a'), 'Staff turnover must be a number, like 32.2');
      assert.match(await resultsOf(page).row(2032), /34,948/);
    },
  },
  {
    query: '?view=provider&staff=120&embed=1',
    check: async (page) => {
      assert.equal(await page.count('.masthead'), 0);
      assert.equal(await page.value('#field-staff'), '120');
      assert.ok((await page.count('#results-table tbody tr')) > 0);
    },
  },
];

for (const engineName of ENGINES) {
  describe(engineName, () => {
    const engine = useEngine(engineName);
    for (const v of VIEWS) {
      test(`${engineName} ${BASE}${v.query} under the documented headers: runs, with no CSP violation`, async () => {
        const url = `${app.url}${v.query}`;
        const served = await fetch(url);
        assert.equal(served.headers.get('content-security-policy'), headers['Content-Security-Policy'], 'the page is served with the documented CSP');
        await engine.withPage(url, async (page) => {
          await page.waitFor('#main h1');
          await v.check(page);
        });
      });
    }
  });
}

test('under the documented headers: typing, the embed panel, copying and the CSV download all work', async () => {
  const context = { permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true };
  await withPage(
    `${app.url}?view=adult`,
    async (page) => {
      await page.locator('#field-turnover').fill('28');
      await page.locator('#field-vacancies').check();
      await page.waitForFunction(() => location.search.includes('turnover=28') && location.search.includes('vacancies=1'));
      // The new total, then the published strategy's beside it.
      // (a difference that is not zero: the new total is not the published one).
      assert.match(await resultsOf(page).row(2032), /^2032 published year.*34,948-?[1-9][0-9,]*$/);
      // The URL keeps the sub-path.
      assert.equal(new URL(page.url()).pathname, BASE);
      await page.locator('details.embed summary').click();
      const snippet = await page.locator('#embed-snippet').inputValue();
      assert.ok(snippet.includes(`src="${app.url}embed.js"`), `the snippet points to embed.js in the same folder:\n${snippet}`);
      await page.getByRole('button', { name: 'Copy link' }).click();
      await page.locator('.share__status').filter({ hasText: 'Link copied' }).waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download CSV' }).click(),
      ]);
      assert.equal(download.suggestedFilename(), 'care-workforce-adult-turnover28-vacancies1.csv');
      // Back to another view through the navigation (history.pushState under the sub-path).
      await page.getByRole('link', { name: 'About the figures' }).click();
      await page.locator('h1', { hasText: 'About the figures' }).waitFor();
      assert.equal(new URL(page.url()).pathname, BASE);
    },
    { context },
  );
});

test('under the documented headers: a chart downloads as PNG, drawn from a blob: image (img-src blob:)', async () => {
  await withPage(`${app.url}?view=provider&target=10`, async (page) => {
    await page.locator('#target-answer').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#workforce-chart-png').click()]);
    assert.equal(download.suggestedFilename(), 'care-workforce-provider-workforce-chart.png');
    const bytes = readFileSync(await download.path());
    assert.equal(bytes.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', 'a PNG');
    assert.ok(bytes.readUInt32BE(16) > 1000, 'drawn at twice the CSS size');
  });
});

test("embedded under the documented headers by a partner on another origin (frame-ancestors), and under a partner's own strict CSP", async () => {
  // The partner's own policy needs only the calculator's origin for the script and the frame.
  const calculator = new URL(app.url).origin;
  const partner = await startPageServer({
    headers: {
      'Content-Security-Policy': `default-src 'self'; script-src ${calculator}; frame-src ${calculator}; style-src 'self' 'unsafe-inline'`,
    },
  });
  try {
    partner.pages.set(
      '/page.html',
      partnerPage(`<div id="calc" data-care-workforce-calculator data-view="provider" data-staff="120"></div>
<script src="${app.url}embed.js" async></script>`),
    );
    await withPage(
      `${partner.url}page.html`,
      async (page) => {
        const iframe = page.locator('#calc > iframe');
        await iframe.waitFor({ state: 'attached' });
        const frame = await (await iframe.elementHandle()).contentFrame();
        await frame.locator('#field-staff').waitFor({ timeout: 20_000 });
        assert.equal(await frame.locator('#field-staff').inputValue(), '120');
        assert.equal(await frame.locator('.masthead').count(), 0);
        // It sizes itself: the height messages pass both pages' policies.
        const deadline = Date.now() + 15_000;
        let last;
        for (;;) {
          const body = await frame.evaluate(() => document.body.getBoundingClientRect().height);
          const height = parseFloat(await iframe.evaluate((el) => el.style.height));
          last = { body, height };
          if (Math.abs(body - height) <= 2) break;
          assert.ok(Date.now() < deadline, `the iframe follows its page's height: ${JSON.stringify(last)}`);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      },
      { waitFor: 'iframe' },
    );
  } finally {
    await partner.close();
  }
});

test('frame-ancestors may list the partner origins instead of *', async () => {
  const partner = await startPageServer();
  const policy = headers['Content-Security-Policy'].replace(/frame-ancestors [^;]+/, `frame-ancestors 'self' ${partner.origin}`);
  assert.ok(policy.includes(`frame-ancestors 'self' ${partner.origin}`), policy);
  const listed = { ...headers, 'Content-Security-Policy': policy };
  const strict = await startServer({ root: DIST, basePath: BASE, headers: listed });
  try {
    partner.pages.set('/page.html', partnerPage(`<div id="calc" data-care-workforce-calculator data-view="children"></div>\n<script src="${strict.url}embed.js" async></script>`));
    await withPage(
      `${partner.url}page.html`,
      async (page) => {
        const iframe = page.locator('#calc > iframe');
        await iframe.waitFor({ state: 'attached' });
        const frame = await (await iframe.elementHandle()).contentFrame();
        await frame.locator('#field-sw').waitFor({ timeout: 20_000 });
      },
      { waitFor: 'iframe' },
    );
  } finally {
    await strict.close();
    await partner.close();
  }
});

test('dist/: hashed asset names referenced relatively (any sub-path works); embed.js at a stable name', () => {
  const files = readdirSync(DIST).filter((f) => !f.startsWith('.'));
  const assets = files.filter((f) => /\.(js|wasm|css)$/.test(f) && f !== 'embed.js');
  const HASHED = /^[a-z][a-z0-9_-]*?-[0-9a-f]{8,}(_bg)?\.(js|wasm|css)$/;
  assert.ok(assets.length >= 4, `the app's assets: ${files}`);
  for (const f of assets) assert.match(f, HASHED, `${f} carries a content hash`);
  const one = (re, what) => {
    const found = files.filter((f) => re.test(f));
    assert.equal(found.length, 1, `exactly one ${what} in dist/: ${found}`);
    return found[0];
  };
  const start = one(/^start-[0-9a-f]{8,}\.js$/, 'start-up script');
  const glue = one(/^care-workforce-[0-9a-f]{8,}\.js$/, 'wasm-bindgen glue');
  const wasm = one(/^care-workforce-[0-9a-f]{8,}_bg\.wasm$/, 'WebAssembly module');
  const css = one(/^main-[0-9a-f]{8,}\.css$/, 'stylesheet');

  // embed.js: a stable name partners can rely on, the file from static/.
  assert.ok(files.includes('embed.js'), 'dist/embed.js');
  assert.equal(readFileSync(`${DIST}embed.js`, 'utf8'), readFileSync(`${ROOT}static/embed.js`, 'utf8'));

  const html = readFileSync(`${DIST}index.html`, 'utf8');
  const urls = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
  assert.ok(urls.length > 0);
  for (const u of urls) assert.ok(!/^([a-z][a-z0-9+.-]*:|\/)/i.test(u), `${u} in index.html is relative`);
  // Neither the Wasm nor its glue is preloaded (the pre-rendered figures come first, and the
  // app starts at the visitor's first use, docs/prerender.md): the start-up script loads them
  // (checked below).
  for (const f of [start, css]) assert.ok(urls.includes(`./${f}`), `index.html refers to ./${f}`);
  for (const f of [glue, wasm]) assert.ok(!urls.includes(`./${f}`), `index.html does not load ./${f} itself`);
  // Nothing inline, so the policy needs no 'unsafe-inline' and no per-release hash.
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) assert.match(tag, /\ssrc="/, `inline script in index.html: ${tag}`);
  assert.doesNotMatch(html, /<style\b/, 'no <style> element in index.html');
  assert.doesNotMatch(html, /\sstyle="/, 'no style attribute in index.html');
  assert.doesNotMatch(html, /\son[a-z]+="/, 'no inline event handler in index.html');

  // The start-up script loads the glue and the module relatively too.
  const startJs = readFileSync(`${DIST}${start}`, 'utf8');
  assert.ok(startJs.includes(`'./${glue}'`), `${start} imports ./${glue}`);
  assert.ok(startJs.includes(`'./${wasm}'`), `${start} loads ./${wasm}`);
});
