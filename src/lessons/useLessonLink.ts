import { useEffect, useState } from 'react';
import type { Lesson } from './lessonFormat';
import { encodeLessonFragment, LESSON_LINK_MAX_LENGTH } from './lessonLink';

export type LessonLinkState =
  { kind: 'pending' } | { kind: 'ready'; link: string } | { kind: 'tooLong'; length: number };

/** The link to this copy of the atlas carrying the lesson, or how long it would be. */
export async function buildLessonLink(lesson: Lesson): Promise<LessonLinkState> {
  const fragment = await encodeLessonFragment(lesson);
  const link = `${window.location.origin}${window.location.pathname}${fragment}`;
  return link.length > LESSON_LINK_MAX_LENGTH
    ? { kind: 'tooLong', length: link.length }
    : { kind: 'ready', link };
}

/** The lesson's link, encoded again whenever the lesson changes (about a millisecond). */
export function useLessonLink(lesson: Lesson | undefined): LessonLinkState {
  const [state, setState] = useState<LessonLinkState>({ kind: 'pending' });
  useEffect(() => {
    if (!lesson) return;
    let current = true;
    void buildLessonLink(lesson).then((next) => {
      if (current) setState(next);
    });
    return () => {
      current = false;
    };
  }, [lesson]);
  return state;
}
