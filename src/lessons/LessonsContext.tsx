import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { LessonsState, LessonsStoreApi } from './lessonsStore';

const LessonsContext = createContext<LessonsStoreApi | null>(null);

export function LessonsProvider({
  store,
  children,
}: {
  store: LessonsStoreApi;
  children: ReactNode;
}) {
  return <LessonsContext value={store}>{children}</LessonsContext>;
}

export function useLessonsApi(): LessonsStoreApi {
  const store = useContext(LessonsContext);
  if (!store) throw new Error('useLessonsApi must be used inside <LessonsProvider>');
  return store;
}

/** One slice of the lessons; re-renders only when it changes. */
export function useLessons<T>(selector: (state: LessonsState) => T): T {
  return useStore(useLessonsApi(), selector);
}

export function useLessonsShallow<T>(selector: (state: LessonsState) => T): T {
  return useStore(useLessonsApi(), useShallow(selector));
}

export const useLessonsActions = () => useLessons((s) => s.actions);

/** The lesson the editor has open, if any. */
export const useEditedLesson = () =>
  useLessons((s) => (s.editingId ? s.lessons.find((l) => l.id === s.editingId) : undefined));
