/** Map shapes for tests: rectangles as countries. */
import type { ShapesFile } from '../data/geoSchemas';

export type Ring = [number, number][];

/** An RFC 7946 rectangle: outer ring counter-clockwise, as scripts/build-geometry.ts writes. */
export const box = (west: number, south: number, east: number, north: number): Ring => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
];

export const shapesOf = (rings: Record<string, Ring>): ShapesFile => ({
  type: 'FeatureCollection',
  features: Object.entries(rings).map(([iso3, ring]) => ({
    type: 'Feature',
    properties: { iso3 },
    geometry: { type: 'Polygon', coordinates: [ring] },
  })),
});
