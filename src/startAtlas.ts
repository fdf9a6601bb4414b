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
import { createLessonsStore, type LessonsStoreApi } from './lessons/lessonsStore';
import { startLessonLink } from './lessons/startLessonLink';
import { startLessonPersistence } from './lessons/lessonsPersistence';
import { startStoryDriver, type DrivenTour, type WatchTours } from './stories/storyDriver';

/** The embed's display options travel in the same query string, untouched by the store. */
const PASS_THROUGH: ReadonlySet<string> = new Set(EMBED_PARAMS);

export interface StartedAtlas {
  store: AtlasStoreApi;
  lessons: LessonsStoreApi;
}

/** Every tour once both are known: the stories loaded, the reader's lessons read. */
function watchTours(queryClient: QueryClient, lessons: LessonsStoreApi): WatchTours {
  return (listener) => {
    let stories: readonly DrivenTour[] | null = null;
    const emit = () => {
      const { status, lessons: kept } = lessons.getState();
      if (stories === null || status === 'loading') return;
      listener([...stories, ...kept]);
    };
    const stopStories = watchStories(queryClient, (file) => {
      stories = file.stories;
      emit();
    });
    const stopLessons = lessons.subscribe((s, p) => {
      if (s.lessons !== p.lessons || s.status !== p.status) emit();
    });
    return () => {
      stopStories();
      stopLessons();
    };
  };
}

export function startAtlas(chrome: Chrome, queryClient: QueryClient): StartedAtlas {
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
  const lessons = createLessonsStore();
  if (chrome.mode === 'embed') lessons.getState().actions.loaded([], 'memory');
  else {
    void startLessonPersistence(lessons, {
      onUnavailable: () =>
        store
          .getState()
          .actions.addNotice(translate(store.getState().lang, 'lesson.storageUnavailable')),
    });
  }
  startLessonLink(store, lessons, watchIndex, { embed: chrome.mode === 'embed' });
  startStoryDriver(store, watchTours(queryClient, lessons));
  startGlobalKeys(store);
  startPlayback(store);
  if (chrome.mode === 'embed') startHostBridge(store, watchIndex, chrome.embed);
  return { store, lessons };
}
