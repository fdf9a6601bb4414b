/** Schemas of the generated geometry files (public/data/shapes.json and labels.json). */
import { z } from 'zod';
import { iso3Schema } from './schemas';

type Position = [number, number];

const position = z.tuple([z.number(), z.number()]);

/*
 * The coordinates are most of the file (tens of thousands of pairs). Checked by plain loops
 * rather than zod's per-element schemas, which copied every pair and took 40 to 70 ms on this
 * machine's CPU before the map could start (measured by npm run bench); the verdict is the same.
 */
const isPosition = (value: unknown): value is Position =>
  Array.isArray(value) &&
  value.length === 2 &&
  Number.isFinite(value[0]) &&
  Number.isFinite(value[1]);

const isArrayOf = <T>(value: unknown, min: number, item: (v: unknown) => v is T): value is T[] =>
  Array.isArray(value) && value.length >= min && value.every(item);

const isRing = (value: unknown): value is Position[] => isArrayOf(value, 4, isPosition);
const isRings = (value: unknown): value is Position[][] => isArrayOf(value, 1, isRing);
const isPolygons = (value: unknown): value is Position[][][] => isArrayOf(value, 1, isRings);

const RINGS = 'expected rings of at least 4 [longitude, latitude] pairs';

export const polygonSchema = z.object({
  type: z.literal('Polygon'),
  coordinates: z.custom<Position[][]>(isRings, { message: RINGS }),
});
export const multiPolygonSchema = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.custom<Position[][][]>(isPolygons, { message: `polygons of ${RINGS}` }),
});

export const shapesFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ iso3: iso3Schema }),
      geometry: z.union([polygonSchema, multiPolygonSchema]),
    }),
  ),
});
export type ShapesFile = z.infer<typeof shapesFileSchema>;

export const labelsFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ iso3: iso3Schema }),
      geometry: z.object({ type: z.literal('Point'), coordinates: position }),
    }),
  ),
});
export type LabelsFile = z.infer<typeof labelsFileSchema>;
