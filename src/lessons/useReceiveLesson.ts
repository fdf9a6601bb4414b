import { useCallback } from 'react';
import type { AtlasIndex } from '../data/atlasIndex';
import { translate } from '../i18n/translate';
import { useStoreApi } from '../state/StoreContext';
import { stepView } from './lessonCapture';
import { useLessonsApi } from './LessonsContext';
import { knownIdsOf } from './knownIds';
import { displayTitle } from './lessonText';
import { receiveLesson } from './receiveLesson';

/**
 * Opens a lesson's text (a chosen or dropped file) in the editor, showing its first step, and
 * tells the reader what happened; a refused file changes nothing. Returns whether it opened.
 */
export function useReceiveLesson(index: AtlasIndex): (text: string) => boolean {
  const atlas = useStoreApi();
  const lessons = useLessonsApi();
  return useCallback(
    (text: string) => {
      const { lang, actions } = atlas.getState();
      const received = receiveLesson(text, lessons, knownIdsOf(index), lang);
      if (!received.ok) {
        actions.addNotice(received.message);
        return false;
      }
      const { lesson, outcome, messages } = received;
      lessons.getState().actions.edit(lesson.id);
      const first = lesson.steps[0];
      if (first) actions.applySelection(stepView(first));
      const title = displayTitle(lang, lesson.title, translate(lang, 'lesson.untitled'));
      actions.addNotice(
        translate(lang, outcome === 'existing' ? 'lesson.alreadyKept' : 'lesson.opened', { title }),
      );
      for (const message of messages) actions.addNotice(message);
      return true;
    },
    [atlas, lessons, index],
  );
}
