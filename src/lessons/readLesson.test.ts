import { describe, expect, it } from 'vitest';
import { lessonFixture, type LessonFixture } from './fixtures/lessonFixtures';
import { LESSON_ID_PATTERN, LESSON_MAX_BYTES, type Lesson } from './lessonFormat';
import {
  markupWarnings,
  readLessonText,
  unknownIds,
  utf8Length,
  type KnownIds,
  type LessonProblem,
  type LessonReading,
} from './readLesson';

/** The lesson a reading gave, or the test fails saying what was refused. */
function accepted(reading: LessonReading): Lesson {
  if (!reading.ok) throw new Error(`refused: ${JSON.stringify(reading.problem)}`);
  return reading.lesson;
}

const problemOf = (text: string): LessonProblem | null => {
  const reading = readLessonText(text);
  return reading.ok ? null : reading.problem;
};

describe('readLessonText: one message per refusal', () => {
  it.each<[LessonFixture, LessonProblem]>([
    ['wrong-format', { key: 'lesson.error.notLesson' }],
    ['version-3', { key: 'lesson.error.future', vars: { version: 3, supported: 2 } }],
    ['year-1959', { key: 'lesson.error.stepField', vars: { step: 2, field: 'lesson.field.year' } }],
    [
      'year-not-number',
      { key: 'lesson.error.stepField', vars: { step: 3, field: 'lesson.field.year' } },
    ],
    ['steps-not-array', { key: 'lesson.error.field', vars: { field: 'lesson.field.steps' } }],
    [
      'caption-too-long',
      { key: 'lesson.error.stepField', vars: { step: 2, field: 'lesson.field.caption' } },
    ],
  ])('%s', (fixture, problem) => {
    expect(problemOf(lessonFixture(fixture))).toEqual(problem);
  });

  it('refuses text that is not JSON', () => {
    expect(problemOf('{"format": "mali-relations-atlas-lesson",')).toEqual({
      key: 'lesson.error.notJson',
    });
    expect(problemOf('')).toEqual({ key: 'lesson.error.notJson' });
  });

  it.each(['null', '[]', '"lesson"', '42'])('refuses JSON that is not an object: %s', (text) => {
    expect(problemOf(text)).toEqual({ key: 'lesson.error.notLesson' });
  });

  it.each([
    ['missing', {}],
    ['text', { version: '2' }],
    ['zero', { version: 0 }],
    ['fractional', { version: 1.5 }],
  ])('names the format version when it is %s', (_, version) => {
    const text = JSON.stringify({ format: 'mali-relations-atlas-lesson', ...version });
    expect(problemOf(text)).toEqual({
      key: 'lesson.error.field',
      vars: { field: 'lesson.field.version' },
    });
  });

  it('names the field outside the steps: the id, the title', () => {
    const valid = JSON.parse(lessonFixture('valid-v2')) as Record<string, unknown>;
    expect(problemOf(JSON.stringify({ ...valid, id: 'Serval 2013' }))).toEqual({
      key: 'lesson.error.field',
      vars: { field: 'lesson.field.id' },
    });
    expect(problemOf(JSON.stringify({ ...valid, title: 'Serval' }))).toEqual({
      key: 'lesson.error.field',
      vars: { field: 'lesson.field.title' },
    });
  });

  it('names a step that is not a step at all by its number alone', () => {
    const valid = JSON.parse(lessonFixture('valid-v2')) as { steps: unknown[] };
    const text = JSON.stringify({ ...valid, steps: [...valid.steps, 'Serval'] });
    expect(problemOf(text)).toEqual({ key: 'lesson.error.step', vars: { step: 4 } });
  });

  it('names the step and field of a version 1 lesson too', () => {
    const v1 = JSON.parse(lessonFixture('valid-v1')) as { steps: { year: number }[] };
    const text = JSON.stringify({
      ...v1,
      steps: [v1.steps[0], { ...v1.steps[1], frame: 'moon' }],
    });
    expect(problemOf(text)).toEqual({
      key: 'lesson.error.stepField',
      vars: { step: 2, field: 'lesson.field.frame' },
    });
  });
});

describe('readLessonText: the 1 MB limit', () => {
  /** The valid lesson, padded with trailing spaces (still valid JSON) to exactly `bytes`. */
  const paddedTo = (bytes: number): string => {
    const text = lessonFixture('valid-v2');
    return text + ' '.repeat(bytes - utf8Length(text));
  };

  it('reads a lesson of exactly 1 MB', () => {
    expect(readLessonText(paddedTo(LESSON_MAX_BYTES)).ok).toBe(true);
  });

  it('refuses one byte more, before reading its JSON', () => {
    expect(problemOf(paddedTo(LESSON_MAX_BYTES + 1))).toEqual({ key: 'lesson.error.tooBig' });
    expect(problemOf('x'.repeat(LESSON_MAX_BYTES + 1))).toEqual({ key: 'lesson.error.tooBig' });
  });

  it('counts bytes, not characters: 600,000 accented letters are 1.2 MB', () => {
    const text = JSON.stringify({ title: 'é'.repeat(600_000) });
    expect(text.length).toBeLessThan(LESSON_MAX_BYTES);
    expect(problemOf(text)).toEqual({ key: 'lesson.error.tooBig' });
  });
});

describe('readLessonText: accepted lessons', () => {
  it('reads a version 2 lesson as it is', () => {
    const reading = readLessonText(lessonFixture('valid-v2'));
    expect(reading).toMatchObject({ ok: true, migratedFrom: null });
    expect(accepted(reading)).toEqual(JSON.parse(lessonFixture('valid-v2')));
  });

  it('reads a version 1 lesson, migrated, and says so', () => {
    const reading = readLessonText(lessonFixture('valid-v1'));
    expect(reading).toMatchObject({ ok: true, migratedFrom: 1 });
    const lesson = accepted(reading);
    expect(lesson.version).toBe(2);
    expect(lesson.id).toMatch(LESSON_ID_PATTERN);
    expect(lesson.title).toEqual({ fr: 'L’indépendance' });
  });

  it('accepts the hostile lesson with its text unchanged, and warns once for all its captions', () => {
    const text = lessonFixture('hostile');
    const lesson = accepted(readLessonText(text));
    expect(lesson.steps.map((s) => s.caption)).toEqual(
      (JSON.parse(text) as Lesson).steps.map((s) => s.caption),
    );
    expect(lesson.steps[0]?.caption.en).toContain('<script>alert(1)</script>');
    expect(markupWarnings(lesson)).toEqual([
      { key: 'lesson.warning.markup', vars: { steps: '1, 2', tag: '<script>' } },
    ]);
  });
});

describe('markupWarnings', () => {
  const withText = (title: string, caption: string): Lesson => ({
    ...accepted(readLessonText(lessonFixture('valid-v2'))),
    title: { en: title },
    steps: [{ year: 2013, caption: { en: caption } }],
  });

  it('says nothing of plain text, comparisons and arrows included', () => {
    expect(markupWarnings(accepted(readLessonText(lessonFixture('valid-v2'))))).toEqual([]);
    expect(markupWarnings(withText('1960 < 2013', 'a < b, c > d, <-> and <3'))).toEqual([]);
  });

  it('warns about a tag in the title', () => {
    expect(markupWarnings(withText('<b>Serval</b>', 'Serval'))).toEqual([
      { key: 'lesson.warning.titleMarkup', vars: { tag: '<b>' } },
    ]);
  });

  it('shortens a long tag to 40 characters', () => {
    const tag = `<a href="${'x'.repeat(60)}">`;
    const [warning] = markupWarnings(withText('Serval', `${tag}link</a>`));
    expect(warning?.vars?.tag).toBe(`${tag.slice(0, 39)}…`);
  });
});

describe('unknownIds', () => {
  const known = (countries: string[], events: string[], orgs: string[]): KnownIds => ({
    country: (id) => countries.includes(id),
    event: (id) => events.includes(id),
    org: (id) => orgs.includes(id),
  });
  const fixture = accepted(readLessonText(lessonFixture('valid-v2')));
  const all = known(
    ['FRA'],
    ['coup-ousts-amadou-toumani-toure', 'operation-serval-launched'],
    ['G5S'],
  );

  it('is null when the atlas holds every id', () => {
    expect(unknownIds(fixture, all)).toBeNull();
  });

  it('names an unknown country, event or organisation and its step', () => {
    expect(unknownIds(fixture, { ...all, country: () => false })).toEqual({
      key: 'lesson.error.unknown.country',
      vars: { step: 2, value: 'FRA' },
    });
    expect(
      unknownIds(fixture, { ...all, event: (id) => id !== 'operation-serval-launched' }),
    ).toEqual({
      key: 'lesson.error.unknown.event',
      vars: { step: 2, value: 'operation-serval-launched' },
    });
    expect(unknownIds(fixture, { ...all, org: () => false })).toEqual({
      key: 'lesson.error.unknown.org',
      vars: { step: 3, value: 'G5S' },
    });
  });

  it('names only the first unknown id, in step order', () => {
    expect(unknownIds(fixture, known([], [], []))).toEqual({
      key: 'lesson.error.unknown.event',
      vars: { step: 1, value: 'coup-ousts-amadou-toumani-toure' },
    });
  });
});
