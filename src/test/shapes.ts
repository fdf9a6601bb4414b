/** Map shapes for tests: rectangles as countries, and countries in several pieces. */
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

/**
 * A rectangle with a corner every 10° of longitude along its south and north edges. On the
 * sphere an edge is a great circle: a wide rectangle with four corners alone bulges towards the
 * pole, which real shapes (dense rings) do not.
 */
export function strip(west: number, south: number, east: number, north: number): Ring {
  const steps = Math.max(1, Math.ceil((east - west) / 10));
  const along = Array.from({ length: steps + 1 }, (_, i) => west + ((east - west) * i) / steps);
  return [
    ...along.map((lon): [number, number] => [lon, south]),
    ...along.reverse().map((lon): [number, number] => [lon, north]),
    [west, south],
  ];
}

/** One shape per code: a ring is a Polygon, several rings (each one piece) a MultiPolygon. */
export const shapesOf = (shapes: Record<string, Ring | Ring[]>): ShapesFile => ({
  type: 'FeatureCollection',
  features: Object.entries(shapes).map(([iso3, rings]) => ({
    type: 'Feature',
    properties: { iso3 },
    geometry: isRing(rings)
      ? { type: 'Polygon', coordinates: [rings] }
      : { type: 'MultiPolygon', coordinates: rings.map((ring) => [ring]) },
  })),
});

function isRing(value: Ring | Ring[]): value is Ring {
  return typeof value[0]?.[0] === 'number';
}
