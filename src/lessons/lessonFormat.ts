/**
 * The lesson file: what a teacher saves, opens and shares as a link. It is untrusted input, so
 * every limit is stated here and checked on the way in (readLesson.ts). The format is versioned;
 * docs/lesson.schema.json is generated from these schemas (npm run lesson:schema) and
 * docs/lessons.md describes it for people.
 */
import { z } from 'zod';
import { FIRST_YEAR, LAST_YEAR } from '../data/schemas';

export const LESSON_FORMAT = 'mali-relations-atlas-lesson';
/** The version this copy of the atlas writes. Older versions are migrated on reading. */
export const LESSON_VERSION = 2;

/** Files and links larger than this are refused before they are read. */
export const LESSON_MAX_BYTES = 1024 * 1024;
export const LESSON_MAX_STEPS = 100;
export const CAPTION_MAX_LENGTH = 2000;
export const TITLE_MAX_LENGTH = 200;

/** A lesson's id, also its key in the browser and its name in the atlas's links (?story=). */
export const LESSON_ID_PATTERN = /^lesson-[a-z0-9]{4,32}$/;

const plainText = (max: number) => z.string().max(max, `must be at most ${String(max)} characters`);

/** Text in one or both of the atlas's languages: a lesson may be written in one only. */
export const lessonTextSchema = z.object({
  en: plainText(CAPTION_MAX_LENGTH).optional(),
  fr: plainText(CAPTION_MAX_LENGTH).optional(),
});
export type LessonText = z.infer<typeof lessonTextSchema>;

const titleSchema = z.object({
  en: plainText(TITLE_MAX_LENGTH).optional(),
  fr: plainText(TITLE_MAX_LENGTH).optional(),
});

/**
 * What a step shows. Ids are checked against the loaded data after the shape (readLesson.ts),
 * so that a message can name the step whose country or event this copy of the atlas lacks.
 */
const viewFields = {
  year: z
    .number()
    .int('must be a whole year')
    .min(FIRST_YEAR, `must be from ${String(FIRST_YEAR)} to ${String(LAST_YEAR)}`)
    .max(LAST_YEAR, `must be from ${String(FIRST_YEAR)} to ${String(LAST_YEAR)}`),
  country: z.string().max(8).optional(),
  event: z.string().max(80).optional(),
  frame: z.enum(['region', 'world']).optional(),
  org: z.string().max(12).optional(),
};

export const lessonStepSchema = z.object({ ...viewFields, caption: lessonTextSchema });
export type LessonStep = z.infer<typeof lessonStepSchema>;

export const lessonSchema = z.object({
  format: z.literal(LESSON_FORMAT),
  version: z.literal(LESSON_VERSION),
  id: z.string().regex(LESSON_ID_PATTERN, 'must be lesson- followed by 4 to 32 letters or digits'),
  title: titleSchema,
  /** When the lesson was last changed (ISO 8601): Your lessons lists the latest first. */
  updated: z.iso.datetime().optional(),
  steps: z.array(lessonStepSchema).max(LESSON_MAX_STEPS),
});
export type Lesson = z.infer<typeof lessonSchema>;

/**
 * Version 1: one language per lesson, the captions as plain strings, no id. Still read, and
 * migrated to version 2 (migrateLesson.ts).
 */
export const lessonV1Schema = z.object({
  format: z.literal(LESSON_FORMAT),
  version: z.literal(1),
  lang: z.enum(['en', 'fr']),
  title: plainText(TITLE_MAX_LENGTH),
  steps: z
    .array(z.object({ ...viewFields, caption: plainText(CAPTION_MAX_LENGTH) }))
    .max(LESSON_MAX_STEPS),
});
export type LessonV1 = z.infer<typeof lessonV1Schema>;
