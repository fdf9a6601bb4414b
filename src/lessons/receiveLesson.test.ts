import { describe, expect, it } from 'vitest';
import { lessonFixture } from './fixtures/lessonFixtures';
import { createLessonsStore } from './lessonsStore';
import type { KnownIds } from './readLesson';
import { receiveLesson } from './receiveLesson';

const knowsAll: KnownIds = { country: () => true, event: () => true, org: () => true };

describe('receiveLesson', () => {
  it('adds a lesson and says nothing more when all is well', () => {
    const store = createLessonsStore();
    const received = receiveLesson(lessonFixture('valid-v2'), store, knowsAll, 'en');
    expect(received).toMatchObject({ ok: true, outcome: 'added', messages: [] });
    expect(store.getState().lessons.map((l) => l.id)).toEqual(['lesson-serval2013']);
  });

  it('refuses in one sentence and changes nothing', () => {
    const store = createLessonsStore();
    expect(receiveLesson(lessonFixture('year-1959'), store, knowsAll, 'fr')).toEqual({
      ok: false,
      message:
        'La leçon n’a pas été ouverte. À l’étape 2, le champ « année » manque ou n’est pas valide.',
    });
    expect(
      receiveLesson(lessonFixture('valid-v2'), store, { ...knowsAll, org: () => false }, 'en'),
    ).toEqual({
      ok: false,
      message:
        'The lesson was not opened. Step 3 names an organisation this atlas does not have: “G5S”.',
    });
    expect(store.getState().lessons).toEqual([]);
  });

  it('tells the reader about an older format, a copy and markup', () => {
    const store = createLessonsStore();
    const migrated = receiveLesson(lessonFixture('valid-v1'), store, knowsAll, 'en');
    expect(migrated.ok && migrated.messages).toEqual([
      'This lesson was saved in an older format (version 1) and was updated.',
    ]);
    receiveLesson(lessonFixture('valid-v2'), store, knowsAll, 'en');
    const changed = lessonFixture('valid-v2').replace('Mali and France, 2013', 'Serval');
    const copy = receiveLesson(changed, store, knowsAll, 'en');
    expect(copy).toMatchObject({ ok: true, outcome: 'copy' });
    expect(copy.ok && copy.messages).toEqual([
      'You already have a different lesson with the same origin; “Serval” was kept beside it as a copy.',
    ]);
    const hostile = receiveLesson(lessonFixture('hostile'), store, knowsAll, 'en');
    expect(hostile.ok && hostile.messages).toEqual([
      'Captions contain HTML (<script>, in step 1, 2). Captions are plain text: it is shown as written, and never run.',
    ]);
  });
});
