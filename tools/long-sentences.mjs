// Lists the sentences of more than 30 words on the pre-rendered pages (GOV.UK style: keep
// sentences short), as a reader sees them with scripts off. Not a test: some sentences (a
// source with its footnote, a quoted formula) are long for a reason; the count is reported.
//   ./dev build && node tools/long-sentences.mjs [dist] [--list]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist';
const list = process.argv.includes('--list');
const LIMIT = 30;
const entities = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&nbsp;': ' ' };

function text(html) {
  return html
    .replace(/<(script|style|svg|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/?(p|li|h[1-6]|td|th|dt|dd|caption|summary|div|tr|br|label|noscript|legend|button)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&[#\w]+;/g, (e) => entities[e] ?? e);
}

let total = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
  const long = text(readFileSync(join(dir, file), 'utf8'))
    .split('\n')
    .map((block) => block.split(/\s+/).filter(Boolean).join(' '))
    .flatMap((block) => block.split(/(?<=[.!?:;])\s+(?=[A-Z\u201c(])/))
    .filter((s) => s.split(' ').length > LIMIT);
  total += long.length;
  console.log(`${file}: ${long.length} sentences over ${LIMIT} words`);
  if (list) for (const s of long) console.log(`  ${s.split(' ').length}: ${s}`);
}
console.log(`total: ${total}`);
