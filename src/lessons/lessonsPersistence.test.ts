import 'fake-indexeddb/auto';
import { createStore, keys, set, values, type UseStore } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Lesson, LessonStep } from './lessonFormat';
import { startLessonPersistence } from './lessonsPersistence';
import { createLessonsStore, type LessonsStoreApi } from './lessonsStore';

const step = (year: number): LessonStep => ({ year, caption: { en: `In ${String(year)}.` } });

const serval: Lesson = {
  format: 'mali-relations-atlas-lesson',
  version: 2,
  id: 'lesson-serval2013',
  title: { en: 'Serval' },
  steps: [step(2013)],
  updated: '2024-01-01T00:00:00.000Z',
};

let database = 0;
let name: string;
/** A connection to this test's database, as a page (or a reload of it) opens one. */
const connect = (): UseStore => createStore(name, 'lessons');

beforeEach(() => {
  // A database per test, so no test sees another's lessons.
  database += 1;
  name = `lessons-test-${String(database)}`;
  sessionStorage.clear();
  localStorage.clear();
});

/** A page starting: a fresh store, reading what the database kept. */
async function startPage(): Promise<{ store: LessonsStoreApi; onUnavailable: () => void }> {
  const store = createLessonsStore();
  const onUnavailable = vi.fn<() => void>();
  await startLessonPersistence(store, { onUnavailable, idbStore: connect() });
  return { store, onUnavailable };
}

/**
 * What the database holds once earlier writes are done: IndexedDB runs a read after the writes
 * started before it on the same table, so no waiting is needed.
 */
const kept = async (): Promise<unknown[]> => values(connect());

describe('lesson persistence', () => {
  it('keeps lessons written on change for the next page on the same database', async () => {
    const first = await startPage();
    const { actions } = first.store.getState();
    const id = actions.newLesson();
    actions.setTitle('fr', 'Le Mali en 1960');
    actions.addStep(step(1960));
    // Your lessons lists the latest change first: a later clock makes that order certain.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 60_000 });
    actions.importLesson(serval);
    vi.useRealTimers();
    expect(await kept()).toHaveLength(2);

    const second = await startPage();
    expect(second.store.getState().status).toBe('kept');
    expect(second.store.getState().lessons).toEqual(first.store.getState().lessons);
    expect(second.store.getState().lessons.map((l) => l.id)).toEqual([serval.id, id]);
    expect(second.onUnavailable).not.toHaveBeenCalled();
  });

  it('skips an invalid record rather than failing', async () => {
    const db = connect();
    await set(serval.id, serval, db);
    await set('lesson-broken1', { ...serval, id: 'lesson-broken1', steps: [{ year: 1959 }] }, db);
    await set('not-a-lesson', 'hello', db);
    const { store, onUnavailable } = await startPage();
    expect(store.getState().lessons).toEqual([serval]);
    expect(store.getState().status).toBe('kept');
    expect(onUnavailable).not.toHaveBeenCalled();
  });

  it('does not keep an empty lesson, and forgets one emptied again', async () => {
    const { store } = await startPage();
    const { actions } = store.getState();
    actions.newLesson();
    expect(await keys(connect())).toEqual([]);
    actions.setTitle('en', 'Draft');
    expect(await keys(connect())).toHaveLength(1);
    actions.setTitle('en', '  ');
    expect(await keys(connect())).toEqual([]);
  });

  it('removes a deleted lesson from the database', async () => {
    const first = await startPage();
    first.store.getState().actions.importLesson(serval);
    expect(await keys(connect())).toEqual([serval.id]);
    first.store.getState().actions.deleteLesson(serval.id);
    expect(await keys(connect())).toEqual([]);
    const second = await startPage();
    expect(second.store.getState().lessons).toEqual([]);
  });

  it('writes a lesson opened before the kept ones were read (a link at start)', async () => {
    const store = createLessonsStore();
    store.getState().actions.importLesson(serval);
    await startLessonPersistence(store, { onUnavailable: () => undefined, idbStore: connect() });
    expect(await keys(connect())).toEqual([serval.id]);
  });

  it('reopens, after a reload, the lesson the editor had open', async () => {
    const first = await startPage();
    const id = first.store.getState().actions.newLesson();
    first.store.getState().actions.addStep(step(1960));
    await kept();
    const second = await startPage();
    expect(second.store.getState().editingId).toBe(id);
  });
});

describe('when the browser keeps nothing', () => {
  it.each<[string, UseStore]>([
    [
      'IndexedDB throws on opening',
      () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    ],
    [
      'IndexedDB refuses every request',
      () => Promise.reject(new DOMException('Storage is off.', 'InvalidStateError')),
    ],
  ])('%s: lessons stay in memory and the reader is told once', async (_, idbStore) => {
    const store = createLessonsStore();
    const onUnavailable = vi.fn<() => void>();
    await startLessonPersistence(store, { onUnavailable, idbStore });
    expect(store.getState().status).toBe('memory');
    store.getState().actions.newLesson();
    store.getState().actions.addStep(step(2013));
    store.getState().actions.importLesson(serval);
    expect(store.getState().lessons).toHaveLength(2);
    expect(onUnavailable).toHaveBeenCalledOnce();
  });

  it('tells the reader once when writing fails after reading worked', async () => {
    const working = connect();
    const readOnly: UseStore = (mode, callback) =>
      mode === 'readonly'
        ? working(mode, callback)
        : Promise.reject(new DOMException('Quota exceeded.', 'QuotaExceededError'));
    const store = createLessonsStore();
    const onUnavailable = vi.fn<() => void>();
    await startLessonPersistence(store, { onUnavailable, idbStore: readOnly });
    store.getState().actions.importLesson(serval);
    store.getState().actions.newLesson();
    store.getState().actions.addStep(step(2013));
    await vi.waitFor(() => {
      expect(onUnavailable).toHaveBeenCalled();
    });
    await kept();
    expect(onUnavailable).toHaveBeenCalledOnce();
    expect(store.getState().lessons).toHaveLength(2);
  });
});
