/**
 * The one camera rule, for MapLibre and the SVG drawing alike: where the map looks when it
 * opens, and where it moves after a change. Pure, so it is tested without a browser.
 *
 * A country frames by its main territory only: its overseas or detached parts are drawn,
 * coloured and selectable, but never decide the frame, or France in 2013 would frame French
 * Guiana and the United States would stretch to Hawaii.
 */
import { geoArea } from 'd3-geo';
import { eventShapeCodes, MALI, shapeCodeOf, type AtlasIndex } from '../data/atlasIndex';
import type { ShapesFile } from '../data/geoSchemas';
import type { SelectionState } from '../state/selection';
import type { MapFrame } from '../state/stateConstants';
import { CAMERA, REGION_BOUNDS, WORLD_BOUNDS, type LngLatBox } from './mapConstants';

/** Where the camera looks: the box to fit, the margin around it and how far it may zoom in. */
export interface Camera {
  bounds: LngLatBox;
  padding: number;
  maxZoom: number;
}

/** What the camera follows in the selection. */
export type Framing = Pick<SelectionState, 'frame' | 'country' | 'event'>;

type Geometry = ShapesFile['features'][number]['geometry'];
type Position = [number, number];
/** A polygon's rings, the outer one first. */
type Polygon = Position[][];

const SPHERE = 4 * Math.PI;

/**
 * A ring's area on the unit sphere, whichever way it winds: d3 reads a counter-clockwise ring
 * (RFC 7946's outer rings, as scripts/build-geometry.ts writes them) as the rest of the sphere.
 * No country covers half the globe, so the smaller reading is the country.
 */
function ringArea(ring: Position[]): number {
  const area = geoArea({ type: 'Polygon', coordinates: [ring] });
  return Math.min(area, SPHERE - area);
}

/**
 * The polygon that decides a country's frame: its largest by area on the sphere (metropolitan
 * France, not French Guiana or Corsica; the contiguous United States, not Alaska or Hawaii;
 * Russia without Kaliningrad, its Far East kept whole because its longitudes run on past 180°).
 */
export function mainTerritory(geometry: Geometry): Polygon {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  let main: Polygon = [];
  let largest = -1;
  for (const polygon of geometry.coordinates) {
    const area = polygon[0] ? ringArea(polygon[0]) : 0;
    if (area > largest) {
      largest = area;
      main = polygon;
    }
  }
  return main;
}

/** The [[west, south], [east, north]] box of a polygon's outer ring, longitudes as written. */
function outerBounds(polygon: Polygon): LngLatBox | null {
  const ring = polygon[0];
  if (!ring || ring.length === 0) return null;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of ring) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [
    [west, south],
    [east, north],
  ];
}

// Each shapes file is measured once: the areas of every polygon cost a few milliseconds.
const mainBoxesCache = new WeakMap<ShapesFile, Map<string, LngLatBox>>();

function mainBoxes(shapes: ShapesFile): Map<string, LngLatBox> {
  let boxes = mainBoxesCache.get(shapes);
  if (!boxes) {
    boxes = new Map();
    for (const { properties, geometry } of shapes.features) {
      const bounds = outerBounds(mainTerritory(geometry));
      if (bounds) boxes.set(properties.iso3, bounds);
    }
    mainBoxesCache.set(shapes, boxes);
  }
  return boxes;
}

/** The box around the main territories of some shapes, or null when none of them is drawn. */
export function territoryBounds(shapes: ShapesFile, codes: readonly string[]): LngLatBox | null {
  const boxes = mainBoxes(shapes);
  let union: LngLatBox | null = null;
  for (const code of codes) {
    const box = boxes.get(code);
    if (!box) continue;
    union = union
      ? [
          [Math.min(union[0][0], box[0][0]), Math.min(union[0][1], box[0][1])],
          [Math.max(union[1][0], box[1][0]), Math.max(union[1][1], box[1][1])],
        ]
      : box;
  }
  return union;
}

/** Mali and the countries that border it. */
export function regionCodes(index: AtlasIndex): string[] {
  return [MALI, ...index.countries.filter((c) => c.neighbour).map((c) => c.iso3)];
}

/**
 * A frame's camera. The region is measured from the shapes, so Mali and its neighbours fill
 * the map; before the shapes and the index arrive (the map is created without them) it is the
 * same box as measured once.
 */
export function frameCamera(frame: MapFrame, index?: AtlasIndex, shapes?: ShapesFile): Camera {
  const region = index && shapes ? territoryBounds(shapes, regionCodes(index)) : null;
  return {
    bounds: frame === 'world' ? WORLD_BOUNDS : (region ?? REGION_BOUNDS),
    padding: CAMERA.framePadding,
    maxZoom: CAMERA.maxZoom,
  };
}

/** Some countries and Mali, or null when none of the countries is drawn. */
function countriesCamera(shapes: ShapesFile, codes: readonly string[]): Camera | null {
  if (!territoryBounds(shapes, codes)) return null;
  const bounds = territoryBounds(shapes, [...codes, MALI]);
  return bounds
    ? { bounds, padding: CAMERA.selectionPadding, maxZoom: CAMERA.selectionMaxZoom }
    : null;
}

function countryCamera(index: AtlasIndex, shapes: ShapesFile, country: string | null) {
  return country ? countriesCamera(shapes, [shapeCodeOf(country, index.historicalCodes)]) : null;
}

function eventCamera(index: AtlasIndex, shapes: ShapesFile, eventId: string | null) {
  const event = eventId ? index.eventsById.get(eventId) : undefined;
  return event ? countriesCamera(shapes, eventShapeCodes(index, event)) : null;
}

/**
 * The camera a selection rests on: its event, else its country, else its frame. The map opens
 * there (a link naming a country or an event opens on it), and returns there when a choice is
 * closed.
 */
export function selectionCamera(index: AtlasIndex, shapes: ShapesFile, state: Framing): Camera {
  return (
    eventCamera(index, shapes, state.event) ??
    countryCamera(index, shapes, state.country) ??
    frameCamera(state.frame, index, shapes)
  );
}

/**
 * Where the camera moves after a change, or null to stay. The newest choice wins: a newly
 * chosen event, else a newly chosen country, else a switched frame (even with a country
 * chosen: the switch is a request to see the region or the world). Closing an event or a
 * country returns to what the selection still holds (the country, else the frame).
 */
export function nextCamera(
  index: AtlasIndex,
  shapes: ShapesFile,
  state: Framing,
  previous: Framing,
): Camera | null {
  const eventChanged = state.event !== previous.event;
  const countryChanged = state.country !== previous.country;
  const chosen =
    (eventChanged ? eventCamera(index, shapes, state.event) : null) ??
    (countryChanged ? countryCamera(index, shapes, state.country) : null);
  if (chosen) return chosen;
  if (state.frame !== previous.frame) return frameCamera(state.frame, index, shapes);
  return eventChanged || countryChanged ? selectionCamera(index, shapes, state) : null;
}
