/**
 * A lesson arriving from a file, a drop or a link: read, checked against the data, then added
 * to the reader's lessons without ever overwriting one. Returns what to tell the reader; a
 * refused lesson changes nothing.
 */
import type { Language } from '../i18n/messages';
import { translate } from '../i18n/translate';
import type { Lesson } from './lessonFormat';
import { displayTitle, problemText } from './lessonText';
import type { ImportOutcome, LessonsStoreApi } from './lessonsStore';
import { markupWarnings, readLessonText, unknownIds, type KnownIds } from './readLesson';

export type Received =
  | { ok: true; lesson: Lesson; outcome: ImportOutcome; messages: string[] }
  | { ok: false; message: string };

export function receiveLesson(
  text: string,
  lessons: LessonsStoreApi,
  known: KnownIds,
  lang: Language,
): Received {
  const refused = (reason: string): Received => ({
    ok: false,
    message: translate(lang, 'lesson.notOpened', { reason }),
  });
  const reading = readLessonText(text);
  if (!reading.ok) return refused(problemText(lang, reading.problem));
  const unknown = unknownIds(reading.lesson, known);
  if (unknown) return refused(problemText(lang, unknown));
  const { id, outcome } = lessons.getState().actions.importLesson(reading.lesson);
  const lesson = lessons.getState().lessons.find((l) => l.id === id) ?? reading.lesson;
  const title = displayTitle(lang, lesson.title, translate(lang, 'lesson.untitled'));
  const messages = [
    ...(reading.migratedFrom === null
      ? []
      : [translate(lang, 'lesson.migrated', { version: reading.migratedFrom })]),
    ...(outcome === 'copy' ? [translate(lang, 'lesson.keptAsCopy', { title })] : []),
    ...markupWarnings(lesson).map((w) => problemText(lang, w)),
  ];
  return { ok: true, lesson, outcome, messages };
}
