/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * Registers the service worker (sw.ts, built by vite-plugin-pwa with the build's file list). It
 * precaches the whole atlas (both pages, scripts, styles, fonts, data), so a classroom can use it
 * with no network after one visit. It is registered in "prompt" mode: a new version installs in the
 * background but never takes over a page that is running the old one, because old scripts with
 * new data (or a lazily loaded chunk from the other version) could break; the reader is offered a
 * reload instead (see UpdatePrompt).
 */
import { registerSW } from 'virtual:pwa-register';
import { offerUpdate } from './updateState';

/**
 * Call once at startup, before or after React renders. In the dev server and in unit tests the
 * plugin provides a stub that does nothing, so no stale worker ever serves the dev build.
 */
export function registerServiceWorker(): void {
  const updateServiceWorker = registerSW({
    onNeedRefresh() {
      offerUpdate({
        // Asks the waiting worker to skip waiting; the plugin reloads the page once it controls
        // it, so old and new code never run side by side.
        apply: () =>
          updateServiceWorker().catch((error: unknown) => {
            console.warn('The new version of the atlas could not take over:', error);
          }),
      });
    },
    onRegisterError(error: unknown) {
      // Some contexts refuse service workers (private windows in some browsers, blocked
      // third-party storage in an embed): the atlas still works online, it just is not cached.
      console.warn('No service worker: the atlas will not work offline.', error);
    },
  });
}
