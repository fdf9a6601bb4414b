import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAPTION_MAX_LENGTH, LESSON_ID_PATTERN, LESSON_MAX_STEPS } from './lessonFormat';
import { LESSON_JSON_SCHEMA_PATH, lessonJsonSchema } from './lessonJsonSchema';

const published = readFileSync(join(import.meta.dirname, '../..', LESSON_JSON_SCHEMA_PATH), 'utf8');

describe('docs/lesson.schema.json', () => {
  it('is what npm run lesson:schema generates from the zod schema now', () => {
    // Compared as JSON, key order included; the layout is Prettier's (npm run lint checks it).
    expect(JSON.stringify(JSON.parse(published))).toBe(JSON.stringify(lessonJsonSchema()));
  });

  it('is a draft 2020-12 schema with a title and a description, and no $id', () => {
    const schema = lessonJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toEqual(expect.any(String));
    expect(schema.description).toEqual(expect.any(String));
    expect(schema).not.toHaveProperty('$id');
  });

  it('states the limits the atlas enforces', () => {
    expect(lessonJsonSchema()).toMatchObject({
      required: ['format', 'version', 'id', 'title', 'steps'],
      properties: {
        format: { const: 'mali-relations-atlas-lesson' },
        version: { const: 2 },
        id: { pattern: LESSON_ID_PATTERN.source },
        steps: {
          maxItems: LESSON_MAX_STEPS,
          items: {
            required: ['year', 'caption'],
            properties: {
              year: { type: 'integer', minimum: 1960, maximum: 2025 },
              caption: { properties: { en: { maxLength: CAPTION_MAX_LENGTH } } },
            },
          },
        },
      },
    });
  });
});
