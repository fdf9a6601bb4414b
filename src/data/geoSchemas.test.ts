import { describe, expect, it } from 'vitest';
import {
  labelsFileSchema,
  multiPolygonSchema,
  polygonSchema,
  shapesFileSchema,
} from './geoSchemas';

const square = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 0],
];

describe('geometry schemas', () => {
  it('accept polygons and multipolygons of closed rings', () => {
    expect(polygonSchema.safeParse({ type: 'Polygon', coordinates: [square] }).success).toBe(true);
    expect(
      multiPolygonSchema.safeParse({ type: 'MultiPolygon', coordinates: [[square], [square]] })
        .success,
    ).toBe(true);
  });

  it.each([
    ['a ring of three points', [square.slice(0, 3)]],
    ['a position with one number', [[[0], [1, 0], [1, 1], [0, 0]]]],
    [
      'a position that is not a number',
      [
        [
          ['0', 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    ],
    [
      'a position that is NaN',
      [
        [
          [Number.NaN, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    ],
    ['no ring at all', []],
    ['rings that are not arrays', 'square'],
  ])('refuse %s', (_, coordinates) => {
    const result = polygonSchema.safeParse({ type: 'Polygon', coordinates });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/\[longitude, latitude\] pairs/);
  });

  it('keep the coordinates as they came, without copying them', () => {
    const coordinates = [square];
    const file = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { iso3: 'MLI' },
          geometry: { type: 'Polygon', coordinates },
        },
      ],
    };
    const parsed = shapesFileSchema.parse(file);
    expect(parsed.features[0]?.geometry.coordinates).toBe(coordinates);
  });

  it('check label points as pairs', () => {
    const label = (coordinates: unknown) => ({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { iso3: 'MLI' }, geometry: { type: 'Point', coordinates } },
      ],
    });
    expect(labelsFileSchema.safeParse(label([-8, 12.6])).success).toBe(true);
    expect(labelsFileSchema.safeParse(label([-8])).success).toBe(false);
  });
});
