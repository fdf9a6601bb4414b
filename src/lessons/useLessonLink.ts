import { useEffect, useState } from 'react';
import type { Lesson } from './lessonFormat';
import { encodeLessonFragment, LESSON_LINK_MAX_LENGTH } from './lessonLink';

export type LessonLinkState =
  { kind: 'pending' } | { kind: 'ready'; link: string } | { kind: 'tooLong'; length: number };

/** The lesson's link, encoded again when the lesson changes (a few ms; never on each keystroke). */
export function useLessonLink(lesson: Lesson | undefined): LessonLinkState {
  const [state, setState] = useState<LessonLinkState>({ kind: 'pending' });
  useEffect(() => {
    if (!lesson) return;
    let current = true;
    const timer = window.setTimeout(() => {
      void encodeLessonFragment(lesson).then((fragment) => {
        if (!current) return;
        const link = `${window.location.origin}${window.location.pathname}${fragment}`;
        setState(
          link.length > LESSON_LINK_MAX_LENGTH
            ? { kind: 'tooLong', length: link.length }
            : { kind: 'ready', link },
        );
      });
    }, 300);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [lesson]);
  return state;
}
