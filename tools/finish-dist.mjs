// Finishes a Trunk staging folder: pins the CSP hash of Trunk's inline loader script in
// index.html, then writes sw.js with a precache list generated from the built files and a cache
// version that changes whenever any of their bytes change.
// Usage: node tools/finish-dist.mjs <staging-dir>
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node tools/finish-dist.mjs <staging-dir>");
  process.exit(2);
}
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const fail = (msg) => {
  console.error(`finish-dist: ${msg}`);
  process.exit(1);
};

// 1. CSP: hash every inline script (Trunk writes exactly one module loader).
const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length === 0) fail("no inline loader script found in index.html");
if (!html.includes("'sha256-TRUNK_LOADER_HASH'")) fail("index.html has no CSP hash placeholder");
const hashes = inline
  .map((s) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`)
  .join(" ");
html = html.replace("'sha256-TRUNK_LOADER_HASH'", hashes);
writeFileSync(indexPath, html);

// 2. Service worker: precache everything the app needs.
const SKIP = new Set(["sw.js", "_headers", "robots.txt"]);
const walk = (d) =>
  readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
const files = walk(dir)
  .map((p) => relative(dir, p).split("\\").join("/"))
  .filter((f) => !SKIP.has(f))
  .sort();
for (const needed of ["index.html", "her2.json", "manifest.webmanifest"]) {
  if (!files.includes(needed)) fail(`${needed} is missing from the build`);
}
if (!files.some((f) => f.endsWith(".wasm"))) fail("no .wasm in the build");
const version = createHash("sha256");
for (const f of files) {
  version.update(f);
  version.update(readFileSync(join(dir, f)));
}
const sw = readFileSync(join(root, "public", "sw.js"), "utf8")
  .replace('"__VERSION__"', JSON.stringify(version.digest("hex").slice(0, 16)))
  .replace("[/* __FILES__ */]", JSON.stringify(["./", ...files], null, 2));
writeFileSync(join(dir, "sw.js"), sw);
console.log(`finish-dist: CSP pinned ${inline.length} inline script(s); sw.js precaches ${files.length + 1} URLs`);
