import { useQuery } from '@tanstack/react-query';
import { storiesQuery } from '../data/queries';
import type { Story, StoryStep } from '../data/schemas';
import { useAtlasShallow } from '../state/StoreContext';

export interface ActiveStory {
  story: Story;
  /** 0-based, already clamped to the story. */
  step: number;
  current: StoryStep;
  count: number;
}

/** The stories as loaded, and the one being followed (if any) at its current step. */
export function useActiveStory(): { stories: Story[]; active: ActiveStory | null } {
  const stories = useQuery(storiesQuery()).data?.stories ?? [];
  const { storyId, step } = useAtlasShallow((s) => ({ storyId: s.story, step: s.step }));
  const story = storyId ? stories.find((s) => s.id === storyId) : undefined;
  if (!story) return { stories, active: null };
  const clamped = Math.min(step, story.steps.length - 1);
  const current = story.steps[clamped];
  return current
    ? { stories, active: { story, step: clamped, current, count: story.steps.length } }
    : { stories, active: null };
}
