// Retires HER2 Guide's service worker. When the guide moves or is taken down, publish this file
// in place of sw.js (same folder, same name): every returning reader's browser installs it on its
// next update check, and it deletes the guide's saved copies and unregisters itself, so readers
// get what the host now serves (the new address, or its 404) instead of an old saved build.
// A missing sw.js does not do this: browsers keep the last worker they installed.
self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      await Promise.all(keys.filter((k) => k.startsWith("her2-guide-")).map((k) => caches.delete(k)));
      await self.registration.unregister();
    })(),
  );
});
