/**
 * The published JSON Schema of the lesson file (docs/lesson.schema.json), generated from the zod
 * schema the atlas reads lessons with, so the two cannot say different things. Written by
 * `npm run lesson:schema`; lessonSchemaFile.test.ts fails when the committed file is stale.
 */
import { z } from 'zod';
import { LESSON_MAX_BYTES, lessonSchema } from './lessonFormat';

/** Where the schema is published, from the repository's root. */
export const LESSON_JSON_SCHEMA_PATH = 'docs/lesson.schema.json';

export function lessonJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(lessonSchema, {
    target: 'draft-2020-12',
    // The input side: what a file may contain. Unknown fields are accepted (and dropped on
    // reading), so the schema does not forbid them either.
    io: 'input',
  });
  const { $schema, ...rest } = generated;
  // No $id: the atlas is served from many origins (a school's server, a USB stick), none of
  // which is the schema's permanent home.
  return {
    $schema,
    title: 'Mali Relations Atlas lesson',
    description:
      'A lesson of the Mali Relations Atlas (format version 2): a title and up to 100 steps, each ' +
      'a view of the atlas (a year, and optionally a country, an event, a map frame and an ' +
      'organisation) with a caption in English, French or both. Captions are plain text. Files ' +
      `larger than ${String(LESSON_MAX_BYTES / 1024 / 1024)} MB are refused; version 1 files ` +
      'are still read and migrated. Country, event and organisation ids must exist in the atlas ' +
      'that opens the lesson. Lengths are counted in UTF-16 code units, as the atlas counts ' +
      'them: an emoji may count as two characters.',
    ...rest,
  };
}
