/**
 * Reading a lesson from a file or a link: the size, the JSON, the format and its version, the
 * shape, then the ids against the loaded data. Each refusal is one message, in the reader's
 * language, that names what is wrong (and which step); nothing in the text is ever run.
 */
import type { z } from 'zod';
import type { MessageKey } from '../i18n/messages';
import type { Vars } from '../i18n/translate';
import {
  LESSON_FORMAT,
  LESSON_MAX_BYTES,
  LESSON_VERSION,
  lessonSchema,
  lessonV1Schema,
  type Lesson,
  type LessonText,
} from './lessonFormat';
import { migrateLessonV1 } from './migrateLesson';

/** A message for the reader, translated where it is shown. */
export interface LessonProblem {
  key: MessageKey;
  vars?: Vars;
}

export type LessonReading =
  { ok: true; lesson: Lesson; migratedFrom: number | null } | { ok: false; problem: LessonProblem };

export const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

const refuse = (key: MessageKey, vars?: Vars): LessonReading => ({
  ok: false,
  problem: vars ? { key, vars } : { key },
});

const FIELD_KEYS: Record<string, MessageKey> = {
  year: 'lesson.field.year',
  country: 'lesson.field.country',
  event: 'lesson.field.event',
  frame: 'lesson.field.frame',
  org: 'lesson.field.org',
  caption: 'lesson.field.caption',
  title: 'lesson.field.title',
  id: 'lesson.field.id',
  steps: 'lesson.field.steps',
  lang: 'lesson.field.lang',
};

/** Where in the lesson a shape problem is: "step 2, year" rather than steps.1.year. */
function shapeProblem(error: z.ZodError): LessonProblem {
  const path = error.issues[0]?.path ?? [];
  const stepIndex = path[0] === 'steps' && typeof path[1] === 'number' ? path[1] : null;
  const field = [...path]
    .reverse()
    .find((p): p is string => typeof p === 'string' && p in FIELD_KEYS);
  const fieldKey = field === undefined ? undefined : FIELD_KEYS[field];
  if (stepIndex !== null) {
    return fieldKey && field !== 'steps'
      ? { key: 'lesson.error.stepField', vars: { step: stepIndex + 1, field: fieldKey } }
      : { key: 'lesson.error.step', vars: { step: stepIndex + 1 } };
  }
  return fieldKey
    ? { key: 'lesson.error.field', vars: { field: fieldKey } }
    : { key: 'lesson.error.notLesson' };
}

/** Reads a lesson's text: the shape and version only (ids need the data: unknownIds). */
export function readLessonText(text: string): LessonReading {
  if (utf8Length(text) > LESSON_MAX_BYTES) return refuse('lesson.error.tooBig');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse('lesson.error.notJson');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return refuse('lesson.error.notLesson');
  }
  const { format, version } = json as { format?: unknown; version?: unknown };
  if (format !== LESSON_FORMAT) return refuse('lesson.error.notLesson');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('lesson.error.field', { field: 'lesson.field.version' });
  }
  if (version > LESSON_VERSION) {
    return refuse('lesson.error.future', { version, supported: LESSON_VERSION });
  }
  if (version === 1) {
    const v1 = lessonV1Schema.safeParse(json);
    if (!v1.success) return { ok: false, problem: shapeProblem(v1.error) };
    return { ok: true, lesson: migrateLessonV1(v1.data), migratedFrom: 1 };
  }
  const parsed = lessonSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problem: shapeProblem(parsed.error) };
  return { ok: true, lesson: parsed.data, migratedFrom: null };
}

/** What the loaded data holds, to check a lesson's ids against. */
export interface KnownIds {
  country: (iso3: string) => boolean;
  event: (id: string) => boolean;
  org: (id: string) => boolean;
}

/** The first id this copy of the atlas does not hold, naming its step; null when all are known. */
export function unknownIds(lesson: Lesson, known: KnownIds): LessonProblem | null {
  for (const [i, step] of lesson.steps.entries()) {
    for (const field of ['country', 'event', 'org'] as const) {
      const value = step[field];
      if (value !== undefined && !known[field](value)) {
        return {
          key: `lesson.error.unknown.${field}`,
          vars: { step: i + 1, value },
        };
      }
    }
  }
  return null;
}

/** An HTML tag (<b>, </p>, <script …>, <img …>): shown as typed, never interpreted. */
const TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^>]*)?\/?>/i;

const tagIn = (text: LessonText): string | undefined =>
  [text.en, text.fr].map((t) => (t === undefined ? undefined : TAG.exec(t)?.[0])).find(Boolean);

/**
 * Warnings for text that looks like HTML: the reader is told, once for the title and once for
 * all the captions, that it shows as plain text.
 */
export function markupWarnings(lesson: Lesson): LessonProblem[] {
  const warnings: LessonProblem[] = [];
  const inTitle = tagIn(lesson.title);
  if (inTitle) {
    warnings.push({ key: 'lesson.warning.titleMarkup', vars: { tag: shorten(inTitle) } });
  }
  const tagged = lesson.steps.flatMap((step, i) => {
    const tag = tagIn(step.caption);
    return tag ? [{ step: i + 1, tag }] : [];
  });
  const first = tagged[0];
  if (first) {
    warnings.push({
      key: 'lesson.warning.markup',
      vars: { steps: tagged.map((t) => t.step).join(', '), tag: shorten(first.tag) },
    });
  }
  return warnings;
}

const shorten = (tag: string): string => (tag.length > 40 ? `${tag.slice(0, 39)}…` : tag);
