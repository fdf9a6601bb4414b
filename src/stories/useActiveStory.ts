import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { AtlasIndex } from '../data/atlasIndex';
import { storiesQuery } from '../data/queries';
import type { Source } from '../data/schemas';
import { useLessons } from '../lessons/LessonsContext';
import { lessonAsTour, storyAsTour, type Tour, type TourStep } from '../lessons/tour';
import { useAtlasShallow } from '../state/StoreContext';

export interface ActiveStory {
  story: Tour;
  /** 0-based, already clamped to the story. */
  step: number;
  current: TourStep;
  count: number;
}

const NO_SOURCES: readonly Source[] = [];

/**
 * The built-in stories, then the reader's lessons, as tours to follow or present. The index is
 * the caller's (a lesson step shows its event's sources): observing the data files here again
 * would refetch a file that failed each time a part mounts.
 */
export function useTours(index: AtlasIndex | undefined): { stories: Tour[]; lessons: Tour[] } {
  const stories = useQuery(storiesQuery()).data?.stories;
  const lessons = useLessons((s) => s.lessons);
  return useMemo(
    () => ({
      stories: (stories ?? []).map(storyAsTour),
      lessons: lessons
        .filter((l) => l.steps.length > 0)
        .map((l) =>
          lessonAsTour(l, (event) => index?.eventsById.get(event)?.sources ?? NO_SOURCES),
        ),
    }),
    [stories, lessons, index],
  );
}

/** The tours as loaded, and the one being followed (if any) at its current step. */
export function useActiveStory(index: AtlasIndex | undefined): {
  stories: Tour[];
  lessons: Tour[];
  active: ActiveStory | null;
} {
  const tours = useTours(index);
  const { storyId, step } = useAtlasShallow((s) => ({ storyId: s.story, step: s.step }));
  const story = storyId
    ? (tours.stories.find((s) => s.id === storyId) ?? tours.lessons.find((s) => s.id === storyId))
    : undefined;
  if (!story) return { ...tours, active: null };
  const clamped = Math.min(step, story.steps.length - 1);
  const current = story.steps[clamped];
  return current
    ? { ...tours, active: { story, step: clamped, current, count: story.steps.length } }
    : { ...tours, active: null };
}
