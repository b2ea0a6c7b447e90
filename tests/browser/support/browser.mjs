// Headless Chromium for the browser tests, driven by playwright-core (no bundled browsers:
// Debian's /usr/bin/chromium is used; never run `npx playwright install` here).
//
//   const browser = await launch();
//   const page = await openPage(browser, url);     // waits for the app's <main>
//   page.problems                                  // console errors/warnings and page errors so far
//   const violations = await axeAudit(page);
//   await page.close(); await browser.close();

import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Flags that keep Chromium quiet and local on a machine without general network access.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Launches headless Debian Chromium. `options` are passed to chromium.launch(). */
export function launch(options = {}) {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    ...options,
  });
}

/**
 * Does what a visitor does first, moving the pointer over the page: on a pre-rendered page
 * showing its own figures, that starts the app (docs/prerender.md, "When the app starts").
 */
export async function useThePage(page) {
  await page.mouse.move(5, 5);
}

/** The selector that exists once the app has taken over the page (pre-rendered or not). */
export const MOUNTED = 'html[data-app="mounted"] main';

/**
 * Opens `url` in a new page (its own context), moves the pointer over it (`useThePage`) and
 * waits until the app has taken over the page (`MOUNTED`: a pre-rendered page has its `<main>`
 * before the app runs). The returned Playwright Page carries `page.problems`: an array, kept up to
 * date, of `{ type, text, location }` for every console error and warning and every uncaught
 * page error (`type: 'pageerror'`). `page.errors()` returns the errors only (no warnings).
 * `page.csp` is the document's Content-Security-Policy response header (or null).
 *
 * options: `timeout` (ms, default 20000), `waitFor` (selector, default `MOUNTED`; 'main' for a
 * page with JavaScript off),
 * `context` (options for browser.newPage(), e.g. { viewport, reducedMotion }).
 */
export async function openPage(browser, url, { timeout = 20_000, waitFor = MOUNTED, context = {} } = {}) {
  const page = await browser.newPage(context);
  const problems = [];
  page.problems = problems;
  page.errors = () => problems.filter((p) => p.type !== 'warning');

  page.on('console', (msg) => {
    const type = msg.type();
    if (type === 'error' || type === 'warning') {
      const loc = msg.location();
      problems.push({ type, text: msg.text(), location: loc?.url ? `${loc.url}:${loc.lineNumber}` : '' });
    }
  });
  page.on('pageerror', (err) => {
    problems.push({ type: 'pageerror', text: String(err?.stack || err), location: '' });
  });

  try {
    const response = await page.goto(url, { waitUntil: 'load', timeout });
    page.csp = response?.headers()['content-security-policy'] ?? null;
    if (context.javaScriptEnabled !== false) await useThePage(page);
    if (waitFor) await page.waitForSelector(waitFor, { state: 'attached', timeout });
  } catch (err) {
    const detail = problems.map((p) => `  [${p.type}] ${p.text}`).join('\n') || '  (no console output)';
    await page.close().catch(() => {});
    throw new Error(`openPage(${url}): the app did not render "${waitFor}": ${err.message}\nconsole:\n${detail}`);
  }
  return page;
}

/**
 * Runs axe-core in the page and returns its violations (an empty array means none).
 * The script is injected with page.addScriptTag. Under a Content-Security-Policy (header or
 * <meta>) that injected inline script would be blocked and logged as a console error, so there
 * the file is evaluated through the DevTools protocol instead, which CSP does not govern.
 */
export async function axeAudit(page, { runOnly = AXE_TAGS, context = null } = {}) {
  const axePath = require.resolve('axe-core/axe.min.js');
  const underCsp =
    Boolean(page.csp) ||
    (await page.evaluate(() => Boolean(document.querySelector('meta[http-equiv="Content-Security-Policy" i]'))));
  if (!underCsp) await page.addScriptTag({ path: axePath }).catch(() => {});
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    await page.evaluate(await readFile(axePath, 'utf8'));
  }
  return page.evaluate(
    async ({ runOnly, context }) => {
      const results = await window.axe.run(context ?? document, { runOnly });
      return results.violations;
    },
    { runOnly, context },
  );
}
