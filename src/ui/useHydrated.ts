import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/**
 * False while React renders on the server or takes over HTML written there (hydration), true
 * after: what depends on the browser (a canvas's text widths, code already loaded) waits one
 * render, so the page's first render matches the written HTML.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
