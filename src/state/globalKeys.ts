import type { AtlasStoreApi } from './store';

/** Escape clears the selection (and stops Play) from anywhere but a form field. */
export function startGlobalKeys(store: AtlasStoreApi): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    // A modal dialog closes on Escape by itself; the selection stays.
    if (document.querySelector('dialog[open]')) return;
    const { country, event: selected, playing, presenting, actions } = store.getState();
    if (presenting) return;
    if (country || selected || playing) actions.clearSelection();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
