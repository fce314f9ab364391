// A plain static file server for tests and local runs: files only, no rewrites, no fallback —
// like the simplest static host. Binds to 127.0.0.1. Usage: node tests/e2e/server.mjs DIR [PORT]
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

/** Starts a server for `root` (re-read on every request, so tests can swap files). */
export async function serve(root, port = 0) {
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
      res.writeHead(200, {
        "content-type": TYPES[extname(path)] || "application/octet-stream",
        "cache-control": "no-cache",
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
  const { url } = await serve(dir, port);
  console.log(`HER2 Guide is being served at ${url}/  (Ctrl+C to stop)`);
}
