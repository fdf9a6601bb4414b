import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useAtlasData } from '../data/atlasData';
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

/** The built-in stories, then the reader's lessons, as tours to follow or present. */
export function useTours(): { stories: Tour[]; lessons: Tour[] } {
  const stories = useQuery(storiesQuery()).data?.stories;
  const lessons = useLessons((s) => s.lessons);
  const data = useAtlasData();
  const index = data.status === 'success' ? data.index : undefined;
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
export function useActiveStory(): { stories: Tour[]; lessons: Tour[]; active: ActiveStory | null } {
  const tours = useTours();
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
