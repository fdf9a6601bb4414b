import { describe, expect, it } from 'vitest';
import { lessonFixtureJson } from './fixtures/lessonFixtures';
import { LESSON_ID_PATTERN, lessonSchema, lessonV1Schema, type LessonV1 } from './lessonFormat';
import { migrateLessonV1 } from './migrateLesson';

const v1 = lessonV1Schema.parse(lessonFixtureJson('valid-v1'));

describe('migrateLessonV1', () => {
  it('puts the title and every caption under the lesson’s language', () => {
    const lesson = migrateLessonV1(v1);
    expect(lesson.title).toEqual({ fr: 'L’indépendance' });
    expect(lesson.steps.map((s) => s.caption)).toEqual([
      { fr: 'La Fédération du Mali devient indépendante en juin 1960.' },
      { fr: 'Le Mali participe à la fondation de l’OUA.' },
    ]);
  });

  it('leaves what each step shows unchanged', () => {
    const lesson = migrateLessonV1(v1);
    const withoutCaption = <T extends { caption: unknown }>(step: T) => ({
      ...step,
      caption: null,
    });
    expect(lesson.steps.map(withoutCaption)).toEqual(v1.steps.map(withoutCaption));
  });

  it('gives a fresh lesson id, and writes a valid version 2 lesson', () => {
    const first = migrateLessonV1(v1);
    const second = migrateLessonV1(v1);
    expect(first.id).toMatch(LESSON_ID_PATTERN);
    expect(second.id).not.toBe(first.id);
    expect(lessonSchema.parse(first)).toEqual(first);
    expect(first).toMatchObject({ format: 'mali-relations-atlas-lesson', version: 2 });
  });

  it('uses English when the lesson was English', () => {
    const english: LessonV1 = { ...v1, lang: 'en', title: 'Independence' };
    expect(migrateLessonV1(english).title).toEqual({ en: 'Independence' });
    expect(migrateLessonV1(english).steps[0]?.caption).toEqual({
      en: 'La Fédération du Mali devient indépendante en juin 1960.',
    });
  });
});
