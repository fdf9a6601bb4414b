/** Schemas of the generated geometry files (public/data/shapes.json and labels.json). */
import { z } from 'zod';
import { iso3Schema } from './schemas';

const position = z.tuple([z.number(), z.number()]);
const ring = z.array(position).min(4);

const polygon = z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) });
const multiPolygon = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(ring).min(1)).min(1),
});

export const shapesFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ iso3: iso3Schema }),
      geometry: z.union([polygon, multiPolygon]),
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
