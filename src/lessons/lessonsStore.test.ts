import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LESSON_ID_PATTERN, type Lesson, type LessonStep } from './lessonFormat';
import { decodeLessonFragment, encodeLessonFragment } from './lessonLink';
import { createLessonsStore, isWorthKeeping, type LessonsStoreApi } from './lessonsStore';
import { readLessonText } from './readLesson';

const step = (year: number, en?: string): LessonStep => ({
  year,
  frame: 'region',
  caption: en === undefined ? {} : { en },
});

const lessonOf = (id: string, steps: LessonStep[], title: Lesson['title'] = {}): Lesson => ({
  format: 'mali-relations-atlas-lesson',
  version: 2,
  id,
  title,
  steps,
  updated: '2024-01-01T00:00:00.000Z',
});

let store: LessonsStoreApi;
const state = () => store.getState();
const actions = () => store.getState().actions;
const open = (): Lesson | undefined => state().lessons.find((l) => l.id === state().editingId);
const ids = () => state().lessons.map((l) => l.id);
const years = () => open()?.steps.map((s) => s.year);

beforeEach(() => {
  // `updated` orders Your lessons; a fixed clock that moves on each change keeps it certain.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2025-03-14T09:00:00Z') });
  store = createLessonsStore();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a new lesson', () => {
  it('is empty, open in the editor and first in the list', () => {
    const id = actions().newLesson();
    expect(id).toMatch(LESSON_ID_PATTERN);
    expect(state().editingId).toBe(id);
    expect(ids()).toEqual([id]);
    expect(open()).toMatchObject({ version: 2, title: {}, steps: [] });
  });

  it('left empty is dropped when another lesson is opened', () => {
    const kept = actions().newLesson();
    actions().addStep(step(1960));
    const draft = actions().newLesson();
    actions().edit(kept);
    expect(ids()).toEqual([kept]);
    expect(ids()).not.toContain(draft);
  });

  it('left empty is dropped when a new one is started or the editor is closed', () => {
    const first = actions().newLesson();
    const second = actions().newLesson();
    expect(ids()).toEqual([second]);
    expect(ids()).not.toContain(first);
    actions().closeEditor();
    expect(state().editingId).toBeNull();
    expect(ids()).toEqual([]);
  });

  it('is kept as soon as it has a title or a step', () => {
    const titled = actions().newLesson();
    actions().setTitle('fr', 'Le Mali en 1960');
    actions().closeEditor();
    expect(ids()).toEqual([titled]);
    expect(isWorthKeeping(lessonOf('lesson-blank1', [], { en: '   ' }))).toBe(false);
    expect(isWorthKeeping(lessonOf('lesson-blank1', [step(2000)]))).toBe(true);
  });
});

describe('editing the steps', () => {
  beforeEach(() => {
    actions().newLesson();
  });

  it('adds steps at the end and says where', () => {
    expect(actions().addStep(step(1960))).toBe(0);
    expect(actions().addStep(step(1963))).toBe(1);
    expect(years()).toEqual([1960, 1963]);
  });

  it('moves a step up or down, and not past either end', () => {
    for (const year of [1960, 1963, 2013]) actions().addStep(step(year));
    expect(actions().moveStep(0, 1)).toBe(1);
    expect(years()).toEqual([1963, 1960, 2013]);
    expect(actions().moveStep(2, -1)).toBe(1);
    expect(years()).toEqual([1963, 2013, 1960]);
    expect(actions().moveStep(0, -1)).toBe(0);
    expect(actions().moveStep(2, 1)).toBe(2);
    expect(years()).toEqual([1963, 2013, 1960]);
  });

  it('updates what a step shows and keeps its caption', () => {
    actions().addStep(step(2012, 'The coup.'));
    actions().replaceView(0, { year: 2013, country: 'FRA', frame: 'world' });
    expect(open()?.steps[0]).toEqual({
      year: 2013,
      country: 'FRA',
      frame: 'world',
      caption: { en: 'The coup.' },
    });
  });

  it('writes a caption in one language and leaves the other as it was', () => {
    actions().addStep(step(2013, 'Serval.'));
    actions().setCaption(0, 'fr', 'Serval.');
    actions().setCaption(0, 'en', 'Operation Serval.');
    expect(open()?.steps[0]?.caption).toEqual({ en: 'Operation Serval.', fr: 'Serval.' });
  });

  it('ignores a step that is not there', () => {
    actions().addStep(step(2013));
    const before = open();
    actions().replaceView(5, { year: 1960 });
    actions().setCaption(5, 'en', 'Nothing');
    actions().removeStep(5);
    expect(open()).toBe(before);
  });

  it('removes a step, and Undo puts it back at its place', () => {
    for (const year of [1960, 1963, 2013]) actions().addStep(step(year, String(year)));
    actions().removeStep(1);
    expect(years()).toEqual([1960, 2013]);
    expect(actions().undoRemove()).toBe(1);
    expect(open()?.steps).toEqual([step(1960, '1960'), step(1963, '1963'), step(2013, '2013')]);
    expect(actions().undoRemove()).toBeNull();
  });

  it('undoes several removals latest first', () => {
    for (const year of [1960, 1963, 2013]) actions().addStep(step(year));
    actions().removeStep(0);
    actions().removeStep(1);
    expect(years()).toEqual([1963]);
    expect(actions().undoRemove()).toBe(1);
    expect(actions().undoRemove()).toBe(0);
    expect(years()).toEqual([1960, 1963, 2013]);
  });

  it('forgets removed steps once another lesson is opened', () => {
    const first = state().editingId ?? '';
    actions().addStep(step(1960));
    actions().addStep(step(1963));
    actions().removeStep(0);
    actions().newLesson();
    actions().edit(first);
    expect(actions().undoRemove()).toBeNull();
    expect(years()).toEqual([1963]);
  });

  it('moves the lesson changed last to the top, with the time of the change', () => {
    const first = state().editingId ?? '';
    actions().addStep(step(1960));
    const second = actions().newLesson();
    vi.setSystemTime(new Date('2025-03-14T10:00:00Z'));
    actions().addStep(step(2013));
    expect(ids()).toEqual([second, first]);
    actions().edit(first);
    vi.setSystemTime(new Date('2025-03-14T11:00:00Z'));
    actions().setTitle('en', 'Independence');
    expect(ids()).toEqual([first, second]);
    expect(open()?.updated).toBe('2025-03-14T11:00:00.000Z');
  });
});

describe('importing a lesson', () => {
  const serval = lessonOf('lesson-serval2013', [step(2013, 'Serval.')], { en: 'Serval' });

  it('adds a lesson it does not have', () => {
    expect(actions().importLesson(serval)).toEqual({ id: serval.id, outcome: 'added' });
    expect(state().lessons).toEqual([{ ...serval, updated: '2025-03-14T09:00:00.000Z' }]);
  });

  it('recognises a lesson it already has, however long ago it was saved', () => {
    actions().importLesson(serval);
    const again = { ...serval, updated: '2020-06-01T00:00:00.000Z' };
    expect(actions().importLesson(again)).toEqual({ id: serval.id, outcome: 'existing' });
    expect(ids()).toEqual([serval.id]);
  });

  it('recognises its own lesson coming back from a link, whatever language was written first', async () => {
    // The editor builds objects in the order the teacher typed (French title first here);
    // reading a file or link returns them in the schema's order (en before fr).
    const id = actions().newLesson();
    actions().setTitle('fr', 'Serval');
    actions().setTitle('en', 'Serval');
    actions().addStep(step(2013));
    actions().setCaption(0, 'fr', 'L’opération Serval.');
    actions().setCaption(0, 'en', 'Operation Serval.');
    const written = open();
    if (!written) throw new Error('no lesson open');
    const decoded = await decodeLessonFragment(await encodeLessonFragment(written));
    const reading = decoded.ok ? readLessonText(decoded.text) : null;
    if (!reading?.ok) throw new Error('the link did not read back');
    expect(actions().importLesson(reading.lesson)).toEqual({ id, outcome: 'existing' });
    expect(ids()).toEqual([id]);
  });

  it('keeps a different lesson with the same id as a copy, losing nothing kept', () => {
    actions().importLesson(serval);
    const kept = structuredClone(state().lessons);
    const changed = { ...serval, steps: [...serval.steps, step(2014, 'Barkhane.')] };
    const { id, outcome } = actions().importLesson(changed);
    expect(outcome).toBe('copy');
    expect(id).toMatch(LESSON_ID_PATTERN);
    expect(id).not.toBe(serval.id);
    expect(state().lessons.find((l) => l.id === serval.id)).toEqual(kept[0]);
    expect(state().lessons.find((l) => l.id === id)?.steps).toEqual(changed.steps);
    expect(ids()).toEqual([id, serval.id]);
  });
});

describe('duplicate and delete', () => {
  const serval = lessonOf('lesson-serval2013', [step(2013, 'Serval.')], {
    en: 'Serval',
    fr: 'Serval (fr)',
  });

  it('duplicates under a new id with the titles renamed, the original unchanged', () => {
    actions().importLesson(serval);
    const original = state().lessons[0];
    const copy = actions().duplicate(serval.id, (t) => `Copy of ${t}`);
    expect(copy).toMatch(LESSON_ID_PATTERN);
    expect(copy).not.toBe(serval.id);
    expect(state().lessons[0]).toMatchObject({
      id: copy,
      title: { en: 'Copy of Serval', fr: 'Copy of Serval (fr)' },
      steps: serval.steps,
    });
    expect(state().lessons[1]).toBe(original);
    expect(actions().duplicate('lesson-missing', (t) => t)).toBeNull();
  });

  it('does not invent a title in a language the original lacked', () => {
    actions().importLesson({ ...serval, title: { fr: 'Serval' } });
    const copy = actions().duplicate(serval.id, (t) => `Copie de ${t}`);
    expect(state().lessons.find((l) => l.id === copy)?.title).toEqual({ fr: 'Copie de Serval' });
  });

  it('deletes a lesson, closing the editor when it was open', () => {
    actions().importLesson(serval);
    const other = actions().newLesson();
    actions().addStep(step(1960));
    actions().deleteLesson(serval.id);
    expect(ids()).toEqual([other]);
    expect(state().editingId).toBe(other);
    actions().deleteLesson(other);
    expect(ids()).toEqual([]);
    expect(state().editingId).toBeNull();
  });
});

describe('loaded', () => {
  it('lists what the browser kept under what was opened meanwhile, newest first', () => {
    const fromLink = lessonOf('lesson-fromlink', [step(2013)]);
    actions().importLesson(fromLink);
    const older = { ...lessonOf('lesson-older1', [step(1960)]), updated: '2023-01-01T00:00:00Z' };
    const newer = { ...lessonOf('lesson-newer1', [step(1963)]), updated: '2024-06-01T00:00:00Z' };
    const staleCopy = { ...fromLink, steps: [] };
    actions().loaded([older, newer, staleCopy], 'kept');
    expect(state().status).toBe('kept');
    expect(ids()).toEqual(['lesson-fromlink', 'lesson-newer1', 'lesson-older1']);
    expect(state().lessons[0]?.steps).toEqual(fromLink.steps);
  });
});
