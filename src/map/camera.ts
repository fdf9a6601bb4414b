/**
 * The one camera rule, for MapLibre and the SVG drawing alike: where the map looks when it
 * opens, and where it moves after a change. Pure, so it is tested without a browser.
 */
import { eventShapeCodes, MALI, type AtlasIndex } from '../data/atlasIndex';
import type { ShapesFile } from '../data/geoSchemas';
import type { AtlasEvent } from '../data/schemas';
import type { SelectionState } from '../state/selection';
import type { MapFrame } from '../state/stateConstants';
import { CAMERA, REGION_BOUNDS, WORLD_BOUNDS, type LngLatBox } from './mapConstants';
import { boundsOf } from './mapFeatures';

/** Where the camera looks: the box to fit, the margin around it and how far it may zoom in. */
export interface Camera {
  bounds: LngLatBox;
  padding: number;
  maxZoom: number;
}

type Framing = Pick<SelectionState, 'frame' | 'event'>;

/** A frame as the map opens on it, or (`moved`) as the frame switch moves to it. */
export function frameCamera(frame: MapFrame, moved = false): Camera {
  return {
    bounds: frame === 'world' ? WORLD_BOUNDS : REGION_BOUNDS,
    padding: moved ? CAMERA.movePadding : CAMERA.openPadding,
    maxZoom: moved ? CAMERA.moveMaxZoom : CAMERA.maxZoom,
  };
}

/** Where the camera looks when the map opens: the frame, or the event in the link. */
export function openingCamera(index: AtlasIndex, shapes: ShapesFile, state: Framing): Camera {
  const event = state.event ? index.eventsById.get(state.event) : undefined;
  return (event && eventCamera(index, shapes, event)) ?? frameCamera(state.frame);
}

/**
 * Where the camera moves after a change, or null to stay: to a newly chosen event and Mali,
 * else to the new frame. Closing an event leaves the camera where it is.
 */
export function nextCamera(
  index: AtlasIndex,
  shapes: ShapesFile,
  state: Framing,
  previous: Framing,
): Camera | null {
  const event = state.event ? index.eventsById.get(state.event) : undefined;
  if (event && state.event !== previous.event) return eventCamera(index, shapes, event);
  if (state.frame !== previous.frame) return frameCamera(state.frame, true);
  return null;
}

function eventCamera(index: AtlasIndex, shapes: ShapesFile, event: AtlasEvent): Camera | null {
  const bounds = boundsOf(shapes, [...eventShapeCodes(index, event), MALI]);
  return bounds ? { bounds, padding: CAMERA.movePadding, maxZoom: CAMERA.moveMaxZoom } : null;
}
