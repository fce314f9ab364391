// A plain static file server for tests and local runs: files only, no rewrites, no fallback —
// like the simplest static host. Binds to 127.0.0.1. With `{ headers: true }` (and from the
// command line) it also sends the headers the folder's `_headers` file asks for, as Netlify and
// Cloudflare Pages do. Usage: node tests/e2e/server.mjs DIR [PORT]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Content types by file extension (shared with bench/server.mjs). */
export const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * The rules of a `_headers` file: a line starting with "/" is a path pattern (`*` matches
 * anything), and the indented "Name: value" lines under it are its headers; `#` starts a comment.
 */
export function parseHeaders(text) {
  const rules = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/#.*$/, "").trimEnd();
    if (!line.trim()) continue;
    if (line.startsWith("/")) {
      const pattern = new RegExp("^" + line.trim().replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*") + "$");
      rules.push({ pattern, headers: {} });
    } else if (rules.length && /^\s/.test(line)) {
      const at = line.indexOf(":");
      if (at > 0) rules.at(-1).headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

/** Starts a server for `root` (re-read on every request, so tests can swap files). */
export async function serve(root, port = 0, { headers = false } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, "http://localhost");
      let path = normalize(join(base, decodeURIComponent(url.pathname)));
      if (!path.startsWith(base)) {
        res.writeHead(403).end("forbidden");
        return;
      }
      let info = await stat(path).catch(() => null);
      if (info && info.isDirectory()) {
        if (!url.pathname.endsWith("/")) {
          res.writeHead(301, { location: url.pathname + "/" }).end();
          return;
        }
        path = join(path, "index.html");
        info = await stat(path).catch(() => null);
      }
      if (!info) {
        res.writeHead(404, { "content-type": "text/html" }).end("<h1>404 Not Found</h1>");
        return;
      }
      const body = await readFile(path);
      const extra = {};
      if (headers) {
        const text = await readFile(join(base, "_headers"), "utf8").catch(() => "");
        for (const rule of parseHeaders(text)) if (rule.pattern.test(url.pathname)) Object.assign(extra, rule.headers);
      }
      res.writeHead(200, {
        "content-type": TYPES[extname(path)] || "application/octet-stream",
        "cache-control": "no-cache",
        ...extra,
      });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  await new Promise((ok) => server.listen(port, "127.0.0.1", ok));
  const { port: actual } = server.address();
  return { url: `http://127.0.0.1:${actual}`, close: () => new Promise((ok) => server.close(ok)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] || "dist";
  const port = Number(process.argv[3] || 8080);
  const { url } = await serve(dir, port, { headers: true });
  console.log(`HER2 Guide is being served at ${url}/  (Ctrl+C to stop)`);
}
