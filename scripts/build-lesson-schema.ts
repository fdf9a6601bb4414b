/**
 * Writes docs/lesson.schema.json from the zod schema the atlas reads lessons with, formatted as
 * Prettier would leave it so `npm run lint` stays clean: `npm run lesson:schema`. Run it after
 * changing src/lessons/lessonFormat.ts; src/lessons/lessonSchemaFile.test.ts fails until then.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { LESSON_JSON_SCHEMA_PATH, lessonJsonSchema } from '../src/lessons/lessonJsonSchema.ts';
import { isEntryPoint } from './isEntryPoint.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildLessonSchema(): Promise<string> {
  const path = join(root, LESSON_JSON_SCHEMA_PATH);
  const options = (await resolveConfig(path)) ?? {};
  const text = await format(JSON.stringify(lessonJsonSchema(), null, 2), {
    ...options,
    filepath: path,
  });
  writeFileSync(path, text);
  return path;
}

if (isEntryPoint(import.meta.url)) {
  const path = await buildLessonSchema();
  console.log(`lesson:schema: wrote ${path}`);
}
