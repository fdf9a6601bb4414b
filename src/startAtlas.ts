/**
 * Everything that runs beside the page's drawing, started once with the store: the URL, the
 * guards that drop unknown link values, the story driver, the global keys, Play, and the host
 * page's bridge in an embed. Each is a subscription that the layout never has to know about.
 */
import type { QueryClient } from '@tanstack/react-query';
import { watchAtlasIndex, watchStories } from './data/atlasData';
import type { Chrome } from './embed/chrome';
import { EMBED_PARAMS } from './embed/embedOptions';
import { startHostBridge } from './embed/hostBridge';
import type { Language } from './i18n/messages';
import { translate } from './i18n/translate';
import { startGlobalKeys } from './state/globalKeys';
import { startPlayback } from './state/playback';
import { startSelectionGuards } from './state/selectionGuards';
import { createAppStore, type AtlasStoreApi } from './state/store';
import { parseUrlState } from './state/urlState';
import { startUrlSync } from './state/urlSync';
import { startStoryDriver } from './stories/storyDriver';

/** The embed's display options travel in the same query string, untouched by the store. */
const PASS_THROUGH: ReadonlySet<string> = new Set(EMBED_PARAMS);

export function startAtlas(chrome: Chrome, queryClient: QueryClient): AtlasStoreApi {
  const browserLanguage: Language = navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  const parsed = parseUrlState(window.location.search, PASS_THROUGH);
  const store = createAppStore({
    lang: browserLanguage,
    ...parsed.selection,
    yearLocked: chrome.mode === 'embed' && !chrome.embed.interactive,
  });
  const { lang, actions } = store.getState();
  if (parsed.ignored.length > 0) {
    actions.addNotice(translate(lang, 'notice.ignoredParams', { list: parsed.ignored.join(', ') }));
  }
  if (parsed.adjusted.length > 0) {
    actions.addNotice(
      translate(lang, 'notice.adjustedParams', { list: parsed.adjusted.join(', ') }),
    );
  }
  const watchIndex = (listener: Parameters<typeof watchAtlasIndex>[1]) =>
    watchAtlasIndex(queryClient, listener);
  startUrlSync(store, { defaultLang: browserLanguage, passThrough: PASS_THROUGH });
  startSelectionGuards(store, watchIndex);
  startStoryDriver(store, (listener) => watchStories(queryClient, listener));
  startGlobalKeys(store);
  startPlayback(store);
  if (chrome.mode === 'embed') startHostBridge(store, watchIndex, chrome.embed);
  return store;
}
