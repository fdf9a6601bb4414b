import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildLabelPoints, buildShapes, capitalOf } from './build-geometry.ts';

const shapes = buildShapes();
const labels = buildLabelPoints(shapes);

const WEST_AFRICA_AND_PARTNERS = [
  'MLI', 'FRA', 'RUS', 'USA', 'DZA', 'NER', 'BFA', 'CIV', 'GIN', 'SEN', 'MRT',
]; // prettier-ignore
const LABELLED_INSIDE = [...new Set(['NOR', ...WEST_AFRICA_AND_PARTNERS])];

function geometryOf(iso3: string): Polygon | MultiPolygon {
  const shape = shapes.features.find((feature) => feature.properties.iso3 === iso3);
  if (!shape) throw new Error(`No shape for ${iso3}`);
  return shape.geometry;
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function labelOf(iso3: string): Position {
  const label = labels.features.find((feature) => feature.properties.iso3 === iso3);
  if (!label) throw new Error(`No label for ${iso3}`);
  return label.geometry.coordinates;
}

/** Ray casting, even-odd over every ring so that holes count as outside. */
function insideRings(point: Position, rings: Position[][]): boolean {
  const [x = NaN, y = NaN] = point;
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = NaN, yi = NaN] = ring[i] ?? [];
      const [xj = NaN, yj = NaN] = ring[j] ?? [];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function largestJump(ring: Position[]): number {
  let largest = 0;
  for (let i = 1; i < ring.length; i++) {
    const [previous = 0] = ring[i - 1] ?? [];
    const [current = 0] = ring[i] ?? [];
    largest = Math.max(largest, Math.abs(current - previous));
  }
  return largest;
}

function distanceInDegrees(a: readonly number[], b: readonly number[]): number {
  const [ax = NaN, ay = NaN] = a;
  const [bx = NaN, by = NaN] = b;
  return Math.hypot(ax - bx, ay - by);
}

function boundsOf(points: Position[]): [number, number, number, number] {
  const lons = points.map(([lon = NaN]) => lon);
  const lats = points.map(([, lat = NaN]) => lat);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

describe('buildShapes', () => {
  it('gives every feature a three-letter ISO3 code, once', () => {
    const codes = shapes.features.map((feature) => feature.properties.iso3);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{3}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(WEST_AFRICA_AND_PARTNERS)('has a shape for %s', (iso3) => {
    expect(polygonsOf(geometryOf(iso3)).length).toBeGreaterThan(0);
  });

  it('names Kosovo XKX and leaves out Antarctica and the unrecognised states', () => {
    const codes = new Set(shapes.features.map((feature) => feature.properties.iso3));
    expect(codes.has('XKX')).toBe(true);
    expect(codes.has('ATA')).toBe(false);
  });

  it('draws Somalia with Somaliland as one country', () => {
    // Hargeisa, Somaliland's capital, must fall inside Somalia's shape.
    expect(polygonsOf(geometryOf('SOM')).some((p) => insideRings([44.07, 9.56], p))).toBe(true);
  });

  it('has no ring that jumps more than 180° in longitude', () => {
    for (const feature of shapes.features) {
      for (const polygon of polygonsOf(feature.geometry)) {
        for (const ring of polygon) {
          expect(largestJump(ring), feature.properties.iso3).toBeLessThanOrEqual(180);
        }
      }
    }
  });

  it.each(['RUS', 'FJI', 'USA'])('keeps %s continuous across the antimeridian', (iso3) => {
    const rings = polygonsOf(geometryOf(iso3)).flat();
    expect(Math.max(...rings.map(largestJump))).toBeLessThanOrEqual(180);
    const lons = rings.flat().map(([lon = 0]) => lon);
    // One world copy: the whole country spans less than half the globe.
    expect(Math.max(...lons) - Math.min(...lons)).toBeLessThan(180);
  });

  it('closes every ring with at least four distinct-ending points', () => {
    for (const feature of shapes.features) {
      for (const ring of polygonsOf(feature.geometry).flat()) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
      }
    }
  });

  it('keeps more detail for Africa than elsewhere', () => {
    const decimalsOf = (iso3: string): number =>
      Math.max(
        ...polygonsOf(geometryOf(iso3))
          .flat(2)
          .flat()
          .map((value) => (String(value).split('.')[1] ?? '').length),
      );
    expect(decimalsOf('MLI')).toBe(3);
    expect(decimalsOf('FRA')).toBe(2);
  });
});

describe('buildLabelPoints', () => {
  it('gives one label per shape', () => {
    expect(labels.features.map((f) => f.properties.iso3)).toEqual(
      shapes.features.map((f) => f.properties.iso3),
    );
  });

  it.each(LABELLED_INSIDE)('puts the label of %s inside its shape', (iso3) => {
    const label = labelOf(iso3);
    expect(polygonsOf(geometryOf(iso3)).some((polygon) => insideRings(label, polygon))).toBe(true);
  });

  it('puts every label inside its shape', () => {
    const outside = labels.features.filter(
      ({ geometry, properties }) =>
        !polygonsOf(geometryOf(properties.iso3)).some((p) => insideRings(geometry.coordinates, p)),
    );
    expect(outside.map((label) => label.properties.iso3)).toEqual([]);
  });

  it('labels the main part of a country, not an overseas one', () => {
    const [franceLon = NaN, franceLat = NaN] = labelOf('FRA');
    expect(franceLon).toBeGreaterThan(-5);
    expect(franceLat).toBeGreaterThan(42);
    const [usaLon = NaN, usaLat = NaN] = labelOf('USA');
    expect(usaLon).toBeGreaterThan(-125);
    expect(usaLat).toBeLessThan(49);
    const [, norwayLat = NaN] = labelOf('NOR');
    expect(norwayLat).toBeLessThan(72); // mainland, not Svalbard
  });
});

describe('capitalOf', () => {
  it.each<[string, [number, number]]>([
    ['MLI', [-8.0, 12.65]],
    ['FRA', [2.35, 48.86]],
    ['RUS', [37.6, 55.75]],
    ['USA', [-77.0, 38.9]],
    ['DZA', [3.06, 36.75]],
    ['BFA', [-1.53, 12.37]],
    ['NER', [2.11, 13.51]],
  ])('places the capital of %s near %j', (iso3, expected) => {
    const capital = capitalOf(iso3);
    expect(capital).toBeDefined();
    expect(distanceInDegrees(capital ?? [], expected)).toBeLessThan(0.5);
  });

  it('puts every capital in or near its country', () => {
    // Near: small island capitals are missing from the 110m shapes (Nassau, Port Vila).
    const MARGIN = 2;
    for (const { geometry, properties } of shapes.features) {
      const capital = capitalOf(properties.iso3);
      if (!capital) continue;
      const [minLon, minLat, maxLon, maxLat] = boundsOf(polygonsOf(geometry).flat(2));
      const [lon, lat] = capital;
      const nearLon = [-360, 0, 360].some(
        (shift) => lon + shift > minLon - MARGIN && lon + shift < maxLon + MARGIN,
      );
      expect(nearLon && lat > minLat - MARGIN && lat < maxLat + MARGIN, properties.iso3).toBe(true);
    }
  });

  it('knows Kosovo under XKX and nothing for an unknown code', () => {
    expect(capitalOf('XKX')).toBeDefined();
    expect(capitalOf('ZZZ')).toBeUndefined();
  });
});
