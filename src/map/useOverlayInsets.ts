/**
 * Follows what floats on the map: the elements marked `data-map-overlay` in the same
 * `data-map-area` as the map (the page's layout decides what they are and where they sit; the
 * map only needs their boxes). Calls back with the insets they cover whenever the map, an
 * overlay or the set of overlays changes size.
 */
import { useEffect } from 'react';
import { overlayInsets, type Insets, type Rect } from './overlayInsets';

const rectOf = (element: Element): Rect => element.getBoundingClientRect();

export function useOverlayInsets(
  mapElement: HTMLElement | null,
  onChange: (insets: Insets) => void,
): void {
  useEffect(() => {
    const area = mapElement?.closest('[data-map-area]');
    if (!mapElement || !area) return;
    let last = '';
    const measure = () => {
      const map = rectOf(mapElement);
      // A map behind another tab has no size: there is nothing to frame until it comes back.
      if (map.right <= map.left || map.bottom <= map.top) return;
      const overlays = [...area.querySelectorAll('[data-map-overlay]')];
      const insets = overlayInsets(map, overlays.map(rectOf));
      const key = JSON.stringify(insets);
      if (key === last) return;
      last = key;
      onChange(insets);
    };
    const resizes = new ResizeObserver(measure);
    const observeAll = () => {
      resizes.disconnect();
      resizes.observe(mapElement);
      for (const overlay of area.querySelectorAll('[data-map-overlay]')) resizes.observe(overlay);
      measure();
    };
    // The legend comes and goes with the data and the tabs: a new overlay is observed too. Only
    // the area's own children: the map's labels below change with every year.
    const mutations = new MutationObserver(observeAll);
    mutations.observe(area, { childList: true });
    observeAll();
    return () => {
      resizes.disconnect();
      mutations.disconnect();
    };
  }, [mapElement, onChange]);
}
