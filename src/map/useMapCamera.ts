/**
 * Moves MapLibre's camera on the camera rule's commands (a country or an event chosen or
 * closed, the frame switched): a flight, or a jump under reduced motion.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useRef } from 'react';
import type { AtlasIndex } from '../data/atlasIndex';
import type { ShapesFile } from '../data/geoSchemas';
import { useStoreApi } from '../state/StoreContext';
import { prefersReducedMotion } from '../ui/reducedMotion';
import { frameCamera, nextCamera, selectionCamera, type Camera } from './camera';
import { CAMERA } from './mapConstants';
import { NO_INSETS, type Insets } from './overlayInsets';
import { useOverlayInsets } from './useOverlayInsets';

function fit(map: MapLibreMap, camera: Camera, insets: Insets, animate: boolean): void {
  map.fitBounds(camera.bounds, {
    // The camera's margin, inside what the controls floating on the map leave visible.
    padding: {
      top: camera.padding + insets.top,
      right: camera.padding + insets.right,
      bottom: camera.padding + insets.bottom,
      left: camera.padding + insets.left,
    },
    maxZoom: camera.maxZoom,
    duration: animate && !prefersReducedMotion() ? CAMERA.moveDurationMs : 0,
  });
}

export function useMapCamera(
  map: MapLibreMap | null,
  index: AtlasIndex | undefined,
  shapes: ShapesFile | undefined,
): void {
  const store = useStoreApi();
  // The camera the rule chose last; null until the data has loaded (the map was created on the
  // frame's first box).
  const current = useRef<Camera | null>(null);
  // True once the reader has panned or zoomed: from then on only a new choice moves the camera.
  const movedByHand = useRef(false);
  const insets = useRef<Insets>(NO_INSETS);
  const refitFor = useCallback(
    (covered: Insets) => {
      insets.current = covered;
      if (map && !movedByHand.current)
        fit(map, current.current ?? frameCamera(store.getState().frame), covered, false);
    },
    [map, store],
  );
  useOverlayInsets(map?.getContainer() ?? null, refitFor);

  // The map starts while the page is still laying itself out, and the page changes size later:
  // until the reader moves the camera, a new size fits the rule's camera again (the frame, the
  // country or the event) rather than keep a zoom chosen for a box of another size.
  useEffect(() => {
    if (!map) return;
    const refit = () => {
      if (!movedByHand.current)
        fit(map, current.current ?? frameCamera(store.getState().frame), insets.current, false);
    };
    const onMoveStart = (event: { originalEvent?: unknown }) => {
      if (event.originalEvent) movedByHand.current = true;
    };
    refit();
    map.on('movestart', onMoveStart);
    map.on('resize', refit);
    return () => {
      map.off('movestart', onMoveStart);
      map.off('resize', refit);
    };
  }, [map, store]);

  useEffect(() => {
    if (!map || !index || !shapes) return;
    const move = (camera: Camera, animate: boolean) => {
      current.current = camera;
      movedByHand.current = false;
      fit(map, camera, insets.current, animate);
    };
    // The data has arrived: the region measured from the shapes, or the country or event the
    // link names, replaces the first box at once (the map is not shown as ready before).
    if (!movedByHand.current) move(selectionCamera(index, shapes, store.getState()), false);
    return store.subscribe((state, previous) => {
      const next = nextCamera(index, shapes, state, previous);
      if (next) move(next, true);
    });
  }, [map, index, shapes, store]);
}
