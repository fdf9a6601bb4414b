/**
 * Keeps the lessons in the browser's IndexedDB, so they survive a reload, a closed tab and a
 * lost network: reads them once at start, then writes each lesson that changed and deletes
 * each one that went. A browser that refuses (private mode, storage off) leaves the lessons
 * in memory, and the reader is told once.
 */
import { createStore as createIdbStore, del, set, values, type UseStore } from 'idb-keyval';
import { lessonSchema, type Lesson } from './lessonFormat';
import { isWorthKeeping, type LessonsStoreApi } from './lessonsStore';

const DATABASE = 'mali-relations-atlas';
/** The lesson open in the editor, per tab: a reload comes back to it. */
const EDITING_KEY = 'mali-relations-atlas.editing-lesson';
/**
 * The latest change to a lesson, written synchronously: IndexedDB's writes are asynchronous,
 * and a reload or a closed tab right after a keystroke would otherwise lose it.
 */
const LAST_EDIT_KEY = 'mali-relations-atlas.last-edit';
const TABLE = 'lessons';

export interface PersistenceOptions {
  /** Told once when nothing can be kept. */
  onUnavailable: () => void;
  /** For tests: another IndexedDB store. */
  idbStore?: UseStore;
}

/** Only what is still a valid lesson is read back: a damaged record is skipped, not fatal. */
function validKept(records: unknown[]): Lesson[] {
  return records.flatMap((record) => {
    const parsed = lessonSchema.safeParse(record);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function startLessonPersistence(
  store: LessonsStoreApi,
  { onUnavailable, idbStore }: PersistenceOptions,
): Promise<void> {
  let db: UseStore;
  let kept: Lesson[];
  let restored: Lesson | null;
  try {
    db = idbStore ?? createIdbStore(DATABASE, TABLE);
    ({ kept, restored } = withLastEdit(validKept(await values(db))));
  } catch {
    store.getState().actions.loaded([], 'memory');
    onUnavailable();
    return;
  }
  let failed = false;
  const write = (action: Promise<void>) =>
    action.catch(() => {
      if (failed) return;
      failed = true;
      onUnavailable();
    });
  const persist = (lessons: readonly Lesson[], previous: readonly Lesson[]) => {
    const before = new Map(previous.map((l) => [l.id, l]));
    for (const lesson of lessons) {
      if (before.get(lesson.id) === lesson) continue;
      if (isWorthKeeping(lesson)) {
        noteLastEdit(lesson);
        void write(set(lesson.id, lesson, db));
      } else {
        forgetLastEdit(lesson.id);
        void write(del(lesson.id, db));
      }
    }
    const now = new Set(lessons.map((l) => l.id));
    for (const id of before.keys()) {
      if (now.has(id)) continue;
      forgetLastEdit(id);
      void write(del(id, db));
    }
  };
  const opened = store.getState().lessons;
  store.getState().actions.loaded(kept, 'kept');
  reopenEditor(store);
  // Lessons opened before the kept ones were read (a link at start), and a last edit IndexedDB
  // had not yet taken, are written now.
  persist(restored ? [...opened, restored] : opened, []);
  store.subscribe((state, prev) => {
    if (state.lessons !== prev.lessons) persist(state.lessons, prev.lessons);
  });
}

function reopenEditor(store: LessonsStoreApi): void {
  try {
    const id = sessionStorage.getItem(EDITING_KEY);
    if (id && store.getState().editingId === null) store.getState().actions.edit(id);
    store.subscribe((state, prev) => {
      if (state.editingId === prev.editingId) return;
      if (state.editingId) sessionStorage.setItem(EDITING_KEY, state.editingId);
      else sessionStorage.removeItem(EDITING_KEY);
    });
  } catch {
    // Storage refused: the editor simply starts closed after a reload.
  }
}

/** The kept lessons, with a last edit IndexedDB missed in place of its older copy. */
function withLastEdit(kept: Lesson[]): { kept: Lesson[]; restored: Lesson | null } {
  let last: Lesson | undefined;
  try {
    const text = localStorage.getItem(LAST_EDIT_KEY);
    const parsed = text === null ? undefined : lessonSchema.safeParse(JSON.parse(text));
    last = parsed?.success ? parsed.data : undefined;
  } catch {
    return { kept, restored: null };
  }
  if (!last) return { kept, restored: null };
  const older = kept.find((l) => l.id === last.id);
  if (older && (older.updated ?? '') >= (last.updated ?? '')) return { kept, restored: null };
  return { kept: [last, ...kept.filter((l) => l.id !== last.id)], restored: last };
}

function noteLastEdit(lesson: Lesson): void {
  try {
    localStorage.setItem(LAST_EDIT_KEY, JSON.stringify(lesson));
  } catch {
    // Storage full or refused: IndexedDB still takes the change a moment later.
  }
}

/** A deleted lesson must not come back from its last edit. */
function forgetLastEdit(id: string): void {
  try {
    const text = localStorage.getItem(LAST_EDIT_KEY);
    const last = text === null ? undefined : lessonSchema.safeParse(JSON.parse(text));
    if (last?.success && last.data.id === id) {
      localStorage.removeItem(LAST_EDIT_KEY);
    }
  } catch {
    // Nothing kept there, or storage refused: nothing to forget.
  }
}
