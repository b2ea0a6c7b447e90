// Screenshots of every view in every engine, to look at (not a test): after ./dev build,
//
//   node tests/browser/support/screenshots.mjs [OUT_DIR] [--tiles N] [--loading]
//
// writes OUT_DIR/<engine>-<view>-<width>-<n>.png (OUT_DIR defaults to target/screenshots): the
// screen at 390 x 844 and 1280 x 800, scrolled by one screen at a time from the top (up to N
// screens, default 3), every folded section open. BROWSER_ENGINES narrows the engines as for the
// tests, and SCREENSHOT_VIEWS=provider-roles,adult the views. Fonts differ by engine on this machine: compare layouts, not pixels.
//
// --loading instead shows each calculator view on its pre-rendered page after an edit, while the
// app loads (the Wasm held back) and after it failed to load (docs/prerender.md, "While the app
// loads"): OUT_DIR/<engine>-<view>-<loading|failed>-<width>-<field|top|results>.png, the screen at
// the edited field, at the top of the page, and at the results.

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINES, launch } from './engines.mjs';
import { startServer } from './server.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const args = process.argv.slice(2);
const tilesAt = args.indexOf('--tiles');
const tiles = tilesAt >= 0 ? Number(args.splice(tilesAt, 2)[1]) : 3;
const loadingAt = args.indexOf('--loading');
const loading = loadingAt >= 0 && Boolean(args.splice(loadingAt, 1));
const out = path.resolve(args[0] ?? path.join(ROOT, 'target/screenshots'));

const VIEWS = [
  ['adult', '?view=adult'],
  ['children', '?view=children'],
  ['provider', '?view=provider'],
  ['about', '?view=about'],
  ['adult-embed', '?view=adult&embed=1'],
  ['children-embed', '?view=children&embed=1'],
  ['provider-embed', '?view=provider&embed=1'],
  ['provider-roles', '?view=provider&role=Care%20workers~30~36.1~3&role=Senior%20care%20workers~8~17.5~1&role=Registered%20nurses~6~44.1~1&cost=1500'],
];
const SCREENS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

// --loading: what the server does with the Wasm (held back until `release`, or missing).
const wasm = {
  state: 'loading',
  waiting: [],
  release() {
    for (const resolve of this.waiting.splice(0)) resolve();
  },
};
const respond = async (rel) => {
  if (!rel.endsWith('_bg.wasm')) return undefined;
  if (wasm.state === 'failed') return { status: 404, body: 'Not found\n' };
  await new Promise((resolve) => wasm.waiting.push(resolve));
  return undefined;
};
// Each calculator view's own pre-rendered page, and the field edited on it.
const EDITS = [
  ['adult', '', '#field-turnover', '25'],
  ['children', 'children.html', '#field-swrate', '25'],
  ['provider', 'provider.html', '#field-staff', '400'],
];
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

async function loadingStates(engine, name) {
  for (const [view, file, field, value] of EDITS) {
    for (const state of ['loading', 'failed']) {
      wasm.state = state;
      for (const viewport of SCREENS) {
        const page = await engine.open(`${server.url}${file}`, { viewport, waitFor: 'main h1' });
        try {
          await page.fill(field, value);
          await page.waitFor(state === 'loading' ? '.startup-veil' : '.startup-failed');
          const shot = async (where, place) => {
            await page.evaluate(place);
            await page.evaluate(frame);
            await writeFile(path.join(out, `${name}-${view}-${state}-${viewport.width}-${where}.png`), await page.screenshot());
          };
          await shot('field', () => {});
          await shot('top', () => scrollTo(0, 0));
          await shot('results', () => document.querySelector('.results').scrollIntoView());
        } finally {
          wasm.release();
          await page.close();
        }
      }
    }
  }
}

await mkdir(out, { recursive: true });
const server = await startServer({ root: path.join(ROOT, 'dist'), respond: loading ? respond : null });
try {
  for (const name of ENGINES) {
    const engine = await launch(name);
    try {
      if (loading) {
        await loadingStates(engine, name);
        console.log(`${name}: done`);
        continue;
      }
      for (const [view, query] of VIEWS.filter(([v]) => !process.env.SCREENSHOT_VIEWS || process.env.SCREENSHOT_VIEWS.split(',').includes(v))) {
        for (const viewport of SCREENS) {
          const page = await engine.open(`${server.url}${query}`, { viewport });
          try {
            await page.waitFor('main h1');
            await page.evaluate(() => {
              for (const d of document.querySelectorAll('details')) d.open = true;
            });
            for (let n = 0; n < tiles; n++) {
              const more = await page.evaluate(
                (y) =>
                  new Promise((resolve) => {
                    window.scrollTo(0, y);
                    requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.scrollY >= y - 1)));
                  }),
                n * viewport.height,
              );
              if (!more) break;
              const file = path.join(out, `${name}-${view}-${viewport.width}-${n}.png`);
              await writeFile(file, await page.screenshot());
            }
            const problems = await page.problems();
            if (problems.length) console.log(`${name} ${query} ${viewport.width}: console problems`, problems);
          } finally {
            await page.close();
          }
        }
      }
      console.log(`${name}: done`);
    } finally {
      await engine.close();
    }
  }
} finally {
  await server.close();
}
console.log(`screenshots in ${out}`);
