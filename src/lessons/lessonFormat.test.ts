import { describe, expect, it } from 'vitest';
import { lessonFixtureJson } from './fixtures/lessonFixtures';
import {
  CAPTION_MAX_LENGTH,
  LESSON_ID_PATTERN,
  LESSON_MAX_STEPS,
  TITLE_MAX_LENGTH,
  lessonSchema,
  lessonV1Schema,
  type Lesson,
} from './lessonFormat';

const lesson = (steps: Lesson['steps'], title: Lesson['title'] = { en: 'Serval' }): Lesson => ({
  format: 'mali-relations-atlas-lesson',
  version: 2,
  id: 'lesson-abcd1234',
  title,
  steps,
});

describe('lessonSchema (version 2)', () => {
  it('accepts a lesson with an English-only, a bilingual and an empty caption', () => {
    const parsed = lessonSchema.parse(lessonFixtureJson('valid-v2'));
    expect(parsed.steps.map((s) => s.caption)).toEqual([
      { en: 'In March 2012 soldiers ousted President Amadou Toumani Touré.' },
      {
        en: 'France launched Operation Serval in January 2013.',
        fr: 'La France a lancé l’opération Serval en janvier 2013.',
      },
      {},
    ]);
    expect(parsed.steps[1]).toMatchObject({
      year: 2013,
      country: 'FRA',
      event: 'operation-serval-launched',
      frame: 'world',
    });
  });

  it.each([
    ['wrong-format', ['format']],
    ['version-3', ['version']],
    ['year-1959', ['steps', 1, 'year']],
    ['year-not-number', ['steps', 2, 'year']],
    ['steps-not-array', ['steps']],
    ['caption-too-long', ['steps', 1, 'caption', 'fr']],
  ] as const)('refuses %s, pointing at %j', (fixture, path) => {
    const result = lessonSchema.safeParse(lessonFixtureJson(fixture));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(path);
  });

  it('allows a caption of exactly the limit, not one character more', () => {
    const at = lesson([{ year: 2013, caption: { en: 'x'.repeat(CAPTION_MAX_LENGTH) } }]);
    const over = lesson([{ year: 2013, caption: { en: 'x'.repeat(CAPTION_MAX_LENGTH + 1) } }]);
    expect(lessonSchema.safeParse(at).success).toBe(true);
    expect(lessonSchema.safeParse(over).success).toBe(false);
  });

  it('limits the title and the number of steps', () => {
    expect(lessonSchema.safeParse(lesson([], { fr: 't'.repeat(TITLE_MAX_LENGTH) })).success).toBe(
      true,
    );
    expect(
      lessonSchema.safeParse(lesson([], { fr: 't'.repeat(TITLE_MAX_LENGTH + 1) })).success,
    ).toBe(false);
    const step = { year: 2000, caption: {} };
    expect(
      lessonSchema.safeParse(lesson(Array.from({ length: LESSON_MAX_STEPS }, () => step))).success,
    ).toBe(true);
    expect(
      lessonSchema.safeParse(lesson(Array.from({ length: LESSON_MAX_STEPS + 1 }, () => step)))
        .success,
    ).toBe(false);
  });

  it('refuses a year that is not whole, and a map frame it does not know', () => {
    expect(lessonSchema.safeParse(lesson([{ year: 2013.5, caption: {} }])).success).toBe(false);
    expect(lessonSchema.safeParse(lesson([{ year: 2026, caption: {} }])).success).toBe(false);
    expect(
      lessonSchema.safeParse({ ...lesson([]), steps: [{ year: 2013, frame: 'moon', caption: {} }] })
        .success,
    ).toBe(false);
  });

  it('drops fields it does not know rather than keeping them', () => {
    const parsed = lessonSchema.parse({
      ...lesson([{ year: 2013, caption: { en: 'Serval' } }]),
      onload: 'alert(1)',
    });
    expect(parsed).not.toHaveProperty('onload');
  });
});

describe('LESSON_ID_PATTERN', () => {
  it.each(['lesson-abcd', 'lesson-serval2013', `lesson-${'a'.repeat(32)}`])('accepts %s', (id) => {
    expect(LESSON_ID_PATTERN.test(id)).toBe(true);
  });

  it.each(['lesson-abc', 'lesson-ABCD', 'lesson-ab_cd', `lesson-${'a'.repeat(33)}`, 'abcd1234'])(
    'refuses %s',
    (id) => {
      expect(LESSON_ID_PATTERN.test(id)).toBe(false);
    },
  );
});

describe('lessonV1Schema', () => {
  it('accepts the older single-language lesson', () => {
    const parsed = lessonV1Schema.parse(lessonFixtureJson('valid-v1'));
    expect(parsed.lang).toBe('fr');
    expect(parsed.steps).toHaveLength(2);
  });

  it('is not version 2, and version 2 is not version 1', () => {
    expect(lessonSchema.safeParse(lessonFixtureJson('valid-v1')).success).toBe(false);
    expect(lessonV1Schema.safeParse(lessonFixtureJson('valid-v2')).success).toBe(false);
  });
});
