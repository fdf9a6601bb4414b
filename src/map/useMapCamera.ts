/**
 * Moves MapLibre's camera on the camera rule's commands (an event chosen, the frame switched):
 * a flight, or a jump under reduced motion.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { AtlasIndex } from '../data/atlasIndex';
import type { ShapesFile } from '../data/geoSchemas';
import { useStoreApi } from '../state/StoreContext';
import { prefersReducedMotion } from '../ui/reducedMotion';
import { frameCamera, nextCamera, type Camera } from './camera';
import { CAMERA } from './mapConstants';

function fit(map: MapLibreMap, camera: Camera, animate: boolean): void {
  map.fitBounds(camera.bounds, {
    padding: camera.padding,
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
  // True while the camera still shows the frame's opening view (nobody has moved it).
  const opening = useRef(true);

  // The map starts while the page is still laying itself out: until the reader or an event
  // moves the camera, a new size frames the view again rather than keep a zoom chosen for a
  // box of another size.
  useEffect(() => {
    if (!map) return;
    const reframe = () => {
      if (opening.current) fit(map, frameCamera(store.getState().frame), false);
    };
    const onMoveStart = (event: { originalEvent?: unknown }) => {
      if (event.originalEvent) opening.current = false;
    };
    reframe();
    map.on('movestart', onMoveStart);
    map.on('resize', reframe);
    return () => {
      map.off('movestart', onMoveStart);
      map.off('resize', reframe);
    };
  }, [map, store]);

  useEffect(() => {
    if (!map || !index || !shapes) return;
    const move = (camera: Camera | null, toFrame: boolean) => {
      if (!camera) return;
      opening.current = toFrame;
      fit(map, camera, true);
    };
    const initial = store.getState();
    // A link naming an event opens on it; a link naming a frame already opened there.
    if (initial.event) move(nextCamera(index, shapes, initial, { ...initial, event: null }), false);
    return store.subscribe((state, previous) => {
      if (state.event === previous.event && state.frame === previous.frame) return;
      const eventChosen = state.event !== null && state.event !== previous.event;
      move(nextCamera(index, shapes, state, previous), !eventChosen);
    });
  }, [map, index, shapes, store]);
}
