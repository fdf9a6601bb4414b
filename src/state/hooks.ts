/** Narrow hooks so components subscribe to exactly what they show. */
import { useState } from 'react';
import { useAtlas, useStoreApi } from './StoreContext';
import type { AtlasActions, SelectionState } from './store';

export const useSelectedYear = () => useAtlas((s) => s.year);
export const useSelectedCountry = () => useAtlas((s) => s.country);
export const useSelectedEvent = () => useAtlas((s) => s.event);
export const useLanguage = () => useAtlas((s) => s.lang);
export const useMapFrame = () => useAtlas((s) => s.frame);
export const useAtlasTab = () => useAtlas((s) => s.tab);
export const useShownOrganisation = () => useAtlas((s) => s.org);
export const usePlaying = () => useAtlas((s) => s.playing);
export const usePresenting = () => useAtlas((s) => s.presenting);
export const usePlaySpeed = () => useAtlas((s) => s.speed);
export const useNotices = () => useAtlas((s) => s.notices);

/** Actions never change, so selecting them never re-renders. */
export function useActions(): AtlasActions {
  return useAtlas((s) => s.actions);
}

/**
 * The selection as it stood when a dialog last opened, and the function that takes it again:
 * what a Share or Cite dialog shows does not move under the reader, and reading the store
 * only on open costs no re-render while the years change.
 */
export function useSelectionSnapshot(): [SelectionState, () => void] {
  const store = useStoreApi();
  const [snapshot, setSnapshot] = useState<SelectionState>(() => store.getState());
  return [snapshot, () => setSnapshot(store.getState())];
}
