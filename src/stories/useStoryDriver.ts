import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { storiesQuery } from '../data/queries';
import { translate } from '../i18n/translate';
import { useStoreApi } from '../state/StoreContext';
import { replaceNextUrlWrite } from '../state/urlSync';
import { clampStep, stepSelection } from './storyModel';

/**
 * Completes a story step the URL names (a deep link, Back and Forward): applies the step's year,
 * country, event, view and overlay. Moves made in the app go through goToStep, which sets all of
 * it in one change.
 */
export function useStoryDriver(): void {
  const store = useStoreApi();
  const stories = useQuery(storiesQuery()).data?.stories;
  useEffect(() => {
    if (!stories) return;
    const apply = () => {
      const { story: id, step, lang, actions } = store.getState();
      if (!id) return;
      const story = stories.find((s) => s.id === id);
      if (!story) {
        actions.addNotice(
          translate(lang, 'notice.ignoredParams', {
            list: translate(lang, 'notice.unknownStory', { value: id }),
          }),
        );
        actions.closeStory();
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
    apply();
    return store.subscribe((s, p) => {
      if (s.story !== p.story || s.step !== p.step) apply();
    });
  }, [stories, store]);
}
