/**
 * The teacher's lessons and which one the editor has open. This store owns them; IndexedDB is
 * where they are kept (lessonsPersistence.ts writes every change). It is apart from the atlas's
 * store because a lesson is a document the reader writes, not a selection.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  LESSON_FORMAT,
  LESSON_VERSION,
  type Lesson,
  type LessonStep,
  type LessonText,
} from './lessonFormat';
import { newLessonId } from './lessonIds';

/** `memory`: the browser keeps nothing (private mode, an embed); lessons last as long as the tab. */
export type LessonsStatus = 'loading' | 'kept' | 'memory';

interface RemovedStep {
  lessonId: string;
  index: number;
  step: LessonStep;
}

/** What happened when a lesson from a file or a link came in. */
export type ImportOutcome = 'added' | 'existing' | 'copy';

export interface LessonsState {
  status: LessonsStatus;
  /** Newest change first. */
  lessons: Lesson[];
  /** The lesson the editor shows; the editor is closed when null. */
  editingId: string | null;
  /** Removed steps, the latest last, for Undo. */
  removed: RemovedStep[];
  actions: LessonsActions;
}

export interface LessonsActions {
  /** What the browser had kept, merged under anything opened meanwhile. */
  loaded: (kept: Lesson[], status: LessonsStatus) => void;
  newLesson: () => string;
  edit: (id: string) => void;
  closeEditor: () => void;
  setTitle: (lang: keyof LessonText, text: string) => void;
  addStep: (step: LessonStep) => number;
  replaceView: (index: number, view: Omit<LessonStep, 'caption'>) => void;
  setCaption: (index: number, lang: keyof LessonText, text: string) => void;
  moveStep: (index: number, delta: -1 | 1) => number;
  removeStep: (index: number) => void;
  /** Puts back the last removed step of the open lesson; returns its 0-based place or null. */
  undoRemove: () => number | null;
  importLesson: (lesson: Lesson) => { id: string; outcome: ImportOutcome };
  duplicate: (id: string, title: (old: string) => string) => string | null;
  deleteLesson: (id: string) => void;
}

export type LessonsStoreApi = StoreApi<LessonsState>;

const now = (): string => new Date().toISOString();

/** A lesson is kept once it holds something: opening the editor alone leaves no empty lesson. */
export const isWorthKeeping = (lesson: Lesson): boolean =>
  lesson.steps.length > 0 || Boolean(lesson.title.en?.trim() || lesson.title.fr?.trim());

/**
 * Objects with their keys sorted, for JSON.stringify: the editor builds a title or a caption in
 * the order the teacher typed the languages (fr before en), while reading a file or a link gives
 * them in the schema's order, so the same lesson would otherwise look different.
 */
const sortedKeys = (_key: string, value: unknown): unknown =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : value;

const sameContent = (a: Lesson, b: Lesson): boolean =>
  JSON.stringify({ ...a, updated: undefined }, sortedKeys) ===
  JSON.stringify({ ...b, updated: undefined }, sortedKeys);

export function emptyLesson(): Lesson {
  return {
    format: LESSON_FORMAT,
    version: LESSON_VERSION,
    id: newLessonId(),
    title: {},
    steps: [],
    updated: now(),
  };
}

export function createLessonsStore(): LessonsStoreApi {
  return createStore<LessonsState>()((set, get) => {
    /** Applies a change to the open lesson and moves it to the top of the list. */
    const change = (edit: (lesson: Lesson) => Lesson | null) => {
      const { lessons, editingId } = get();
      const current = lessons.find((l) => l.id === editingId);
      if (!current) return;
      const next = edit(current);
      if (!next) return;
      set({ lessons: [{ ...next, updated: now() }, ...lessons.filter((l) => l !== current)] });
    };
    const withSteps = (lesson: Lesson, steps: LessonStep[]): Lesson => ({ ...lesson, steps });

    const actions: LessonsActions = {
      loaded: (kept, status) => {
        const open = get().lessons;
        const ids = new Set(open.map((l) => l.id));
        const merged = [...open, ...kept.filter((l) => !ids.has(l.id))];
        merged.sort((a, b) => (b.updated ?? '').localeCompare(a.updated ?? ''));
        set({ lessons: merged, status });
      },
      newLesson: () => {
        const lesson = emptyLesson();
        const { lessons, editingId } = get();
        const kept = lessons.filter((l) => l.id !== editingId || isWorthKeeping(l));
        set({ lessons: [lesson, ...kept], editingId: lesson.id, removed: [] });
        return lesson.id;
      },
      edit: (id) => {
        const { lessons, editingId } = get();
        if (!lessons.some((l) => l.id === id)) return;
        // An empty lesson left for another is dropped rather than listed.
        const kept = lessons.filter((l) => l.id === id || l.id !== editingId || isWorthKeeping(l));
        set({ lessons: kept, editingId: id, removed: [] });
      },
      closeEditor: () => {
        // An empty lesson left behind is dropped rather than listed.
        const { lessons, editingId } = get();
        set({
          editingId: null,
          removed: [],
          lessons: lessons.filter((l) => l.id !== editingId || isWorthKeeping(l)),
        });
      },
      setTitle: (lang, text) => change((l) => ({ ...l, title: { ...l.title, [lang]: text } })),
      addStep: (step) => {
        let index = -1;
        change((l) => {
          index = l.steps.length;
          return withSteps(l, [...l.steps, step]);
        });
        return index;
      },
      replaceView: (index, view) =>
        change((l) => {
          const old = l.steps[index];
          if (!old) return null;
          const steps = [...l.steps];
          steps[index] = { ...view, caption: old.caption };
          return withSteps(l, steps);
        }),
      setCaption: (index, lang, text) =>
        change((l) => {
          const old = l.steps[index];
          if (!old) return null;
          const steps = [...l.steps];
          steps[index] = { ...old, caption: { ...old.caption, [lang]: text } };
          return withSteps(l, steps);
        }),
      moveStep: (index, delta) => {
        let to = index;
        change((l) => {
          const target = index + delta;
          const moved = l.steps[index];
          const other = l.steps[target];
          if (!moved || !other) return null;
          const steps = [...l.steps];
          steps[index] = other;
          steps[target] = moved;
          to = target;
          return withSteps(l, steps);
        });
        return to;
      },
      removeStep: (index) => {
        const { editingId } = get();
        change((l) => {
          const step = l.steps[index];
          if (!step || !editingId) return null;
          set({ removed: [...get().removed, { lessonId: editingId, index, step }] });
          return withSteps(
            l,
            l.steps.filter((_, i) => i !== index),
          );
        });
      },
      undoRemove: () => {
        const { removed, editingId } = get();
        const last = removed.at(-1);
        if (!last || last.lessonId !== editingId) return null;
        set({ removed: removed.slice(0, -1) });
        let place: number | null = null;
        change((l) => {
          const at = Math.min(last.index, l.steps.length);
          place = at;
          return withSteps(l, [...l.steps.slice(0, at), last.step, ...l.steps.slice(at)]);
        });
        return place;
      },
      importLesson: (lesson) => {
        const { lessons } = get();
        const same = lessons.find((l) => l.id === lesson.id);
        if (same && sameContent(same, lesson)) return { id: same.id, outcome: 'existing' };
        // Never overwrite what is kept: a different lesson with the same id comes in as a copy.
        const incoming = same ? { ...lesson, id: newLessonId() } : lesson;
        set({ lessons: [{ ...incoming, updated: now() }, ...lessons] });
        return { id: incoming.id, outcome: same ? 'copy' : 'added' };
      },
      duplicate: (id, title) => {
        const { lessons } = get();
        const original = lessons.find((l) => l.id === id);
        if (!original) return null;
        const copy: Lesson = {
          ...original,
          id: newLessonId(),
          updated: now(),
          title: {
            ...(original.title.en === undefined ? {} : { en: title(original.title.en) }),
            ...(original.title.fr === undefined ? {} : { fr: title(original.title.fr) }),
          },
        };
        set({ lessons: [copy, ...lessons] });
        return copy.id;
      },
      deleteLesson: (id) => {
        const { lessons, editingId } = get();
        set({
          lessons: lessons.filter((l) => l.id !== id),
          ...(editingId === id ? { editingId: null, removed: [] } : {}),
        });
      },
    };
    return { status: 'loading', lessons: [], editingId: null, removed: [], actions };
  });
}
