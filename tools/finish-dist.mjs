// Finishes a Trunk staging folder: minifies wasm-bindgen's JS glue (Trunk's own minifier fails on
// it and ships it as is), places the split-off wasm module of the pages other than the home page
// (optimised, named by content hash, with its loader), makes Trunk's loader start the wasm after
// the first paint, pins the CSP hashes of index.html's inline scripts and stylesheets, then
// writes sw.js with a precache list generated from the built files and a cache version that
// changes whenever any of their bytes change.
// Usage: node tools/finish-dist.mjs <staging-dir>   (also imported by the browser tests, which
// use it to make a "new deploy" of a build)
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, writeFileSync, readdirSync, statSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// `trunk serve` (scripts/dev.sh) runs this on a debug build: nothing is optimised or minified,
// and the service worker is the retiring one, so the browser never serves a saved older build.
const DEV = process.env.TRUNK_PROFILE === "debug";
const PLACEHOLDER = "'sha256-TRUNK_LOADER_HASH'";

const STYLE_PLACEHOLDER = "'sha256-TRUNK_STYLE_HASH'";
const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** Puts the hashes of index.html's inline scripts into its CSP's script-src, and those of its
 *  inline stylesheets (Trunk's inline pipeline) into its style-src. Returns the counts. */
export function pinCsp(dir) {
  const indexPath = join(dir, "index.html");
  let html = readFileSync(indexPath, "utf8");
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  if (inline.length === 0) throw new Error("no inline loader script found in index.html");
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  if (styles.length === 0) throw new Error("no inline stylesheet found in index.html");
  html = pin(html, STYLE_PLACEHOLDER, "style-src 'self'", styles.map(sha256).join(" "));
  // `trunk serve` adds its live-reload script to each response, after this runs, so its hash
  // cannot be pinned: the dev server's page allows inline script (never a built dist/).
  html = DEV
    ? html.replace(PLACEHOLDER, "'unsafe-inline'")
    : pin(html, PLACEHOLDER, "script-src 'self' 'wasm-unsafe-eval'", inline.map(sha256).join(" "));
  writeFileSync(indexPath, html);
  return [inline.length, styles.length];
}

/** `html` with `hashes` in the CSP directive that starts `directive`: in place of its
 *  placeholder on a fresh build, or of the hashes pinned before (a test's "new deploy"). */
function pin(html, placeholder, directive, hashes) {
  const out = html.includes(placeholder)
    ? html.replace(placeholder, hashes)
    : html.replace(new RegExp(`(${directive})( 'sha256-[^']+')+`), `$1 ${hashes}`);
  if (out === html && !html.includes(hashes)) throw new Error(`index.html has no CSP ${directive.split(" ")[0]} to pin`);
  return out;
}

const sri = (text) => `sha384-${createHash("sha384").update(text).digest("base64")}`;

/** Minifies the wasm-bindgen glue (her2-guide-<hash>.js) with terser and updates the
 *  integrity hash of index.html's modulepreload of it; returns bytes before/after. */
export async function minifyGlue(dir) {
  const { minify } = await import("terser");
  const glue = readdirSync(dir).filter((f) => /^her2-guide-[0-9a-f]+\.js$/.test(f));
  if (glue.length !== 1) throw new Error(`expected one her2-guide-<hash>.js, found ${glue.length}`);
  const path = join(dir, glue[0]);
  const source = readFileSync(path, "utf8");
  // An ES module: its exports (init and the bindings Trunk's loader calls) keep their names.
  const out = await minify(source, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
  if (!out.code) throw new Error(`terser produced nothing for ${glue[0]}`);
  // Trunk's modulepreload carries the subresource-integrity hash of the unminified file; a stale
  // one would make the browser refuse the script.
  const indexPath = join(dir, "index.html");
  const html = readFileSync(indexPath, "utf8");
  const name = glue[0].replace(/\./g, "\\.");
  const pattern = new RegExp(`(<link[^>]*href=["']?\\.?/?${name}["']?[^>]*integrity=["']?)sha384-[A-Za-z0-9+/=]+`, "g");
  const hash = sri(out.code);
  const matches = html.match(pattern)?.length ?? 0;
  if (matches !== 1) throw new Error(`expected one integrity hash for ${glue[0]} in index.html, found ${matches}`);
  writeFileSync(path, out.code);
  writeFileSync(indexPath, html.replace(pattern, `$1${hash}`));
  return [source.length, out.code.length];
}

/** The shipped name of a split-off part, before its content hash: a split point's module is
 *  named for it (`split_other_pages` → `pages`, `split_my_treatment` → `my-treatment`), and code
 *  that two split points share (the splitter's `chunk_<n>`) is `shared`. */
export function partName(file) {
  const base = file.replace(/\.wasm$/, "");
  if (/^chunk_\d+$/.test(base)) return "shared";
  const point = base.match(/^split_([a-z0-9_]+)$/)?.[1];
  if (!point) throw new Error(`target/wasm-split/${file}: not a split-off module or shared chunk`);
  return point === "other_pages" ? "pages" : point.replace(/_/g, "-");
}

/** Places what tools/split/wasm-bindgen left in target/wasm-split/: each split-off module (and
 *  any chunk of code two of them share) run through wasm-opt with index.html's
 *  data-wasm-opt-params (as Trunk does for the main one) and named `<part>-<content hash>.wasm`
 *  ([`partName`]), and their loader __wasm_split.js, which the glue imports by that name,
 *  pointed at those files and at the hashed glue, minified, and preloaded by index.html next to
 *  the glue; the first screen's script gets the pages module's name, to start it early on
 *  another page's address. Returns the parts' names. */
export async function placeSplit(dir, from = join(root, "target", "wasm-split")) {
  // A plain `trunk build` does not split the wasm, and target/wasm-split/ would then hold an
  // older build's parts, which do not fit this main module: refuse instead of shipping them.
  if (!process.env.HER2_SPLIT_SHIM) {
    throw new Error("the wasm was not split: build with scripts/build.sh (a plain `trunk build` does not split it)");
  }
  const loaderPath = join(from, "__wasm_split.js");
  if (!existsSync(loaderPath)) {
    throw new Error("target/wasm-split/__wasm_split.js is missing: build with scripts/build.sh");
  }
  const glue = readdirSync(dir).filter((f) => /^her2-guide-[0-9a-f]+\.js$/.test(f));
  if (glue.length !== 1) throw new Error(`expected one her2-guide-<hash>.js, found ${glue.length}`);
  let loader = readFileSync(loaderPath, "utf8");
  const mainImport = '"./her2-guide.js"';
  if (!loader.includes(mainImport)) throw new Error(`__wasm_split.js does not import ${mainImport}`);
  loader = loader.replace(mainImport, `"./${glue[0]}"`);

  const source = readFileSync(join(root, "index.html"), "utf8");
  const params = source.match(/data-wasm-opt-params="([^"]*)"/)?.[1];
  if (!params) throw new Error("index.html has no data-wasm-opt-params");
  const wasmOpt = join(root, "node_modules", ".bin", "wasm-opt");
  const modules = readdirSync(from).filter((f) => /^(split_.*|chunk_\d+)\.wasm$/.test(f));
  if (modules.length === 0) throw new Error("target/wasm-split/ holds no split-off module");
  const work = mkdtempSync(join(tmpdir(), "her2-split-"));
  const placed = [];
  try {
    for (const m of modules) {
      if (!loader.includes(`"./${m}"`)) throw new Error(`__wasm_split.js does not load ${m}`);
      const optimised = join(work, m);
      const unnamed = join(work, `unnamed-${m}`);
      writeFileSync(unnamed, withoutNameSection(readFileSync(join(from, m))));
      if (DEV) writeFileSync(optimised, readFileSync(unnamed));
      else
        execFileSync(wasmOpt, [unnamed, "-o", optimised, ...params.split(/\s+/).filter(Boolean)], {
          stdio: ["ignore", "ignore", "inherit"],
        });
      const bytes = readFileSync(optimised);
      const name = `${partName(m)}-${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}.wasm`;
      writeFileSync(join(dir, name), bytes);
      loader = loader.replace(`"./${m}"`, `"./${name}"`);
      placed.push(name);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const { minify } = await import("terser");
  const out = DEV ? { code: loader } : await minify(loader, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
  if (!out.code) throw new Error("terser produced nothing for __wasm_split.js");
  writeFileSync(join(dir, "__wasm_split.js"), out.code);

  // Fetched at once with the glue (which imports it) instead of one round trip after it.
  const indexPath = join(dir, "index.html");
  const html = readFileSync(indexPath, "utf8");
  // Attributes in any order (Trunk writes rel first; a minifier may reorder them).
  const gluePreload = new RegExp(
    `<link(?=[^>]*rel=["']?modulepreload["']?)(?=[^>]*href=["']?\\.?/?${glue[0].replace(/\./g, "\\.")}["']?)[^>]*>`,
  );
  const found = html.match(gluePreload);
  if (!found) throw new Error("index.html has no modulepreload of the glue");
  const preload = `<link crossorigin href=./__wasm_split.js integrity=${sri(out.code)} rel=modulepreload>`;
  // The first screen's script starts the pages' module early when the address is another page.
  const PAGES = "__PAGES_WASM__";
  const pages = placed.filter((n) => /^pages-[0-9a-f]{16}\.wasm$/.test(n));
  if (pages.length !== 1 || !html.includes(PAGES)) {
    throw new Error(`expected one pages module and the ${PAGES} placeholder in index.html`);
  }
  writeFileSync(indexPath, html.replace(found[0], `${found[0]}${preload}`).replace(PAGES, `./${pages[0]}`));
  return placed;
}

/** A wasm module without its "name" custom section (function names for debuggers). The shipped
 *  module drops it anyway, and binaryen 132 warns about a subsection newer compilers write
 *  ("unknown name subsection with id 3") on every build. */
export function withoutNameSection(bytes) {
  const leb = (at) => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = bytes[at++];
      value |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    return [value >>> 0, at];
  };
  const parts = [bytes.subarray(0, 8)];
  let at = 8;
  while (at < bytes.length) {
    const start = at;
    const id = bytes[at];
    const [size, body] = leb(at + 1);
    at = body + size;
    if (id === 0) {
      const [nameLength, name] = leb(body);
      if (Buffer.from(bytes.subarray(name, name + nameLength)).toString() === "name") continue;
    }
    parts.push(bytes.subarray(start, at));
  }
  return Buffer.concat(parts);
}

const SKIP = new Set(["sw.js", "_headers", "robots.txt"]);
const walk = (d) =>
  readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });

/** The pack format version, read from its one definition in pack/src/model/mod.rs. */
export function schemaVersion() {
  const lib = readFileSync(join(root, "pack", "src", "model", "mod.rs"), "utf8");
  const found = lib.match(/pub const SCHEMA_VERSION: u32 = (\d+);/);
  if (!found) throw new Error("pack/src/model/mod.rs has no `pub const SCHEMA_VERSION: u32 = N;`");
  return Number(found[1]);
}

/** The language of a build: its index.html's `<html lang>`. */
export function languageOf(dir) {
  const html = readFileSync(join(dir, "index.html"), "utf8");
  const found = html.match(/<html[^>]*\blang="([a-z]{2})"/);
  if (!found) throw new Error("index.html has no <html lang>");
  return found[1];
}

/** Writes sw.js: every built file precached under a version made from all their bytes, and
 *  the pack format version it accepts. */
export function writeServiceWorker(dir) {
  // Another language's build (es/, with its own index.html and worker) is not this one's.
  const otherBuilds = readdirSync(dir).filter((d) => statSync(join(dir, d)).isDirectory() && existsSync(join(dir, d, "index.html")));
  const files = walk(dir)
    .map((p) => relative(dir, p).split("\\").join("/"))
    .filter((f) => !SKIP.has(f) && !otherBuilds.some((d) => f.startsWith(`${d}/`)))
    .sort();
  for (const needed of ["index.html", "her2.json", "manifest.webmanifest"]) {
    if (!files.includes(needed)) throw new Error(`${needed} is missing from the build`);
  }
  if (!files.some((f) => f.endsWith(".wasm"))) throw new Error("no .wasm in the build");
  const version = createHash("sha256");
  for (const f of files) {
    version.update(f);
    version.update(readFileSync(join(dir, f)));
  }
  const sw = readFileSync(join(root, "public", "sw.js"), "utf8")
    .replace('"__VERSION__"', JSON.stringify(version.digest("hex").slice(0, 16)))
    .replace("[/* __FILES__ */]", JSON.stringify(["./", ...files], null, 2))
    .replace('"__SCHEMA_VERSION__"', String(schemaVersion()))
    .replace('"__LANG__"', JSON.stringify(languageOf(dir)));
  if (/"__[A-Z_]+__"|__FILES__/.test(sw)) throw new Error("sw.js has a placeholder left unfilled");
  writeFileSync(join(dir, "sw.js"), sw);
  return files.length + 1;
}

/** Makes Trunk's loader start the app's wasm only after the first paint: drops its
 *  `<link rel=preload>` of the wasm and has the loader await `window.__her2Painted` (set by
 *  index.html's first script) before `init`. The first screen is drawn by then and nothing it
 *  shows needs the wasm; Lighthouse's simulation counted the early download as delaying the
 *  largest paint. docs/DESIGN.md: "Downloads start after the first paint". */
export function startWasmAfterPaint(dir) {
  const indexPath = join(dir, "index.html");
  const html = readFileSync(indexPath, "utf8");
  const preload = /<link\b[^>]*\brel=["']?preload["']?[^>]*_bg\.wasm[^>]*>\s*/g;
  const preloads = html.match(preload)?.length ?? 0;
  if (preloads !== 1) throw new Error(`expected one preload of the app's wasm in index.html, found ${preloads}`);
  const init = /(\n\s*)(const wasm = await init\()/;
  if (!init.test(html)) throw new Error("index.html: Trunk's loader has no `const wasm = await init(`");
  const out = html.replace(preload, "").replace(init, "$1await window.__her2Painted;$1$2");
  writeFileSync(indexPath, out);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error("usage: node tools/finish-dist.mjs <staging-dir>");
    process.exit(2);
  }
  try {
    const [before, after] = DEV ? [0, 0] : await minifyGlue(dir);
    const split = await placeSplit(dir);
    startWasmAfterPaint(dir);
    const [scripts, styles] = pinCsp(dir);
    const urls = DEV ? (copyFileSync(join(root, "tools", "retire-sw.js"), join(dir, "sw.js")), 0) : writeServiceWorker(dir);
    console.log(
      `finish-dist: glue JS minified ${before} -> ${after} bytes; split-off module ${split.join(", ")}; ` +
        `CSP pinned ${scripts} inline script(s) and ${styles} stylesheet(s); ` +
        `sw.js precaches ${urls} URLs`,
    );
  } catch (e) {
    console.error(`finish-dist: ${e.message}`);
    process.exit(1);
  }
}
