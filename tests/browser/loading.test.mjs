// While the app loads, and if it cannot (docs/prerender.md, "While the app loads"), in every
// engine: from the visitor's first edit on a pre-rendered page until the app has taken over, the
// page says the figures are being updated (once to screen readers) and veils every figure the
// edit will change; nothing moves; the app then takes over with the new figures and nothing of
// the loading state is left. If the Wasm cannot be loaded, a bar says so and that the figures
// are the published ones, covering nothing but the masthead at the top of the page. The Wasm is
// held back, or made to fail, by the test server, so this works the same in every engine.

import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { ENGINES, useEngine, axeAudit, MOUNTED } from './support/engines.mjs';
import { startServer } from './support/server.mjs';
import { DIST } from './support/harness.mjs';
import { launch as launchChromium } from './support/browser.mjs';

/** What the test server does with the Wasm: serve it, hold it back until released, or fail. */
const wasm = {
  gate: null,
  release: () => {},
  fail: null, // null, 'missing' (404) or 'corrupt' (bytes that are not WebAssembly)
  requests: 0,
  /** Holds every request for the Wasm back until `release()`. */
  hold() {
    this.gate = new Promise((resolve) => (this.release = resolve));
  },
  reset() {
    this.release();
    Object.assign(this, { gate: null, release: () => {}, fail: null, requests: 0 });
  },
  async respond(rel) {
    if (!rel.endsWith('_bg.wasm')) return undefined;
    this.requests += 1;
    if (this.gate) await this.gate;
    if (this.fail === 'missing') return { status: 404, body: 'Not found\n' };
    if (this.fail === 'corrupt') return { status: 200, body: 'this is not WebAssembly', type: 'application/wasm' };
    return undefined;
  },
};

assert.ok(existsSync(`${DIST}index.html`), `${DIST}index.html is missing: run ./dev build first`);
const server = await startServer({ root: DIST, respond: (rel) => wasm.respond(rel) });
after(() => {
  wasm.reset();
  return server.close();
});

const SCREENS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
const LOADING = 'Updating the figures for your changes. The calculator is still loading.';
const FAILED = 'The calculator could not load, so these are the published figures. Try again';
const NO_WASM = 'This browser cannot run the calculator, so these are the published figures.';
const PUBLISHED = 'Published figures, not updated for your changes: ';
// turnover 25% (published 32.2%), leavers staying 60% (published 63.9%): the 2032 total.
const EDITED_TOTAL = '30,825';

/** In the page: records every text the status region is given (what a screen reader hears). */
function recordAnnouncements() {
  const region = document.getElementById('startup-status');
  window.__announced = [];
  window.__shifts = [];
  const note = () => {
    const text = region.textContent.trim();
    if (text && text !== window.__announced.at(-1)) window.__announced.push(text);
  };
  new MutationObserver(note).observe(region, { childList: true, characterData: true, subtree: true });
  note();
  // Layout shifts (Chromium; the others have no such API), even those just after an input.
  if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  }
  return Boolean(region);
}

/** In the page: where the view's parts are on the page (not the screen). */
function places() {
  const parts = document.querySelectorAll('main h1, main h2, #headline, .lead, main form, .results, #results-table, .uncertainty, main input');
  // (Parts not rendered, such as the print-only brief's heading, have no place.)
  return [...parts].filter((el) => el.getClientRects().length > 0).map((el) => {
    const r = el.getBoundingClientRect();
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} ${Math.round(r.left)},${Math.round(r.top + scrollY)} ${Math.round(r.width)}x${Math.round(r.height)}`;
  });
}

/** In the page: the loading state as a visitor sees it. */
function loadingState() {
  const regions = [...document.querySelectorAll('#headline, .working, .results, .uncertainty')].map((region) => {
    const veil = region.querySelector(':scope > .startup-veil');
    const label = veil?.querySelector('.startup-veil__label');
    // The veil covers the part's padding box (its border, the headline's, stays as it is).
    const r = region.getBoundingClientRect();
    const inner = { left: r.left + region.clientLeft, top: r.top + region.clientTop, right: r.left + region.clientLeft + region.clientWidth, bottom: r.top + region.clientTop + region.clientHeight };
    const v = veil?.getBoundingClientRect();
    const near = (a, b) => Math.abs(a - b) < 1;
    const heading = region.matches('p') ? region : region.querySelector('h2, summary');
    return {
      region: region.id || region.className.split(' ')[0],
      covered: Boolean(v) && near(v.top, inner.top) && near(v.bottom, inner.bottom) && near(v.left, inner.left) && near(v.right, inner.right),
      label: label?.textContent ?? null,
      labelInside: Boolean(label) && (() => {
        const l = label.getBoundingClientRect();
        return l.width > 10 && l.left >= inner.left - 1 && l.right <= inner.right + 1 && l.top >= inner.top - 1 && l.bottom <= inner.bottom + 1;
      })(),
      hiddenFromScreenReaders: veil?.getAttribute('aria-hidden') === 'true',
      note: heading.firstElementChild?.matches('.visually-hidden') ? heading.firstElementChild.textContent : null,
    };
  });
  // Nothing lies over the headline's label: at its centre, with the veil made to take the
  // pointer for the moment (it lets it through to the page), the label is what is hit.
  const headline = document.querySelector('#headline .startup-veil');
  headline.scrollIntoView({ block: 'center', behavior: 'instant' });
  headline.style.pointerEvents = 'auto';
  const hr = headline.firstElementChild.getBoundingClientRect();
  const onTop = headline.firstElementChild.contains(document.elementFromPoint(hr.left + hr.width / 2, hr.top + hr.height / 2));
  headline.style.pointerEvents = '';
  const recap = document.querySelector('.recap__text');
  const status = document.getElementById('startup-status');
  return {
    regions,
    headlineLabelOnTop: onTop,
    recap: recap ? [...recap.children].filter((c) => getComputedStyle(c).display !== 'none').map((c) => c.textContent.trim()).join(' ') : null,
    status: status ? { text: status.textContent.trim(), shown: status.getBoundingClientRect().height > 1 } : null,
    announced: window.__announced,
  };
}

/** In the page: the failure bar, and what it lies over at the top of the page. */
function failureState() {
  scrollTo(0, 0);
  const bar = document.getElementById('startup-status');
  const b = bar.getBoundingClientRect();
  const masthead = document.querySelector('.masthead').getBoundingClientRect();
  const rule = parseFloat(getComputedStyle(document.querySelector('.masthead')).borderBottomWidth);
  const over = [...document.querySelectorAll('a, button, input, label, legend, h1, h2, h3, [tabindex]')]
    .filter((el) => !bar.contains(el) && el.checkVisibility({ visibilityProperty: true }))
    .filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 1 && r.height > 1 && r.top < b.bottom - 1 && r.bottom > b.top + 1 && r.left < b.right && r.right > b.left;
    })
    .map((el) => `${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 30)}"`);
  const link = bar.querySelector('a');
  return {
    text: bar.textContent.trim(),
    position: getComputedStyle(bar).position,
    top: Math.round(b.top),
    bottom: Math.round(b.bottom),
    ruleTop: Math.round(masthead.bottom - rule),
    over,
    link: link ? { text: link.textContent, href: link.href, here: location.href } : null,
    veils: document.querySelectorAll('.startup-veil').length,
    notes: [...document.querySelectorAll('#headline, .working summary, #results-heading, #uncertainty-heading')].map((h) => h.firstElementChild?.textContent ?? null),
    recap: document.querySelector('.startup-recap')?.textContent ?? null,
    announced: window.__announced,
  };
}

const settle = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Waits until the app has shown `total` and its uncertainty section has caught up (it waits for typing to pause). */
async function answered(page, total) {
  await page.waitForFunction((t) => document.querySelector('#results-table tbody tr:last-child')?.textContent.includes(t), total);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
  await page.waitForFunction(() => document.querySelector('.uncertainty')?.getAttribute('aria-busy') === 'false');
  await page.evaluate(settle);
}

async function openHeld(engine, viewport) {
  wasm.reset();
  wasm.hold();
  const page = await engine.open(server.url, { viewport, waitFor: 'main h1' });
  assert.ok(await page.evaluate(recordAnnouncements), 'the start-up script put its status region in the page');
  return page;
}

const onlyOwnError = (problems) => problems.filter((p) => !/^The calculator could not start: /.test(p.text));

for (const engineName of ENGINES) {
  describe(engineName, () => {
    const engine = useEngine(engineName);

    for (const viewport of SCREENS) {
      test(`${engineName} ${viewport.width} px: an edit before the app runs veils the figures and says, once, that they are being updated, moving nothing; the app takes over with the new figures and nothing is left`, async () => {
        // What the visitor does: opens "How this figure is worked out" (its veil shows only
        // when open) and changes two assumptions.
        const edit = async (page) => {
          await page.click('details.working summary');
          await page.evaluate(settle);
          const opened = await page.evaluate(places);
          // From here every layout shift counts, even one just after an input.
          await page.evaluate(() => (window.__shifts = []));
          await page.fill('#field-turnover', '25');
          await page.fill('#field-stay', '60');
          await page.evaluate(settle);
          return opened;
        };
        // The page the app shows for those edits when it is already running.
        wasm.reset();
        const reference = await engine.open(server.url, { viewport });
        let expected;
        try {
          await edit(reference);
          await answered(reference, EDITED_TOTAL);
          expected = await reference.evaluate(places);
        } finally {
          await reference.close();
        }

        const page = await openHeld(engine, viewport);
        try {
          const before = await edit(page);
          const state = await page.evaluate(loadingState);
          assert.equal(await page.attribute('html', 'data-app'), null, 'the app has not started yet');
          assert.deepEqual(state.announced, [LOADING], 'announced once, for both edits');
          assert.deepEqual(state.status, { text: LOADING, shown: false }, 'for screen readers: the veils say it on screen');
          assert.deepEqual(
            state.regions.map((r) => [r.region, r.covered, r.label, r.labelInside, r.hiddenFromScreenReaders, r.note]),
            ['headline', 'working', 'results', 'uncertainty'].map((r) => [r, true, 'Updating the figures for your changes…', true, true, 'Not yet updated for your changes: ']),
            'every part with figures is veiled and labelled on screen, and has a note for screen readers',
          );
          assert.ok(state.headlineLabelOnTop, 'nothing covers the headline’s label');
          assert.equal(state.recap, 'Total new staff since 2022, 2032: Updating…', 'the running total says so instead of its figure');
          assert.deepEqual(await page.evaluate(places), before, 'nothing moved');
          assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'no layout shift from the edits on');
          assert.deepEqual(await axeAudit(page), [], 'axe, while loading');

          wasm.release();
          await page.waitFor(MOUNTED, { state: 'attached' });
          await answered(page, EDITED_TOTAL);
          const left = await page.evaluate(() => ({
            nodes: document.querySelectorAll('#startup-status, [class*="startup"]').length,
            text: /Updating the figures|Updating…|Not yet updated/.test(document.body.textContent),
            announced: window.__announced,
          }));
          assert.deepEqual(left, { nodes: 0, text: false, announced: [LOADING] }, 'nothing of the loading state is left');
          assert.equal(await page.value('#field-turnover'), '25');
          assert.equal(await page.value('#field-stay'), '60');
          // (The new headline is longer than the published one, so what follows it moves down,
          // as on any edit; arriving this late, that is a layout shift: docs/prerender.md.)
          assert.deepEqual(await page.evaluate(places), expected, 'laid out as the running app lays out the same edits');
          assert.deepEqual(await page.problems(), [], 'console problems');
        } finally {
          wasm.reset();
          await page.close();
        }
      });
    }

    // How the Wasm fails, and when: while the visitor waits after an edit, or before any edit
    // (the idle compile failed, and so did the retry at the first use).
    const FAILURES = [
      { name: 'is missing (404) while the visitor waits after an edit', fail: 'missing', edit: 'before', announced: [LOADING, FAILED], viewport: SCREENS[0] },
      { name: 'is not WebAssembly, found before any edit', fail: 'corrupt', edit: 'after', announced: [FAILED], viewport: SCREENS[1] },
    ];
    for (const f of FAILURES) {
      test(`${engineName} ${f.viewport.width} px: the Wasm ${f.name}: a bar says the calculator could not load and the figures are the published ones`, async () => {
        wasm.reset();
        if (f.edit === 'before') wasm.hold();
        else wasm.fail = f.fail;
        const page = await engine.open(server.url, { viewport: f.viewport, waitFor: 'main h1' });
        try {
          await page.evaluate(recordAnnouncements);
          await page.evaluate(settle);
          const before = await page.evaluate(places);
          if (f.edit === 'after') await page.waitForFunction(() => window.__testProblems.some((p) => /could not start/.test(p.text)));
          await page.fill('#field-turnover', '25');
          if (f.edit === 'before') {
            await page.waitFor('.startup-veil');
            wasm.fail = f.fail;
            wasm.release();
          }
          await page.waitFor('.startup-failed');
          await page.evaluate(settle);
          const state = await page.evaluate(failureState);
          assert.equal(state.text, FAILED);
          assert.equal(state.position, 'fixed');
          assert.deepEqual(state.announced, f.announced, 'what screen readers were told');
          assert.deepEqual(state.link, { text: 'Try again', href: state.link?.here, here: state.link?.here }, 'a link that reloads the page');
          assert.equal(state.top, 0);
          assert.ok(state.bottom <= state.ruleTop, `at the top of the page the bar takes the masthead's place, above its rule: ${JSON.stringify(state)}`);
          assert.deepEqual(state.over, [], 'the bar covers no heading, label, link or control at the top of the page');
          assert.equal(state.veils, 0, 'no veil: the published figures are what they are');
          assert.deepEqual([...new Set(state.notes)], [PUBLISHED], 'each part with figures says so to screen readers');
          assert.equal(state.recap, 'Not updated');
          assert.deepEqual(await page.evaluate(places), before, 'nothing moved');
          assert.deepEqual(await axeAudit(page), [], 'axe, after a failed load');
          assert.equal(await page.attribute('html', 'data-app'), null);
          const problems = await page.problems();
          assert.ok(problems.some((p) => p.type === 'error' && /^The calculator could not start: /.test(p.text)), 'the reason is in the console');
          assert.deepEqual(onlyOwnError(problems), [], 'no other console problem');
        } finally {
          wasm.reset();
          await page.close();
        }
      });
    }
  });
}

describe('chromium only', () => {
  test('a browser without WebAssembly: the first edit says the browser cannot run the calculator and the figures are the published ones', async () => {
    const browser = await launchChromium();
    try {
      wasm.reset();
      const page = await browser.newPage({ viewport: SCREENS[0] });
      await page.addInitScript(() => {
        delete window.WebAssembly;
      });
      await page.goto(server.url, { waitUntil: 'load' });
      await page.evaluate(recordAnnouncements);
      await page.mouse.move(5, 5);
      await page.locator('#field-turnover').fill('25');
      await page.locator('.startup-failed').waitFor();
      const state = await page.evaluate(failureState);
      assert.equal(state.text, NO_WASM);
      assert.equal(state.link, null, 'no point trying again');
      assert.deepEqual(state.announced, [NO_WASM]);
      assert.deepEqual(state.over, []);
      assert.equal(wasm.requests, 0, 'the Wasm is not fetched');
    } finally {
      await browser.close();
    }
  });

  test('a link to other figures still loading after 8 s shows the page, labelled; if the app then fails, the bar says the figures in the link are not shown', async () => {
    const browser = await launchChromium();
    try {
      wasm.reset();
      wasm.hold();
      const page = await browser.newPage({ viewport: SCREENS[1] });
      await page.goto(`${server.url}?view=adult&turnover=25`, { waitUntil: 'load' });
      await page.evaluate(recordAnnouncements);
      assert.equal(await page.locator('h1').isVisible(), false, 'hidden while the app loads');
      await page.locator('.startup-veil__label').first().waitFor({ timeout: 15_000 });
      assert.equal(await page.locator('h1').isVisible(), true, 'shown after 8 s');
      const state = await page.evaluate(loadingState);
      assert.deepEqual([...new Set(state.regions.map((r) => r.label))], ['Loading the figures in your link…']);
      assert.deepEqual(state.announced, ['Loading the figures in your link. The calculator is still loading.']);
      wasm.fail = 'missing';
      wasm.release();
      await page.locator('.startup-failed').waitFor();
      const failed = await page.evaluate(failureState);
      assert.equal(failed.text, FAILED);
      assert.deepEqual([...new Set(failed.notes)], ['Published figures, not the ones in your link: ']);
    } finally {
      wasm.reset();
      await browser.close();
    }
  });
});
