import type { Language, MessageKey } from '../i18n/messages';
import { translate, type Vars } from '../i18n/translate';
import { pickLocalized } from '../i18n/useT';
import type { LessonText } from './lessonFormat';
import type { LessonProblem } from './readLesson';

export function displayTitle(lang: Language, title: LessonText, untitled: string): string {
  return pickLocalized(lang, title).trim() || untitled;
}

const isMessageKey = (value: string | number): value is MessageKey =>
  typeof value === 'string' && value.startsWith('lesson.field.');

/** A problem as a sentence; a field named by its message key is translated too. */
export function problemText(lang: Language, problem: LessonProblem): string {
  const vars: Vars = {};
  for (const [name, value] of Object.entries(problem.vars ?? {})) {
    vars[name] = isMessageKey(value) ? translate(lang, value) : value;
  }
  return translate(lang, problem.key, vars);
}
