import { useCallback } from 'react';
import { stepView } from '../lessons/lessonCapture';
import type { Tour } from '../lessons/tour';
import { useStoreApi } from '../state/StoreContext';
import { moveStep } from './storyModel';

/** Moves through a story or a lesson: each move sets the step and what it shows in one change. */
export function useStoryNavigation(story: Tour | undefined) {
  const store = useStoreApi();
  return useCallback(
    (move: 'next' | 'previous' | 'first' | 'last' | number) => {
      if (!story) return;
      const { step } = store.getState();
      const count = story.steps.length;
      const target =
        typeof move === 'number'
          ? Math.min(count - 1, Math.max(0, move))
          : moveStep(move, step, count);
      const current = story.steps[target];
      if (!current) return;
      store.getState().actions.goToStep(story.id, target, stepView(current));
    },
    [story, store],
  );
}
