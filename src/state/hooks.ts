/** Narrow hooks so components subscribe to exactly what they show. */
import { useAtlas } from './StoreContext';
import type { AtlasActions } from './store';

export const useSelectedYear = () => useAtlas((s) => s.year);
export const useSelectedCountry = () => useAtlas((s) => s.country);
export const useSelectedEvent = () => useAtlas((s) => s.event);
export const useLanguage = () => useAtlas((s) => s.lang);
export const useMapView = () => useAtlas((s) => s.view);
export const useShownOrganisation = () => useAtlas((s) => s.org);
export const usePlaying = () => useAtlas((s) => s.playing);
export const usePresenting = () => useAtlas((s) => s.presenting);
export const usePlaySpeed = () => useAtlas((s) => s.speed);
export const useNotices = () => useAtlas((s) => s.notices);

/** Actions never change, so selecting them never re-renders. */
export function useActions(): AtlasActions {
  return useAtlas((s) => s.actions);
}
