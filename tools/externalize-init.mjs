// Trunk post_build hook: replaces the inline module script Trunk writes into index.html (which
// imports the wasm-bindgen glue and starts the app) with a start-up script in its own hashed
// file, so the page runs under a strict Content-Security-Policy (`script-src 'self'
// 'wasm-unsafe-eval'`) with no 'unsafe-inline' and no per-release script hash. Runs in
// `trunk build` and `trunk serve`.
//
// The start-up script also decides when the app starts (docs/prerender.md, "When the app
// starts"): at once when the page has no figures of its own to show (Trunk's bare page, or a
// pre-rendered page whose address asks for other figures, which static/prerender-check.js has
// hidden), otherwise at the visitor's first sign of use, so that a visitor who only reads the
// published figures never downloads the app.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('externalize-init: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)');
  process.exit(1);
}
const indexPath = join(dir, 'index.html');
const html = readFileSync(indexPath, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) {
  console.error('externalize-init: no inline module script found in index.html');
  process.exit(1);
}
// Trunk's script: `import init, * as bindings from './<glue>.js';` and
// `await init({ module_or_path: './<module>_bg.wasm' })`. Only the two file names are taken.
const glue = match[1].match(/from\s+'(\.\/[^']+\.js)'/)?.[1];
const wasm = match[1].match(/module_or_path:\s*'(\.\/[^']+\.wasm)'/)?.[1];
if (!glue || !wasm) {
  console.error(`externalize-init: Trunk's start-up script has changed; cannot find the glue and Wasm names in:\n${match[1]}`);
  process.exit(1);
}

const code = `// Starts the app (written by tools/externalize-init.mjs; see docs/prerender.md).
const GLUE = '${glue}';
const WASM = '${wasm}';
// What counts as a visitor starting to use the page.
const USE = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'focusin', 'scroll', 'wheel'];
const OPTIONS = { capture: true, passive: true };
const root = document.documentElement;
let started = false;

function start() {
  if (started) return;
  started = true;
  for (const type of USE) removeEventListener(type, start, OPTIONS);
  import(GLUE).then(async (bindings) => {
    const wasm = await bindings.default({ module_or_path: WASM });
    window.wasmBindings = bindings;
    dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
  });
}

// A button pressed before the app runs is pressed again once it does (src/start.rs).
addEventListener('click', (event) => {
  if (root.dataset.app === 'mounted') return;
  const button = event.target instanceof Element ? event.target.closest('button') : null;
  if (button) {
    for (const b of document.querySelectorAll('[data-pressed-early]')) b.removeAttribute('data-pressed-early');
    button.setAttribute('data-pressed-early', '');
  }
}, true);

// Controls the browser filled in again (back, reload) no longer match the figures shown.
const restored = [...document.querySelectorAll('input')].some((i) =>
  i.type === 'checkbox' || i.type === 'radio' ? i.checked !== i.defaultChecked : i.value !== i.defaultValue);
const ownFigures = root.hasAttribute('data-view') && !root.classList.contains('prerender-pending');
if (!ownFigures || restored) start();
else for (const type of USE) addEventListener(type, start, OPTIONS);
`;
const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
const file = `start-${hash}.js`;
writeFileSync(join(dir, file), code);
writeFileSync(indexPath, html.replace(inline, `<script type="module" src="./${file}"></script>`));
console.log(`externalize-init: wrote the start-up script ${file}`);
