// Trunk post_build hook: moves the inline module script Trunk writes into index.html (which
// imports the wasm-bindgen glue and starts the app) into its own hashed file, so the page runs
// under a strict Content-Security-Policy (`script-src 'self' 'wasm-unsafe-eval'`) with no
// 'unsafe-inline' and no per-release script hash. Runs in `trunk build` and `trunk serve`.

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
const code = `${match[1].trim()}\n`;
const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
const file = `start-${hash}.js`;
writeFileSync(join(dir, file), code);
writeFileSync(indexPath, html.replace(inline, `<script type="module" src="./${file}"></script>`));
console.log(`externalize-init: moved the start-up script to ${file}`);
