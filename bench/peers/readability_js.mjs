// Peer harness: @mozilla/readability + linkedom on a folder of pages.
// Pages are read into memory first; only parse + extraction is timed, after
// one warm-up page. Writes {id: {articleBody}} to OUT, prints
// "pages SECONDS BYTES". usage: node readability_js.mjs HTML_DIR OUT.json
import fs from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const [src, out] = process.argv.slice(2);
const pages = fs.readdirSync(src).filter((n) => n.endsWith('.html')).sort()
  .map((n) => [n.slice(0, -5), fs.readFileSync(path.join(src, n), 'utf8')]);

function extract(html) {
  try {
    const { document } = parseHTML(html);
    const art = new Readability(document).parse();
    return art && art.textContent ? art.textContent : '';
  } catch (e) {
    return '';
  }
}

extract(pages[0][1]);
const result = {};
let bytes = 0;
const t0 = process.hrtime.bigint();
for (const [id, html] of pages) {
  result[id] = { articleBody: extract(html) };
  bytes += Buffer.byteLength(html);
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
fs.writeFileSync(out, JSON.stringify(result));
console.log(pages.length, secs, bytes);
