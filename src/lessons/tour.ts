/**
 * What presenter mode, the guided-tour bar and the handout go through: a built-in story or a
 * teacher's lesson, in one shape. Lessons' captions may be in one language only, and their steps
 * carry no sources of their own: a step shows the sources of the event it names.
 */
import type { Source, Story } from '../data/schemas';
import type { MapFrame } from '../state/stateConstants';
import { LESSON_FORMAT, LESSON_VERSION, type Lesson, type LessonText } from './lessonFormat';

export interface TourStep {
  year: number;
  country?: string | undefined;
  event?: string | undefined;
  frame?: MapFrame | undefined;
  org?: string | undefined;
  caption: LessonText;
  sources: readonly Source[];
}

export interface Tour {
  id: string;
  kind: 'story' | 'lesson';
  title: LessonText;
  steps: readonly TourStep[];
}

export const storyAsTour = (story: Story): Tour => ({
  id: story.id,
  kind: 'story',
  title: story.title,
  steps: story.steps,
});

export function lessonAsTour(
  lesson: Lesson,
  eventSources: (event: string) => readonly Source[],
): Tour {
  return {
    id: lesson.id,
    kind: 'lesson',
    title: lesson.title,
    steps: lesson.steps.map((step) => ({
      ...step,
      sources: step.event ? eventSources(step.event) : [],
    })),
  };
}

/**
 * A built-in story as a lesson of the reader's own, to adapt: its views and both languages of
 * its captions. Its sources stay with the data: each step shows its event's sources.
 */
export function storyAsLesson(story: Story, id: string): Lesson {
  return {
    format: LESSON_FORMAT,
    version: LESSON_VERSION,
    id,
    title: { ...story.title },
    steps: story.steps.map((step) => ({
      year: step.year,
      ...(step.country ? { country: step.country } : {}),
      ...(step.event ? { event: step.event } : {}),
      ...(step.frame ? { frame: step.frame } : {}),
      ...(step.org ? { org: step.org } : {}),
      caption: { ...step.caption },
    })),
  };
}
