// Trunk post_build hook: replaces the inline module script Trunk writes into index.html (which
// imports the wasm-bindgen glue and starts the app) with the project's start-up script in its own
// hashed file, so the page runs under a strict Content-Security-Policy (`script-src 'self'
// 'wasm-unsafe-eval'`) with no 'unsafe-inline' and no per-release script hash. Runs in
// `trunk build` and `trunk serve`.
//
// The start-up script is tools/start.js with the glue's and the Wasm's names filled in. It
// decides when the app is fetched, compiled and started, and what the page says meanwhile
// (docs/prerender.md, "When the app starts" and "While the app loads"): at once when the page
// has no figures of its own to show (Trunk's bare page, or a pre-rendered page whose address
// asks for other figures, which static/prerender-check.js has hidden); otherwise the app is
// fetched and compiled once the browser is idle after the page has loaded, and started at the
// visitor's first sign of use.
//
// `startupScript` is also used by tools/measure.mjs to measure the other ways of preparing the
// app (its `PREPARE` setting) on copies of dist/.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TEMPLATE = fileURLToPath(new URL('./start.js', import.meta.url));
export const PREPARE_OPTIONS = ['none', 'fetch', 'compile', 'start'];

/** The start-up script for the app's glue and Wasm (`./name.js`, `./name_bg.wasm`). */
export function startupScript({ glue, wasm, prepare }) {
  let code = readFileSync(TEMPLATE, 'utf8');
  const fill = (pattern, value, what) => {
    if (!pattern.test(code)) throw new Error(`externalize-init: tools/start.js has no ${what} to fill in`);
    code = code.replace(pattern, () => value);
  };
  fill(/^const GLUE = '[^']*';$/m, `const GLUE = '${glue}';`, 'GLUE');
  fill(/^const WASM = '[^']*';$/m, `const WASM = '${wasm}';`, 'WASM');
  if (prepare !== undefined) {
    if (!PREPARE_OPTIONS.includes(prepare)) throw new Error(`externalize-init: PREPARE must be one of ${PREPARE_OPTIONS.join(', ')}, not ${prepare}`);
    fill(/^const PREPARE = '[^']*';$/m, `const PREPARE = '${prepare}';`, 'PREPARE');
  }
  // Shipped without its comments (whole-line ones only: nothing else is touched), which are for
  // the source; the first line says where that is.
  const lines = code.split('\n').filter((line) => !/^\s*\/\//.test(line) && line.trim() !== '');
  return ['// The start-up script: tools/start.js, written by tools/externalize-init.mjs (docs/prerender.md).', ...lines, ''].join('\n');
}

function hook() {
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
  const code = startupScript({ glue, wasm });
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const file = `start-${hash}.js`;
  writeFileSync(join(dir, file), code);
  writeFileSync(indexPath, html.replace(inline, `<script type="module" src="./${file}"></script>`));
  console.log(`externalize-init: wrote the start-up script ${file}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) hook();
