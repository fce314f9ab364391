// HER2 Guide service worker (template: tools/finish-dist.mjs fills in the version and the list
// of files at build time). Strategy: every file of one build is cached together under one cache
// name and served cache-first, so a reader never gets a mix of two builds. A new build installs in
// the background; the page offers "Reload", which activates it. Old caches are deleted when the
// new worker activates. A new build whose content pack is not valid JSON of a known format fails
// to install, so the last good build stays in use.
const VERSION = "__VERSION__";
const FILES = [/* __FILES__ */];
// Each language is its own build with its own worker (English at the site's root, Spanish in
// es/), so each keeps its own cache and clears only its own older ones.
const LANG = "__LANG__";
const PREFIX = "her2-guide-";
const CACHE = `${PREFIX}${LANG}-${VERSION}`;

/** Whether a cache is an older one of this language's (caches from before they named their
 *  language were all English). */
function older(key) {
  if (!key.startsWith(PREFIX) || key === CACHE) return false;
  const rest = key.slice(PREFIX.length);
  return (/^[a-z]{2}-/.test(rest) ? rest.slice(0, 2) : "en") === LANG;
}
// Filled in from her2-pack's SCHEMA_VERSION (pack/src/model/mod.rs), the one definition.
const SCHEMA_VERSION = "__SCHEMA_VERSION__";

async function checkPack(response) {
  const pack = await response.clone().json();
  if (pack.schema_version !== SCHEMA_VERSION || !Array.isArray(pack.drugs) || pack.drugs.length === 0) {
    throw new Error("the new content pack is not usable");
  }
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const responses = await Promise.all(
        FILES.map(async (file) => {
          const response = await fetch(new Request(file, { cache: "reload" }));
          if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
          if (file === "her2.json") await checkPack(response);
          return [file, response];
        }),
      );
      await Promise.all(responses.map(([file, response]) => cache.put(file, response)));
      // The very first install has no older build to strand: take over at once. Later builds
      // wait until the reader chooses "Reload".
      if (!self.registration.active) await self.skipWaiting();
    })().catch(async (error) => {
      await caches.delete(CACHE);
      throw error;
    }),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      await Promise.all(keys.filter(older).map((k) => caches.delete(k)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

function isEntry(url) {
  const scope = new URL(self.registration.scope).pathname;
  return url.pathname === scope || url.pathname === scope + "index.html";
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Only the app's own entry (its folder, or index.html in it) is answered with the saved
  // index.html. Any other address goes to the host, which answers it (or says 404): a saved
  // index.html at another path would load its files from the wrong folder.
  if (request.mode === "navigate" && !isEntry(url)) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // A reader's explicit Retry asks for a fresh copy: network first, this build's copy offline.
      if (request.cache === "reload") {
        try {
          return await fetch(request);
        } catch (error) {
          const copy = await cache.match(request, { ignoreSearch: true, ignoreVary: true });
          if (copy) return copy;
          throw error;
        }
      }
      const hit =
        request.mode === "navigate"
          ? await cache.match("index.html")
          : await cache.match(request, { ignoreSearch: true, ignoreVary: true });
      return hit || fetch(request);
    })(),
  );
});
