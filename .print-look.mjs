// Scratch (not committed): prints views to PDF and PNG pages for looking at.
import { startServer } from './tests/browser/support/server.mjs';
import { launch, openPage } from './tests/browser/support/browser.mjs';
import { writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
const out = process.argv[2];
const queries = process.argv.slice(3);
const server = await startServer({ root: new URL('./dist/', import.meta.url).pathname });
const browser = await launch();
for (const [i, q] of queries.entries()) {
  const page = await openPage(browser, server.url + q);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const f = `${out}/print${i}.pdf`;
  writeFileSync(f, pdf);
  execFileSync('pdftoppm', ['-r', '50', '-png', f, `${out}/print${i}`]);
  console.log(q, f);
  await page.close();
}
await browser.close();
await server.close();
