import type { StoriesFile } from '../data/schemas';
import { translate } from '../i18n/translate';
import type { AtlasStoreApi } from '../state/store';
import { replaceNextUrlWrite } from '../state/urlSync';
import { clampStep, stepSelection } from './storyModel';

/** Calls its listener with the stories once they are loaded; returns the way to stop. */
export type WatchStories = (listener: (file: StoriesFile) => void) => () => void;

/**
 * Completes a story step the URL names (a deep link, Back and Forward): applies the step's year,
 * country, event, frame and overlay. Moves made in the app go through goToStep, which sets all of
 * it in one change.
 */
export function startStoryDriver(store: AtlasStoreApi, watchStories: WatchStories): () => void {
  let stopFollowing: (() => void) | undefined;
  const stopWatching = watchStories(({ stories }) => {
    const apply = () => {
      const { story: id, step, lang, actions } = store.getState();
      if (!id) return;
      const story = stories.find((s) => s.id === id);
      if (!story) {
        // Replaced, not pushed: Back must not return to a story that is closed again at once.
        replaceNextUrlWrite();
        actions.closeStory();
        actions.addNotice(
          translate(lang, 'notice.ignoredParams', {
            list: translate(lang, 'notice.unknownStory', { value: id }),
          }),
        );
        return;
      }
      const clamped = clampStep(step, story.steps.length);
      if (clamped !== step) {
        replaceNextUrlWrite();
        actions.setStep(clamped);
        return;
      }
      const current = story.steps[clamped];
      if (!current) return;
      replaceNextUrlWrite();
      actions.applySelection(stepSelection(current));
    };
    stopFollowing?.();
    apply();
    stopFollowing = store.subscribe((s, p) => {
      if (s.story !== p.story || s.step !== p.step) apply();
    });
  });
  return () => {
    stopWatching();
    stopFollowing?.();
  };
}
