/**
 * Creates the MapLibre map once and disposes of it; uploads the shapes; tells a browser without
 * WebGL2 (or one that loses it) from another failure.
 */
import { useQueryClient } from '@tanstack/react-query';
import { Map as MapLibreMap, type GeoJSONSource } from 'maplibre-gl';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { ShapesFile } from '../data/geoSchemas';
import { shapesQuery } from '../data/queries';
import { useStoreApi } from '../state/StoreContext';
import { frameCamera } from './camera';
import { createStyle } from './layers';
import { CAMERA, COUNTRIES_SOURCE, OUTLINES_SOURCE } from './mapConstants';
import { mapPicture } from './mapPicture';
import { registerMapImage } from './mapReadiness';
import type { PlacedLabel } from './svg/svgMap';

export type MapFailure = { kind: 'no-webgl' } | { kind: 'failed'; detail: string };

export interface MapLibreOptions {
  /** In an embed: wheel zoom needs Ctrl/Cmd and touch needs two fingers, so articles scroll. */
  cooperativeGestures: boolean;
  /** The labels as last placed, drawn into the handout's picture of the map. */
  placedLabels: RefObject<readonly PlacedLabel[]>;
}

/**
 * Asked only once MapLibre has failed, to tell a browser without WebGL2 from another failure:
 * a throwaway context costs about a second on a software renderer (measured by npm run bench).
 */
function hasWebGl2(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

/** The map once its style has loaded (null before, and after a failure). */
export function useMapLibre(
  containerRef: RefObject<HTMLDivElement | null>,
  shapes: ShapesFile | undefined,
  { cooperativeGestures, placedLabels }: MapLibreOptions,
): { map: MapLibreMap | null; failure: MapFailure | null } {
  const store = useStoreApi();
  const queryClient = useQueryClient();
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [failure, setFailure] = useState<MapFailure | null>(null);
  // Read once when the map is built; the embed never switches gesture modes at run time.
  const gestures = useRef(cooperativeGestures);
  // The shapes MapLibre already has, so they are not sent to its worker a second time.
  const uploadedShapes = useRef<unknown>(null);

  // Created once; StrictMode's second mount gets a fresh one after remove().
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let instance: MapLibreMap;
    const initialShapes = queryClient.getQueryData(shapesQuery().queryKey);
    const opening = frameCamera(store.getState().frame);
    try {
      instance = new MapLibreMap({
        container,
        style: createStyle(initialShapes),
        bounds: opening.bounds,
        fitBoundsOptions: { padding: opening.padding },
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
        renderWorldCopies: false,
        // Keeps the last frame readable so the printed handout can carry the map as shown.
        canvasContextAttributes: { preserveDrawingBuffer: true },
        minZoom: CAMERA.minZoom,
        maxZoom: CAMERA.maxZoom,
        cooperativeGestures: gestures.current,
      });
    } catch (error) {
      setFailure(
        hasWebGl2()
          ? { kind: 'failed', detail: error instanceof Error ? error.message : String(error) }
          : { kind: 'no-webgl' },
      );
      return;
    }
    instance.touchZoomRotate.disableRotation();
    // The container is the one region named for the map (and carries data-ready); MapLibre's
    // canvas would otherwise be a second "Map" region.
    const canvas = instance.getCanvas();
    canvas.removeAttribute('role');
    canvas.removeAttribute('aria-label');
    uploadedShapes.current = initialShapes ?? null;
    let alive = true;
    let removed = false;
    const remove = () => {
      if (removed) return;
      removed = true;
      registerMapImage(() => null);
      instance.remove();
    };
    registerMapImage(() => {
      try {
        return mapPicture(instance.getCanvas(), placedLabels.current);
      } catch {
        return null;
      }
    });
    instance.on('load', () => {
      if (alive) setMap(instance);
    });
    instance.on('webglcontextlost', () => {
      // MapLibre also fires this, synthetically, when its workers restart, and then rebuilds
      // the style itself; only a context that is really lost sends the map to the SVG drawing.
      if (!alive || instance.getCanvas().getContext('webgl2')?.isContextLost() !== true) return;
      setMap(null);
      setFailure({ kind: 'no-webgl' });
      remove();
    });
    return () => {
      alive = false;
      setMap(null);
      remove();
    };
  }, [containerRef, placedLabels, store, queryClient]);

  // Geometry is uploaded once, without waiting for the data files; from then on only
  // feature-state changes.
  useEffect(() => {
    if (!map || !shapes || shapes === uploadedShapes.current) return;
    uploadedShapes.current = shapes;
    void map.getSource<GeoJSONSource>(COUNTRIES_SOURCE)?.setData(shapes);
    void map.getSource<GeoJSONSource>(OUTLINES_SOURCE)?.setData(shapes);
  }, [map, shapes]);

  return { map, failure };
}
