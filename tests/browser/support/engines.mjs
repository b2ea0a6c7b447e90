// One way to drive Chromium, Firefox ESR and WebKitGTK, so a browser test is written once and
// run in each engine (/work/shared/TOOLCHAIN.md, "Firefox and WebKit here"; Playwright cannot
// drive Debian's Firefox and WebKit builds):
//
//   chromium  playwright-core with Debian's /usr/bin/chromium (support/browser.mjs)
//   firefox   puppeteer-core over WebDriver BiDi with Debian's /usr/bin/firefox-esr
//   webkit    selenium-webdriver with WebKitWebDriver and MiniBrowser under Xvfb; the page is laid
//             out in an iframe of the asked size at the top left of the window (the window
//             cannot be narrower than about 447 px), and every operation acts inside it. The
//             window's page comes from a loopback server of the engine's own.
//
//   for (const name of ENGINES) describe(name, () => {
//     const engine = useEngine(name);                  // launched before the tests, closed after
//     test('...', async () => {
//       const page = await engine.open(url, { viewport: { width: 390, height: 844 } });
//       await page.fill('#field-turnover', '20');
//       await page.waitForFunction(() => location.search.includes('turnover=20'));
//       assert.deepEqual(await page.problems(), []);
//       await page.close();
//     });
//   });
//
// Everything a test reads, it reads with `evaluate` (a function run in the page, with one
// JSON argument), so it reads the same in every engine. Clicks and typing are real pointer and
// key events at the element's place on screen, after scrolling it to the middle of the screen;
// an element covered by another (say, a sticky box) cannot be clicked, as a person could not.
// Console problems come from support/problem-recorder.js, which support/server.mjs puts in
// every page it serves: a page from elsewhere has none, and `problems()` then fails.
//
// BROWSER_ENGINES=chromium,firefox (comma-separated) narrows ENGINES, e.g. while working on a test.

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import puppeteer from 'puppeteer-core';
import { Builder, Origin, Key } from 'selenium-webdriver';
import { launch as launchChromium, AXE_TAGS } from './browser.mjs';

const require = createRequire(import.meta.url);

export const ALL_ENGINES = ['chromium', 'firefox', 'webkit'];

export const ENGINES = (() => {
  const asked = (process.env.BROWSER_ENGINES ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const name of asked) {
    if (!ALL_ENGINES.includes(name)) throw new Error(`BROWSER_ENGINES: unknown engine "${name}" (known: ${ALL_ENGINES.join(', ')})`);
  }
  return asked.length ? ALL_ENGINES.filter((name) => asked.includes(name)) : ALL_ENGINES;
})();

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const MINIBROWSER_PATH = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** The selector that exists once the app has taken over the page (pre-rendered or not). */
export const MOUNTED = 'html[data-app="mounted"] main';

export const DEFAULT_VIEWPORT = { width: 1280, height: 800 };

/** Launches the engine `name` before the tests of the enclosing suite and closes it after them. */
export function useEngine(name) {
  const holder = {
    name,
    engine: null,
    open: (url, options) => holder.engine.open(url, options),
    /** Opens `url`, runs `body(page)`, then checks the page had no console problem, and closes it. */
    async withPage(url, body, options) {
      const page = await holder.engine.open(url, options);
      try {
        await body(page);
        assert.deepEqual(await page.problems(), [], `${name}: console problems`);
      } finally {
        await page.close();
      }
    },
  };
  before(async () => {
    holder.engine = await launch(name);
  });
  after(async () => {
    await holder.engine?.close();
  });
  return holder;
}

/** Launches an engine: `{ name, open(url, options) → Page, close() }`. */
export async function launch(name) {
  const start = { chromium: chromiumEngine, firefox: firefoxEngine, webkit: webkitEngine }[name];
  if (!start) throw new Error(`unknown engine "${name}" (known: ${ALL_ENGINES.join(', ')})`);
  const adapter = await start();
  return {
    name,
    /**
     * Opens `url` in a fresh page of `viewport` CSS px (default 1280 x 800), moves the pointer
     * over it (a visitor's first use starts the app on a pre-rendered page) and waits for
     * `waitFor` (default: the app has taken over the page; null: just the load event).
     */
    async open(url, { viewport = DEFAULT_VIEWPORT, waitFor = MOUNTED, timeout = 20_000 } = {}) {
      const driver = await adapter.newPage(viewport);
      const page = new Page(name, driver, viewport);
      try {
        await page.goto(url, { waitFor, timeout });
      } catch (err) {
        const problems = await page.problems().catch(() => []);
        await page.close().catch(() => {});
        const detail = problems.map((p) => `  [${p.type}] ${p.text}`).join('\n') || '  (none recorded)';
        throw new Error(`${name}: open(${url}): ${err.message}\nconsole problems:\n${detail}`);
      }
      return page;
    },
    close: () => adapter.close(),
  };
}

// Runs in the page: the element `spec` names ({ selector, hasText, nth }), or null.
const FIND = function find(spec) {
  let all = [...document.querySelectorAll(spec.selector)];
  if (spec.hasText != null) all = all.filter((el) => el.textContent.includes(spec.hasText));
  return all[spec.nth ?? 0] ?? null;
};

const describeSpec = ({ selector, hasText, nth }) =>
  `${selector}${hasText != null ? ` with text ${JSON.stringify(hasText)}` : ''}${nth ? ` #${nth}` : ''}`;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A page in any engine. Selectors are CSS selectors; `hasText` narrows to elements whose text contains it. */
export class Page {
  constructor(engine, driver, viewport) {
    this.engine = engine;
    this.viewport = viewport;
    this.driver = driver;
  }

  /** Loads `url`, moves the pointer over the page, and waits for `waitFor` (a selector, or null). */
  async goto(url, { waitFor = MOUNTED, timeout = 20_000 } = {}) {
    await this.driver.goto(url, timeout);
    // Two moves: a window kept from an earlier page (WebKit) may have the pointer at one of
    // these places already, and a move to where it is makes no event.
    await this.driver.mouseMove(10, 10);
    await this.driver.mouseMove(5, 5);
    if (waitFor) await this.waitFor(waitFor, { state: 'attached', timeout });
  }

  /** Runs `fn(arg)` in the page (`arg` is passed as JSON) and returns its result (awaited if a promise). */
  evaluate(fn, arg) {
    return this.driver.evaluate(`(${fn})(${arg === undefined ? '' : JSON.stringify(arg)})`);
  }

  /** Evaluates a script's source text in the page (e.g. a library's file). */
  evaluateScript(source) {
    return this.driver.evaluate(`(() => { ${source}\n})()`);
  }

  /** Waits until `fn(arg)` returns something truthy in the page, and returns it. */
  async waitForFunction(fn, arg, { timeout = 10_000, message } = {}) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        last = await this.evaluate(fn, arg);
        if (last) return last;
      } catch (err) {
        last = err.message; // the page may be between documents
      }
      if (Date.now() > deadline) {
        throw new Error(`${this.engine}: ${message ?? `waited ${timeout} ms for ${fn}`} (last: ${JSON.stringify(last)})`);
      }
      await sleep(50);
    }
  }

  /** Waits until the element is 'visible' (default), 'attached' or 'detached'. */
  waitFor(selector, { state = 'visible', hasText, timeout = 10_000 } = {}) {
    const spec = { selector, hasText, state };
    return this.waitForFunction(
      `(spec) => {
        const el = (${FIND})(spec);
        if (spec.state === 'detached') return !el;
        if (!el) return false;
        return spec.state === 'attached' || el.checkVisibility({ visibilityProperty: true });
      }`,
      spec,
      { timeout, message: `waited ${timeout} ms for ${describeSpec(spec)} to be ${state}` },
    );
  }

  /** The text of an element (textContent), or null if there is none. */
  text(selector, { hasText, nth } = {}) {
    return this.evaluate(`(spec) => (${FIND})(spec)?.textContent ?? null`, { selector, hasText, nth });
  }

  /** The texts of every element matching `selector`. */
  texts(selector) {
    return this.evaluate((s) => [...document.querySelectorAll(s)].map((el) => el.textContent), selector);
  }

  /** How many elements match `selector`. */
  count(selector) {
    return this.evaluate((s) => document.querySelectorAll(s).length, selector);
  }

  /** An input's current value. */
  value(selector) {
    return this.evaluate(`(spec) => (${FIND})(spec)?.value ?? null`, { selector });
  }

  /** An attribute of an element, or null. */
  attribute(selector, name, { hasText } = {}) {
    return this.evaluate(`(spec) => (${FIND})(spec)?.getAttribute(spec.name) ?? null`, { selector, hasText, name });
  }

  /**
   * Scrolls the element to the middle of the screen and returns the point a person would press:
   * its centre, which must show the element itself (not something over it).
   */
  async #target(spec) {
    const found = await this.evaluate(
      `(spec) => {
        const el = (${FIND})(spec);
        if (!el) return { missing: true };
        el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
        const r = el.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        const hit = document.elementFromPoint(x, y);
        const ok = hit === el || el.contains(hit) || (hit?.tagName === 'LABEL' && hit.control === el);
        const name = (e) => e ? e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '') : 'nothing';
        return { x, y, ok, width: r.width, height: r.height, hit: name(hit) };
      }`,
      spec,
    );
    if (found.missing) throw new Error(`${this.engine}: no ${describeSpec(spec)}`);
    if (!(found.width > 0 && found.height > 0)) throw new Error(`${this.engine}: ${describeSpec(spec)} is not shown`);
    if (!found.ok) throw new Error(`${this.engine}: ${describeSpec(spec)} is covered by ${found.hit} at (${found.x}, ${found.y})`);
    return found;
  }

  /** Presses the element with the pointer. */
  async click(selector, { hasText, nth } = {}) {
    const at = await this.#target({ selector, hasText, nth });
    await this.driver.mouseClick(at.x, at.y);
  }

  /** Clicks a checkbox until it is `checked`. */
  async check(selector, checked = true) {
    if ((await this.evaluate((s) => document.querySelector(s)?.checked, selector)) !== checked) await this.click(selector);
    await this.waitForFunction(`(a) => document.querySelector(a.s)?.checked === a.c`, { s: selector, c: checked });
  }

  uncheck(selector) {
    return this.check(selector, false);
  }

  /**
   * Clicks a text field, selects what is in it and replaces it with `text` in one edit, as
   * pasting does (one input event, as Playwright's fill): the editing command insertText, or
   * delete for ''. `type` enters text key by key instead.
   */
  async fill(selector, text) {
    await this.#selectField(selector);
    const done = await this.evaluate((t) => document.execCommand(t === '' ? 'delete' : 'insertText', false, t), text);
    if (!done) throw new Error(`${this.engine}: could not edit ${selector}`);
  }

  /** Clicks a text field, selects what is in it and types `text` over it, key by key. */
  async type(selector, text) {
    await this.#selectField(selector);
    if (text === '') await this.driver.press('Backspace', {});
    else await this.driver.type(text);
  }

  async #selectField(selector) {
    await this.click(selector);
    // A page whose text above the field changes as the last edit is applied (a headline a line
    // shorter) can move the field between finding it and pressing it: press it once more, where
    // it is now, as a person would.
    const focused = await this.evaluate((s) => document.activeElement === document.querySelector(s), selector);
    if (!focused) await this.click(selector);
    await this.evaluate((s) => {
      const el = document.querySelector(s);
      if (document.activeElement !== el) throw new Error(`${s} did not take the focus`);
      el.select();
    }, selector);
  }

  /** Presses a key ('Tab', 'Enter', 'Backspace', 'Escape'), with 'Shift+' before it for Shift held down. */
  press(key) {
    const [shift, name] = key.startsWith('Shift+') ? [true, key.slice(6)] : [false, key];
    return this.driver.press(name, { shift });
  }

  /** The browser's Back and Forward buttons (the session history of the page's document). */
  back() {
    return this.evaluate(() => history.back());
  }

  forward() {
    return this.evaluate(() => history.forward());
  }

  /** A PNG (Buffer) of what the viewport shows. */
  screenshot() {
    return this.driver.screenshot();
  }

  /** Console problems so far ({ type, text, location }), from the page's recorder. */
  async problems() {
    const seen = await this.evaluate(() => (window.__testProblems ? window.__testProblems.slice() : null));
    if (seen === null) throw new Error(`${this.engine}: this page has no problem recorder (serve it with support/server.mjs)`);
    return seen;
  }

  /** The problems that are errors (no warnings). */
  async errors() {
    return (await this.problems()).filter((p) => p.type !== 'warning');
  }

  close() {
    return this.driver.close();
  }
}

/** Runs axe-core in `page` and returns its violations (none is an empty array). */
export async function axeAudit(page, { runOnly = AXE_TAGS } = {}) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    await page.evaluateScript(await readFile(require.resolve('axe-core/axe.min.js'), 'utf8'));
  }
  return page.evaluate((tags) => window.axe.run(document, { runOnly: tags }).then((r) => r.violations), runOnly);
}

/** A Playwright or Puppeteer page as the driver of a Page: the two APIs agree on these. */
const sharedAdapter = (page, context, own) => ({
  goto: (url, timeout) => page.goto(url, { waitUntil: 'load', timeout }),
  evaluate: (source) => page.evaluate(source),
  mouseMove: (x, y) => page.mouse.move(x, y),
  mouseClick: (x, y) => page.mouse.click(x, y),
  type: (text) => page.keyboard.type(text),
  close: () => context.close(),
  ...own,
});

// --- Chromium: playwright-core ---------------------------------------------------------------

async function chromiumEngine() {
  const browser = await launchChromium();
  return {
    async newPage(viewport) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      return sharedAdapter(page, context, {
        press: (key, { shift }) => page.keyboard.press(shift ? `Shift+${key}` : key),
        screenshot: () => page.screenshot(),
      });
    },
    close: () => browser.close(),
  };
}

// --- Firefox: puppeteer-core over WebDriver BiDi ---------------------------------------------

async function firefoxEngine() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Nothing from outside: no update, telemetry or remote-settings traffic.
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  return {
    async newPage(viewport) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(viewport);
      return sharedAdapter(page, context, {
        async press(key, { shift }) {
          if (shift) await page.keyboard.down('Shift');
          await page.keyboard.press(key);
          if (shift) await page.keyboard.up('Shift');
        },
        screenshot: async () => Buffer.from(await page.screenshot()),
      });
    },
    close: () => browser.close(),
  };
}

// --- WebKitGTK: selenium-webdriver, WebKitWebDriver, MiniBrowser, Xvfb -------------------------

/** A free TCP port on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts a child process that is killed when this process exits, however it exits. */
function startChild(command, args, options) {
  const child = spawn(command, args, options);
  const kill = () => child.kill();
  process.once('exit', kill);
  child.once('exit', () => process.off('exit', kill));
  return child;
}

/** Starts Xvfb on a display it chooses; resolves to { display, stop }. */
async function startXvfb() {
  const xvfb = startChild('Xvfb', ['-displayfd', '3', '-screen', '0', '2560x1600x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  xvfb.stderr.on('data', (d) => (stderr += d));
  const display = await new Promise((resolve, reject) => {
    xvfb.stdio[3].once('data', (d) => resolve(`:${String(d).trim()}`));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr}`)));
    xvfb.once('error', reject);
  });
  return { display, stop: () => xvfb.kill() };
}

const SELENIUM_KEYS = { Backspace: Key.BACK_SPACE, Tab: Key.TAB, Enter: Key.ENTER, Escape: Key.ESCAPE };

const escapeAttribute = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Serves the window's own page: the test's page (`src`) in an iframe of `width` x `height` at
 * the top left. From a loopback http origin of its own, not a data: URL: `frame-ancestors *`
 * (docs/publishing.md) lets any http(s) page frame the app, but not an opaque data: one.
 */
function startFrameServer() {
  const server = http.createServer((req, res) => {
    const q = new URL(req.url, 'http://127.0.0.1').searchParams;
    const [width, height] = [Number(q.get('width')), Number(q.get('height'))];
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(
      `<!doctype html><html><head><title>viewport ${width}x${height}</title></head>` +
        '<body style="margin:0;overflow:hidden">' +
        `<iframe src="${escapeAttribute(q.get('src') ?? 'about:blank')}" title="page under test" ` +
        `style="display:block;border:0;width:${width}px;height:${height}px"></iframe></body></html>`,
    );
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        page: (src, { width, height }) => `http://127.0.0.1:${port}/frame?${new URLSearchParams({ src, width, height })}`,
        close: () => {
          server.closeAllConnections();
          server.close();
        },
      });
    });
  });
}

async function webkitEngine() {
  const frames = await startFrameServer();
  const xvfb = await startXvfb();
  const port = await freePort();
  const webdriver = startChild(WEBKIT_DRIVER_PATH, [`--port=${port}`], {
    env: { ...process.env, DISPLAY: xvfb.display },
    stdio: 'ignore',
  });
  const server = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      const res = await fetch(`${server}/status`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (i > 100) throw new Error(`WebKitWebDriver did not start on port ${port}`);
    await sleep(50);
  }
  const driver = await new Builder()
    .usingServer(server)
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
    })
    .build();

  // One window per open page; a closed page's window is kept for the next one.
  const free = [await driver.getWindowHandle()];
  let current = null; // { handle, inFrame }

  return {
    async newPage(viewport) {
      const handle = free.pop() ?? (await driver.switchTo().newWindow('window'), await driver.getWindowHandle());
      current = { handle, inFrame: false };
      const here = async () => {
        if (current?.handle !== handle) {
          await driver.switchTo().window(handle);
          current = { handle, inFrame: false };
        }
        if (!current.inFrame) {
          await driver.switchTo().frame(0);
          current.inFrame = true;
        }
      };
      const actions = async (build) => {
        await here();
        await build(driver.actions()).perform();
      };
      await driver.switchTo().window(handle);
      await driver.manage().window().setRect({ width: Math.max(viewport.width, 500) + 40, height: viewport.height + 160 });
      return {
        async goto(url) {
          await driver.switchTo().window(handle);
          current = { handle, inFrame: false };
          await driver.get(frames.page(url, viewport)); // returns after the window's load event, so after the iframe's
          await here();
        },
        async evaluate(source) {
          await here();
          return driver.executeScript(`return ${source};`);
        },
        mouseMove: (x, y) => actions((a) => a.move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT })),
        mouseClick: (x, y) => actions((a) => a.move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT }).click()),
        type: (text) => actions((a) => a.sendKeys(text)),
        press: (key, { shift }) =>
          actions((a) => (shift ? a.keyDown(Key.SHIFT).sendKeys(SELENIUM_KEYS[key] ?? key).keyUp(Key.SHIFT) : a.sendKeys(SELENIUM_KEYS[key] ?? key))),
        async screenshot() {
          await here();
          // The window's viewport, cropped to the iframe (an element screenshot of the iframe
          // is shifted by the toolbar).
          const shot = PNG.sync.read(Buffer.from(await driver.takeScreenshot(), 'base64'));
          const out = new PNG({ width: viewport.width, height: viewport.height });
          PNG.bitblt(shot, out, 0, 0, viewport.width, viewport.height, 0, 0);
          return PNG.sync.write(out);
        },
        async close() {
          await driver.switchTo().window(handle);
          current = { handle, inFrame: false };
          await driver.get('about:blank');
          free.push(handle);
        },
      };
    },
    async close() {
      await driver.quit().catch(() => {});
      webdriver.kill();
      xvfb.stop();
      frames.close();
    },
  };
}
