// The size budget, a hard gate on deterministic sizes (not a timing): the app's wasm (the one the
// first screen needs; the other pages' module is split off and fetched when one is first opened,
// docs/DESIGN.md "Why the wasm is split") and the whole first load (HTML + JS + wasm + CSS + pack),
// brotli. The gates are those of the "easy to change" issue: start-up wasm ≤ 200 KB and first
// visit ≤ 280 KB (pack included); the pack is reported on its own line so an editor sees what
// content costs. The split-off module has a gate of its own.
// Usage: node tests/budget.mjs dist
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const dir = process.argv[2] || "dist";
const KB = 1000;
const WASM_BUDGET = 200 * KB;
const WASM_TARGET = 200 * KB;
const FIRST_LOAD_BUDGET = 280 * KB;
const FIRST_LOAD_TARGET = 280 * KB;
const PAGES_BUDGET = 45 * KB; // the other pages' module, on demand; measured 40.8 KB

const br = (buf) =>
  brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const files = readdirSync(dir);
const pick = (test) => files.filter(test);
const groups = {
  html: pick((f) => f === "index.html"),
  js: pick((f) => f.endsWith(".js") && f !== "sw.js"),
  wasm: pick((f) => /^her2-guide-[0-9a-f]+_bg\.wasm$/.test(f)),
  css: pick((f) => f.endsWith(".css")),
  pack: pick((f) => f === "her2.json"),
};
let total = 0;
const rows = [];
const sizes = {};
for (const [kind, names] of Object.entries(groups)) {
  if (names.length === 0 || (kind === "wasm" && names.length !== 1)) {
    console.error(`budget: expected ${kind === "wasm" ? "one app wasm" : `a ${kind} file`} in ${dir}, found ${names.length}`);
    process.exit(1);
  }
  let raw = 0;
  let compressed = 0;
  for (const name of names) {
    const buf = readFileSync(join(dir, name));
    raw += buf.length;
    compressed += br(buf);
  }
  total += compressed;
  sizes[kind] = compressed;
  rows.push(`${kind.padEnd(6)} ${String(raw).padStart(9)} B raw ${(compressed / KB).toFixed(1).padStart(8)} KB brotli`);
}
// Not part of the first load: the first screen's card panels, one file per card, fetched only
// when that card is opened before the app runs (and precached by the service worker).
const panels = pick((f) => /^panel-[a-z0-9-]+-[0-9a-f]{16}\.html$/.test(f)).map((name) => readFileSync(join(dir, name)));
if (panels.length > 0) {
  const raw = panels.reduce((n, b) => n + b.length, 0);
  const each = panels.map(br);
  rows.push(`panels ${String(raw).padStart(9)} B raw ${(each.reduce((a, b) => a + b, 0) / KB).toFixed(1).padStart(8)} KB brotli  (${panels.length} files, ${(Math.min(...each) / KB).toFixed(1)}–${(Math.max(...each) / KB).toFixed(1)} KB each; on demand, not in the first load)`);
}
// Not part of the first load either: the other pages' wasm module (one, fetched on first use).
const pagesNames = pick((f) => /^pages-[0-9a-f]{16}\.wasm$/.test(f));
if (pagesNames.length !== 1) {
  console.error(`budget: expected one pages-<hash>.wasm in ${dir}, found ${pagesNames.length}`);
  process.exit(1);
}
const pagesBuf = readFileSync(join(dir, pagesNames[0]));
const pages = br(pagesBuf);
rows.push(`pages  ${String(pagesBuf.length).padStart(9)} B raw ${(pages / KB).toFixed(1).padStart(8)} KB brotli  (the other pages' wasm module; on demand, not in the first load)`);
console.log(rows.join("\n"));
console.log(`first load ${(total / KB).toFixed(1)} KB brotli (gate ${FIRST_LOAD_BUDGET / KB} KB, target ${FIRST_LOAD_TARGET / KB} KB${total > FIRST_LOAD_TARGET ? ": NOT MET" : ": met"}); wasm ${(sizes.wasm / KB).toFixed(1)} KB (gate ${WASM_BUDGET / KB} KB, target ${WASM_TARGET / KB} KB${sizes.wasm > WASM_TARGET ? ": NOT MET" : ": met"})`);
let failed = false;
if (pages > PAGES_BUDGET) {
  console.error(`budget: the pages' module is ${(pages / KB).toFixed(1)} KB brotli, over ${PAGES_BUDGET / KB} KB`);
  failed = true;
}
if (sizes.wasm > WASM_BUDGET) {
  console.error(`budget: the wasm is ${(sizes.wasm / KB).toFixed(1)} KB brotli, over ${WASM_BUDGET / KB} KB`);
  failed = true;
}
if (total > FIRST_LOAD_BUDGET) {
  console.error(`budget: the first load is ${(total / KB).toFixed(1)} KB brotli, over ${FIRST_LOAD_BUDGET / KB} KB`);
  failed = true;
}
process.exit(failed ? 1 : 0);
