// The benchmark's static server: behaves like a real static host rather than a test server.
// - Compresses: every compressible file is brotli- and gzip-compressed once, at start (brotli
//   quality 11 and gzip level 9, as a host that precompresses would; files over 1 MiB — only the
//   benchmark's synthetic packs — at brotli 5 / gzip 6, which is ~50× faster), and served by
//   Accept-Encoding (br, else gzip, else identity) with `Vary: Accept-Encoding`.
// - Caches: content-hashed files (`name-<16 hex>.js|css|html`, `name-<16 hex>_bg.wasm`, `pages-<16 hex>.wasm`) get
//   `Cache-Control: public, max-age=31536000, immutable`; everything else (index.html, her2.json,
//   sw.js, manifest, icons) `no-cache`, with an ETag so revalidation answers 304.
// - Correct MIME types (application/wasm for the wasm). Binds to 127.0.0.1 only. Node built-ins only.
// It counts the bytes it sends, so the benchmark can see requests a page's own network log misses
// (the service worker's precache downloads).
// Usage: node bench/server.mjs DIR [PORT]
import { createServer } from "node:http";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createHash } from "node:crypto";
import { extname, join, relative, sep } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { fileURLToPath } from "node:url";
import { TYPES } from "../tests/e2e/server.mjs";

export { TYPES };
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".wasm", ".webmanifest", ".svg", ".txt"]);
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|css|wasm|html)$/;
const BIG = 1024 * 1024;

/** Cache-Control for a served path, as `_headers` asks a host to do. */
export function cacheControl(path) {
  return HASHED.test(path) ? "public, max-age=31536000, immutable" : "no-cache";
}

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

// Compression results keyed by content hash: several copies of the same build compress once.
const compressed = new Map();

function prepare(path) {
  const body = readFileSync(path);
  const ext = extname(path);
  const hash = createHash("sha256").update(body).digest("hex");
  const entry = { body, type: TYPES[ext] || "application/octet-stream", etag: `"${hash.slice(0, 32)}"` };
  if (COMPRESSIBLE.has(ext) && body.length > 256) {
    let c = compressed.get(hash);
    if (!c) {
      const big = body.length > BIG;
      c = {
        br: brotliCompressSync(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: big ? 5 : 11,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
            [constants.BROTLI_PARAM_MODE]: ext === ".wasm" ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
          },
        }),
        gzip: gzipSync(body, { level: big ? 6 : 9 }),
      };
      compressed.set(hash, c);
    }
    entry.br = c.br;
    entry.gzip = c.gzip;
  }
  return entry;
}

function pickEncoding(header = "") {
  const accepted = new Map();
  for (const part of header.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (name) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (ok("br")) return "br";
  if (ok("gzip")) return "gzip";
  return null;
}

/**
 * Serves `root` (read and compressed once, now). Returns { url, close, stats, resetStats, files }.
 * `stats()` gives { requests, bytes } sent since the last `resetStats()` (body bytes, as sent).
 */
export async function serve(root, port = 0) {
  const files = new Map();
  for (const path of walk(root)) {
    files.set("/" + relative(root, path).split(sep).join("/"), prepare(path));
  }
  const dirs = new Set();
  for (const key of files.keys()) {
    const parts = key.split("/");
    for (let i = 1; i < parts.length - 1; i++) dirs.add(parts.slice(0, i + 1).join("/"));
  }
  let stats = { requests: 0, bytes: 0, log: [] };

  const server = createServer((req, res) => {
    try {
      const url = new URL(req.url, "http://127.0.0.1");
      let path = decodeURIComponent(url.pathname);
      if (path.split("/").includes("..")) {
        res.writeHead(403).end("forbidden");
        return;
      }
      if (dirs.has(path.replace(/\/$/, "")) && !path.endsWith("/")) {
        res.writeHead(301, { location: path + "/" }).end();
        return;
      }
      if (path.endsWith("/")) path += "index.html";
      const file = files.get(path);
      if (!file) {
        res.writeHead(404, { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache" });
        res.end("<h1>404 Not Found</h1>");
        return;
      }
      const headers = {
        "content-type": file.type,
        "cache-control": cacheControl(path),
        etag: file.etag,
        "x-content-type-options": "nosniff",
      };
      if (file.br) headers.vary = "Accept-Encoding";
      if (req.headers["if-none-match"] === file.etag) {
        res.writeHead(304, headers).end();
        stats.requests++;
        return;
      }
      let body = file.body;
      const encoding = file.br ? pickEncoding(req.headers["accept-encoding"]) : null;
      if (encoding) {
        body = file[encoding];
        headers["content-encoding"] = encoding;
      }
      headers["content-length"] = String(body.length);
      res.writeHead(200, headers);
      res.end(req.method === "HEAD" ? undefined : body);
      stats.requests++;
      if (req.method !== "HEAD") {
        stats.bytes += body.length;
        stats.log.push({ path, bytes: body.length, dest: req.headers["sec-fetch-dest"] || "" });
      }
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  await new Promise((ok) => server.listen(port, "127.0.0.1", ok));
  const { port: actual } = server.address();
  return {
    url: `http://127.0.0.1:${actual}`,
    files,
    stats: () => ({ ...stats, log: [...stats.log] }),
    resetStats: () => {
      stats = { requests: 0, bytes: 0, log: [] };
    },
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(ok);
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] || "dist";
  const { url } = await serve(dir, Number(process.argv[3] || 8080));
  console.log(`serving ${dir} at ${url}/ (brotli/gzip, host-like caching; Ctrl+C to stop)`);
}
