import { useEffect, useState } from 'react';
import type { AtlasIndex } from '../../data/atlasIndex';
import type { ShapesFile } from '../../data/geoSchemas';
import { useStoreApi } from '../../state/StoreContext';
import { nextCamera, selectionCamera, type Camera } from '../camera';

/**
 * Where the SVG map looks. Like MapLibre's camera it opens on the selection (a link's country
 * or event, else the frame) and moves on the rule's commands from a store subscription; a new
 * size fits the same camera again, as the drawing has no pan or zoom of its own.
 */
export function useSvgCamera(index: AtlasIndex, shapes: ShapesFile): Camera {
  const store = useStoreApi();
  const [camera, setCamera] = useState(() => selectionCamera(index, shapes, store.getState()));
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
