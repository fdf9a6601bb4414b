/**
 * One writer in each direction: the store writes the URL, and only popstate writes the store.
 * Discrete choices (a country, an event, the frame, the tab) push a history entry that Back undoes;
 * the year, which scrubs and plays through dozens of values, replaces the current entry, and
 * those replacements are gathered into one write once the year rests: each costs a few
 * milliseconds in Chromium (measured by npm run bench), and browsers throttle pages that write
 * their history too often.
 */
import type { Language } from '../i18n/messages';
import type { AtlasStoreApi, SelectionState } from './store';
import { parseUrlState, passThroughParams, serializeUrlState, type PassThrough } from './urlState';

function isDiscreteChange(a: SelectionState, b: SelectionState): boolean {
  return (
    a.country !== b.country ||
    a.event !== b.event ||
    a.frame !== b.frame ||
    a.tab !== b.tab ||
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

/** How long the year rests before the URL follows it: longer than a step of Play at its fastest. */
export const URL_REPLACE_DELAY_MS = 300;

export interface UrlSyncOptions {
  /** The language the page opens in without `lang=`: links leave it out. */
  defaultLang: Language;
  /** Parameters other features own, carried over untouched. */
  passThrough: PassThrough;
}

export function startUrlSync(
  store: AtlasStoreApi,
  { defaultLang, passThrough }: UrlSyncOptions,
): () => void {
  let pending: SelectionState | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const urlOf = (state: SelectionState): string | null => {
    const search = serializeUrlState(
      state,
      defaultLang,
      passThroughParams(window.location.search, passThrough),
    );
    if (search === window.location.search) return null;
    return `${window.location.pathname}${search}${window.location.hash}`;
  };
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    const state = pending;
    pending = null;
    const url = state && urlOf(state);
    if (url) window.history.replaceState(null, '', url);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    const replace = replaceNext;
    replaceNext = false;
    if (!replace && isDiscreteChange(state, previous)) {
      // The entry being left keeps the year it was left at, so Back returns there.
      flush();
      const url = urlOf(state);
      if (url) window.history.pushState(null, '', url);
      return;
    }
    pending = state;
    clearTimeout(timer);
    timer = setTimeout(flush, URL_REPLACE_DELAY_MS);
  });
  const onPopState = () => {
    // The URL Back or Forward reached is the truth; a write still waiting would undo it.
    clearTimeout(timer);
    timer = undefined;
    pending = null;
    const { selection } = parseUrlState(window.location.search, passThrough);
    const { lang } = store.getState();
    store.getState().actions.restore({ lang, ...selection });
  };
  window.addEventListener('popstate', onPopState);
  const onPageHide = () => flush();
  window.addEventListener('pagehide', onPageHide);
  return () => {
    flush();
    window.removeEventListener('pagehide', onPageHide);
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}
