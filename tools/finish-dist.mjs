// Finishes a Trunk staging folder: pins the CSP hash of Trunk's inline loader script in
// index.html, then writes sw.js with a precache list generated from the built files and a cache
// version that changes whenever any of their bytes change.
// Usage: node tools/finish-dist.mjs <staging-dir>   (also imported by the browser tests, which
// use it to make a "new deploy" of a build)
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const PLACEHOLDER = "'sha256-TRUNK_LOADER_HASH'";

/** Puts the hashes of index.html's inline scripts into its CSP's script-src. */
export function pinCsp(dir) {
  const indexPath = join(dir, "index.html");
  let html = readFileSync(indexPath, "utf8");
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  if (inline.length === 0) throw new Error("no inline loader script found in index.html");
  const hashes = inline
    .map((s) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`)
    .join(" ");
  const before = html;
  html = html.includes(PLACEHOLDER)
    ? html.replace(PLACEHOLDER, hashes)
    : html.replace(/(script-src 'self' 'wasm-unsafe-eval')( 'sha256-[^']+')+/, `$1 ${hashes}`);
  if (html === before && !before.includes(hashes)) throw new Error("index.html has no CSP script-src to pin");
  writeFileSync(indexPath, html);
  return inline.length;
}

const SKIP = new Set(["sw.js", "_headers", "robots.txt"]);
const walk = (d) =>
  readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });

/** Writes sw.js: every built file precached under a version made from all their bytes. */
export function writeServiceWorker(dir) {
  const files = walk(dir)
    .map((p) => relative(dir, p).split("\\").join("/"))
    .filter((f) => !SKIP.has(f))
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
    .replace("[/* __FILES__ */]", JSON.stringify(["./", ...files], null, 2));
  writeFileSync(join(dir, "sw.js"), sw);
  return files.length + 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error("usage: node tools/finish-dist.mjs <staging-dir>");
    process.exit(2);
  }
  try {
    const scripts = pinCsp(dir);
    const urls = writeServiceWorker(dir);
    console.log(`finish-dist: CSP pinned ${scripts} inline script(s); sw.js precaches ${urls} URLs`);
  } catch (e) {
    console.error(`finish-dist: ${e.message}`);
    process.exit(1);
  }
}
