import { useEffect, useState } from 'react';
import type { AtlasIndex } from '../../data/atlasIndex';
import type { ShapesFile } from '../../data/geoSchemas';
import { useStoreApi } from '../../state/StoreContext';
import { nextCamera, openingCamera, type Camera } from '../camera';

/**
 * Where the SVG map looks. Like MapLibre's camera it moves on commands (an event chosen, the
 * frame switched) from a store subscription, and otherwise stays where it is: closing an event
 * does not jump back.
 */
export function useSvgCamera(index: AtlasIndex, shapes: ShapesFile): Camera {
  const store = useStoreApi();
  const [camera, setCamera] = useState(() => openingCamera(index, shapes, store.getState()));
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const next = nextCamera(index, shapes, state, previous);
        if (next) setCamera(next);
      }),
    [store, index, shapes],
  );
  return camera;
}
