/// <reference lib="webworker" />
/**
 * The atlas's service worker, built by vite-plugin-pwa (injectManifest) with the list of files
 * the build wrote in place of self.__WB_MANIFEST. It does what the plugin's generated worker did:
 * precache the whole atlas, answer any query of a page with that page, keep the single download
 * tables once fetched, and take over only when the reader accepts the update (UpdatePrompt).
 *
 * Written here rather than generated because workbox-build writes the generated worker's imports
 * as '<absolute path of node_modules>' in single quotes, so a project in a folder whose path has an
 * apostrophe (a teacher's "Documents/L'atlas") could not be built at all (vite-pwa/astro#59);
 * here the bundler resolves the imports.
 */
import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { StaleWhileRevalidate } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (PrecacheEntry | string)[];
};

// State lives in the query string (?year=2013&country=FRA): every query of a page is the same
// precached file. Without this, /embed.html?year=2013 would miss the cache.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();

// The single tables repeat the Data Package zip (about 1 MB in all): kept once downloaded.
registerRoute(
  ({ url }) => /\/data\/downloads\/[^/]+\.(csv|json)$/.test(url.pathname),
  new StaleWhileRevalidate({ cacheName: 'atlas-downloads' }),
);

// The update prompt's "Reload" asks the waiting worker to take over (registerServiceWorker.ts).
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data: unknown = event.data;
  if (typeof data === 'object' && data !== null && 'type' in data && data.type === 'SKIP_WAITING') {
    void self.skipWaiting();
  }
});
