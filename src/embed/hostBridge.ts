import type { AtlasIndex } from '../data/atlasIndex';
import { yearOf } from '../data/dates';
import type { AtlasStoreApi } from '../state/store';
import type { EmbedOptions } from './embedOptions';
import { readSetMessage, type OutgoingMessage } from './hostMessages';

/**
 * The embed's side of the host API: announces ready and every change of year, country or event,
 * reports its height, and obeys valid `set` messages. With parentOrigin, it talks to that origin
 * only, in both directions.
 */
export function startHostBridge(
  store: AtlasStoreApi,
  watchIndex: (listener: (index: AtlasIndex) => void) => () => void,
  options: EmbedOptions,
): () => void {
  if (window.parent === window) return () => undefined;
  let stop: (() => void) | undefined;
  const stopWatching = watchIndex((index) => {
    stop?.();
    stop = connect(store, index, options);
  });
  return () => {
    stopWatching();
    stop?.();
  };
}

function connect(store: AtlasStoreApi, index: AtlasIndex, options: EmbedOptions): () => void {
  const post = (message: OutgoingMessage) => {
    window.parent.postMessage(message, options.parentOrigin ?? '*');
  };
  const { year, country, event } = store.getState();
  post({ type: 'mali-atlas:ready', year, country, event });

  const unsubscribe = store.subscribe((s, p) => {
    if (s.year !== p.year || s.country !== p.country || s.event !== p.event) {
      post({ type: 'mali-atlas:change', year: s.year, country: s.country, event: s.event });
    }
  });

  const onMessage = (message: MessageEvent) => {
    if (message.source !== window.parent) return;
    const set = readSetMessage(message.data, message.origin, options.parentOrigin);
    if (!set) return;
    const { actions } = store.getState();
    if (set.story !== undefined) {
      actions.openStory(set.story, (set.step ?? 1) - 1);
      return;
    }
    if (set.event) {
      const chosen = index.eventsById.get(set.event);
      if (chosen) actions.selectEvent({ id: chosen.id, year: yearOf(chosen.date) });
    } else if (set.event === null) actions.selectEvent(null);
    if (set.country !== undefined) {
      if (set.country === null || index.countriesByIso.has(set.country))
        actions.selectCountry(set.country);
    }
    if (set.year !== undefined && !set.event) actions.selectYear(set.year);
  };
  window.addEventListener('message', onMessage);

  let lastHeight = 0;
  const reportHeight = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    post({ type: 'mali-atlas:resize', height });
  };
  const observer = new ResizeObserver(reportHeight);
  observer.observe(document.documentElement);
  reportHeight();

  return () => {
    unsubscribe();
    window.removeEventListener('message', onMessage);
    observer.disconnect();
  };
}
