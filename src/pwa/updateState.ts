/**
 * Whether a new version of the atlas is waiting to take over, as a tiny external store for
 * `useSyncExternalStore`: the service worker registration writes it, `UpdatePrompt` reads it. It
 * lives outside React and outside the app store because the registration starts before React
 * renders and knows nothing of the reader's selection.
 */

/** A new version that is installed and waiting for the reader's go-ahead. */
export interface PendingUpdate {
  /** Lets the waiting version take over; the page reloads once it controls the page. */
  apply: () => Promise<void>;
}

let pending: PendingUpdate | null = null;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

/** Called when a new version is waiting: the prompt appears. */
export function offerUpdate(update: PendingUpdate): void {
  pending = update;
  emit();
}

/**
 * The reader chose to keep this version: the prompt goes away, and the new version takes over by
 * itself once every tab of the atlas is closed.
 */
export function dismissUpdate(): void {
  pending = null;
  emit();
}

export function getPendingUpdate(): PendingUpdate | null {
  return pending;
}

export function subscribeToUpdates(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
