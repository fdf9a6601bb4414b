/**
 * One writer in each direction: the store writes the URL, and only popstate writes the store.
 * Discrete choices (a country, an event, the map view) push a history entry that Back undoes;
 * the year, which scrubs and plays through dozens of values, replaces the current entry.
 */
import type { Language } from '../i18n/messages';
import type { AtlasStoreApi, SelectionState } from './store';
import { parseUrlState, passThroughParams, serializeUrlState } from './urlState';

function isDiscreteChange(a: SelectionState, b: SelectionState): boolean {
  return (
    a.country !== b.country ||
    a.event !== b.event ||
    a.view !== b.view ||
    a.org !== b.org ||
    a.story !== b.story ||
    a.step !== b.step
  );
}

let replaceNext = false;

/**
 * The next store change rewrites the current history entry instead of adding one: for changes
 * that complete a state the URL already names (a story step opened from a link or by Back).
 */
export function replaceNextUrlWrite(): void {
  replaceNext = true;
}

export function startUrlSync(store: AtlasStoreApi, defaultLang: Language): () => void {
  const unsubscribe = store.subscribe((state, previous) => {
    const replace = replaceNext;
    replaceNext = false;
    const search = serializeUrlState(state, defaultLang, passThroughParams(window.location.search));
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (!replace && isDiscreteChange(state, previous)) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  });
  const onPopState = () => {
    const { selection } = parseUrlState(window.location.search);
    const { lang } = store.getState();
    store.getState().actions.restore({ lang, ...selection });
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}
