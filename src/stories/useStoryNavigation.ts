import { useCallback } from 'react';
import { useStoreApi } from '../state/StoreContext';
import type { Story } from '../data/schemas';
import { moveStep, stepSelection } from './storyModel';

/** Moves through a story: each move sets the step and what it shows in one store change. */
export function useStoryNavigation(story: Story | undefined) {
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
      store.getState().actions.goToStep(story.id, target, stepSelection(current));
    },
    [story, store],
  );
}
