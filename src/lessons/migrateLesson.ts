import { LESSON_FORMAT, LESSON_VERSION, type Lesson, type LessonV1 } from './lessonFormat';
import { newLessonId } from './lessonIds';

/** Version 1 (one language, no id) as version 2: the text goes under the lesson's language. */
export function migrateLessonV1(old: LessonV1): Lesson {
  return {
    format: LESSON_FORMAT,
    version: LESSON_VERSION,
    id: newLessonId(),
    title: { [old.lang]: old.title },
    steps: old.steps.map(({ caption, ...view }) => ({ ...view, caption: { [old.lang]: caption } })),
  };
}
