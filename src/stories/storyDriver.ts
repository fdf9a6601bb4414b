import { translate } from '../i18n/translate';
import { stepView, type StepFields } from '../lessons/lessonCapture';
import type { AtlasStoreApi } from '../state/store';
import { replaceNextUrlWrite } from '../state/urlSync';
import { clampStep } from './storyModel';

/** What the driver needs of a tour: its id and what each step shows. */
export interface DrivenTour {
  id: string;
  steps: readonly StepFields[];
}

/** Calls its listener with every tour once all are known (stories loaded, lessons read). */
export type WatchTours = (listener: (tours: readonly DrivenTour[]) => void) => () => void;

/**
 * Completes a story or lesson step the URL names (a deep link, a reload, Back and Forward):
 * applies the step's year, country, event, frame and overlay. Moves made in the app go through
 * goToStep, which sets all of it in one change. A lesson being edited changes the tours; the view
 * then stays where the reader put it, unless the followed tour is gone.
 */
export function startStoryDriver(store: AtlasStoreApi, watchTours: WatchTours): () => void {
  let tours: readonly DrivenTour[] | null = null;
  const apply = (onlyIfGone: boolean) => {
    if (!tours) return;
    const { story: id, step, lang, actions } = store.getState();
    if (!id) return;
    const tour = tours.find((s) => s.id === id);
    if (!tour) {
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
    if (onlyIfGone) return;
    const clamped = clampStep(step, tour.steps.length);
    if (clamped !== step) {
      replaceNextUrlWrite();
      actions.setStep(clamped);
      return;
    }
    const current = tour.steps[clamped];
    if (!current) return;
    replaceNextUrlWrite();
    actions.applySelection(stepView(current));
  };
  const stopWatching = watchTours((next) => {
    const first = tours === null;
    tours = next;
    apply(!first);
  });
  const stopFollowing = store.subscribe((s, p) => {
    if (s.story !== p.story || s.step !== p.step) apply(false);
  });
  return () => {
    stopWatching();
    stopFollowing();
  };
}
