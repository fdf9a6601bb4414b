/**
 * Country shapes, label points and capitals for the map, computed at build time from Natural
 * Earth (world-atlas) so that nothing is fetched at run time. `scripts/build-data.ts` imports
 * these functions and writes public/data/; run this file directly to see what the shapes weigh:
 * `npx tsx scripts/build-geometry.ts` (it writes nothing).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import isoCountries from 'i18n-iso-countries';
import locationTimezone from 'node-location-timezone';
import { merge } from 'topojson-client';
import type {
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { isEntryPoint } from './isEntryPoint.ts';

/** Longitude, latitude in degrees. */
type LonLat = [number, number];
type Ring = LonLat[];
/** Outer ring first, then holes, as in GeoJSON. */
type PolygonRings = Ring[];

/** Properties of every shape and label feature; MapLibre promotes `iso3` to the feature id. */
export interface CountryProps {
  iso3: string;
}
export type CountryShape = Feature<Polygon | MultiPolygon, CountryProps>;
export type CountryShapes = FeatureCollection<Polygon | MultiPolygon, CountryProps>;
export type LabelPoints = FeatureCollection<Point, CountryProps>;

type Resolution = '50m' | '110m';
type CountryGeometry = TopoPolygon<{ name: string }> | TopoMultiPolygon<{ name: string }>;
interface CountriesTopology extends Topology {
  objects: { countries: { type: 'GeometryCollection'; geometries: CountryGeometry[] } };
}

/**
 * The 54 UN member states of Africa plus Western Sahara and Saint Helena: the region the atlas
 * is framed on, drawn from the finer 50m shapes. Kept by hand because no installed package knows
 * continents. Natural Earth draws Morocco down to the berm, so its ESH is only the strip east of
 * it; the shapes keep that de facto line as Natural Earth does.
 */
const AFRICA_ISO3: ReadonlySet<string> = new Set([
  'DZA', 'AGO', 'BEN', 'BWA', 'BFA', 'BDI', 'CPV', 'CMR', 'CAF', 'TCD', 'COM', 'COD', 'COG', 'CIV',
  'DJI', 'EGY', 'GNQ', 'ERI', 'SWZ', 'ETH', 'GAB', 'GMB', 'GHA', 'GIN', 'GNB', 'KEN', 'LSO', 'LBR',
  'LBY', 'MDG', 'MWI', 'MLI', 'MRT', 'MUS', 'MAR', 'MOZ', 'NAM', 'NER', 'NGA', 'RWA', 'STP', 'SEN',
  'SYC', 'SLE', 'SOM', 'ZAF', 'SSD', 'SDN', 'TZA', 'TGO', 'TUN', 'UGA', 'ZMB', 'ZWE', 'ESH', 'SHN',
]); // prettier-ignore

/**
 * Natural Earth features that carry no ISO numeric code. Kosovo gets the user-assigned XKX that
 * the World Bank and most datasets use. Somaliland and Northern Cyprus are merged into Somalia
 * and Cyprus, the states the UN recognises there, so that a click on them selects a state Mali
 * has relations with. The 50m-only Indian Ocean Territories are Australian. Siachen Glacier
 * (50m) is disputed between India and Pakistan and is left out rather than given to either.
 */
const ISO3_BY_NAME: Readonly<Record<string, string>> = {
  Kosovo: 'XKX',
  Somaliland: 'SOM',
  'N. Cyprus': 'CYP',
  'Indian Ocean Ter.': 'AUS',
};

/**
 * Antarctica is irrelevant to Mali's relations, its rings run to the pole (infinite in Web
 * Mercator) and along the antimeridian, and it would be the largest shape on the map.
 */
const DROPPED_ISO3: ReadonlySet<string> = new Set(['ATA']);

/** Decimals kept: ~110 m for the 50m shapes (Africa, small states), ~1.1 km for the rest. */
const DECIMALS: Readonly<Record<Resolution, number>> = { '50m': 3, '110m': 2 };

/**
 * Douglas-Peucker tolerance in degrees for the 50m arcs (about 1 km, under a pixel up to zoom 6):
 * it removes a third of Africa's points and a fifth of the gzip size.
 */
const SIMPLIFY_TOLERANCE_50M = 0.01;

/** The package files Kosovo under its own code, not the XKX the shapes use. */
const CAPITAL_ISO_ALIASES: Readonly<Record<string, string>> = { XKX: 'KOS' };

/**
 * Where node-location-timezone 1.1.0 is wrong, found by checking every capital against its
 * country's shape; null for a territory without a capital of its own.
 */
const CAPITAL_CORRECTIONS: Readonly<Record<string, LonLat | null>> = {
  // The package puts Montserrat's Plymouth at Plymouth, England.
  MSR: [-62.216, 16.706],
  // The package gives Gaza; the Palestinian government sits in Ramallah.
  PSE: [35.204, 31.904],
  // The package gives Niue's coordinates. The French Southern Lands are run from Réunion,
  // which is drawn as France, so a capital dot there would read as French.
  ATF: null,
};

const require = createRequire(import.meta.url);

function isCountriesTopology(value: unknown): value is CountriesTopology {
  if (typeof value !== 'object' || value === null) return false;
  const topology = value as { type?: unknown; objects?: { countries?: { geometries?: unknown } } };
  return topology.type === 'Topology' && Array.isArray(topology.objects?.countries?.geometries);
}

function loadTopology(resolution: Resolution): CountriesTopology {
  const path = require.resolve(`world-atlas/countries-${resolution}.json`);
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isCountriesTopology(parsed)) throw new Error(`${path} is not a countries topology`);
  return parsed;
}

function toLonLat(position: Position | undefined): LonLat {
  const [lon, lat] = position ?? [];
  if (lon === undefined || lat === undefined) throw new Error('Position without coordinates');
  return [lon, lat];
}

/** Turns quantized, delta-encoded arcs into absolute longitudes and latitudes. */
function decodeArcs(topology: Topology): Ring[] {
  const { transform } = topology;
  return topology.arcs.map((arc) => {
    if (!transform) return arc.map(toLonLat);
    let x = 0;
    let y = 0;
    return arc.map((position) => {
      const [dx, dy] = toLonLat(position);
      x += dx;
      y += dy;
      return [
        x * transform.scale[0] + transform.translate[0],
        y * transform.scale[1] + transform.translate[1],
      ];
    });
  });
}

function distanceToSegment(p: LonLat, a: LonLat, b: LonLat): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Douglas-Peucker, iterative so that long coastlines cannot overflow the stack. */
function simplifyLine(line: Ring, tolerance: number): Ring {
  if (line.length <= 2) return line;
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  for (let span = stack.pop(); span; span = stack.pop()) {
    const [first, last] = span;
    const a = line[first];
    const b = line[last];
    if (!a || !b) continue;
    let farthest = -1;
    let farthestDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const p = line[i];
      const distance = p ? distanceToSegment(p, a, b) : 0;
      if (distance > farthestDistance) {
        farthest = i;
        farthestDistance = distance;
      }
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    stack.push([first, farthest], [farthest, last]);
  }
  return line.filter((_, i) => keep[i] === 1);
}

/**
 * Simplifying the shared arcs (not each country's rings) keeps neighbours' borders identical.
 * A closed arc is a whole island: one that would fall below a ring's 4 points stays as it is,
 * so small island states keep their shape.
 */
function simplifyArc(arc: Ring, tolerance: number): Ring {
  const simplified = simplifyLine(arc, tolerance);
  const first = arc[0];
  const last = arc[arc.length - 1];
  const closed = first !== undefined && last !== undefined && samePoint(first, last);
  return closed && simplified.length < 4 ? arc : simplified;
}

/** A copy of the topology with absolute (and, if asked, simplified) arcs. */
function absoluteTopology(topology: CountriesTopology, tolerance: number): CountriesTopology {
  const arcs = decodeArcs(topology).map((arc) =>
    tolerance > 0 ? simplifyArc(arc, tolerance) : arc,
  );
  return { type: 'Topology', objects: topology.objects, arcs };
}

function iso3Of(geometry: CountryGeometry): string | undefined {
  if (geometry.id !== undefined) return isoCountries.numericToAlpha3(geometry.id);
  const name = geometry.properties?.name;
  return name === undefined ? undefined : ISO3_BY_NAME[name];
}

/** The geometries of one topology grouped by ISO3, unmapped and dropped ones left out. */
function groupByIso3(topology: CountriesTopology): Map<string, CountryGeometry[]> {
  const groups = new Map<string, CountryGeometry[]>();
  for (const geometry of topology.objects.countries.geometries) {
    const iso3 = iso3Of(geometry);
    if (iso3 === undefined || DROPPED_ISO3.has(iso3)) continue;
    groups.set(iso3, [...(groups.get(iso3) ?? []), geometry]);
  }
  return groups;
}

/**
 * When a ring crosses the antimeridian (Russia, Fiji), world-atlas jumps from 180 to -180 for
 * spherical drawing; MapLibre draws that jump as a streak across the world. Shifting the rest of
 * the ring by 360° keeps it continuous, with longitudes beyond ±180 that MapLibre wraps.
 */
function unwrapRing(ring: Ring): Ring {
  let offset = 0;
  let previousLon: number | undefined;
  return ring.map(([lon, lat]) => {
    if (previousLon !== undefined) {
      const jump = lon - previousLon;
      if (jump > 180) offset -= 360;
      else if (jump < -180) offset += 360;
    }
    previousLon = lon;
    return [lon + offset, lat];
  });
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  // `+ 0` turns -0 into 0: JSON prints both as 0, but toEqual tells them apart.
  return Math.round(value * factor) / factor + 0;
}

function samePoint(a: LonLat, b: LonLat): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Rounds, then drops the repeats that rounding creates; undefined if the ring collapses. */
function roundRing(ring: Ring, decimals: number): Ring | undefined {
  const rounded: Ring = [];
  for (const [lon, lat] of ring) {
    const point: LonLat = [roundTo(lon, decimals), roundTo(lat, decimals)];
    const previous = rounded[rounded.length - 1];
    if (!previous || !samePoint(previous, point)) rounded.push(point);
  }
  return rounded.length >= 4 && Math.abs(signedArea(rounded)) > 0 ? rounded : undefined;
}

/** Shoelace area in square degrees; positive when counter-clockwise. */
function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j];
    const b = ring[i];
    if (a && b) sum += (a[0] - b[0]) * (a[1] + b[1]);
  }
  return sum / 2;
}

/** RFC 7946 winding: outer rings counter-clockwise, holes clockwise. */
function rewind(ring: Ring, outer: boolean): Ring {
  const counterClockwise = signedArea(ring) > 0;
  return counterClockwise === outer ? ring : [...ring].reverse();
}

/** Area on a sinusoidal (equal-area) projection, so that Alaska does not outweigh Texas. */
function equalArea(polygon: PolygonRings): number {
  const [outer, ...holes] = polygon;
  const ringArea = (ring: Ring): number =>
    Math.abs(signedArea(ring.map(([lon, lat]) => [lon * Math.cos((lat * Math.PI) / 180), lat])));
  return outer ? ringArea(outer) - holes.reduce((sum, hole) => sum + ringArea(hole), 0) : 0;
}

function largestPolygon(polygons: PolygonRings[]): PolygonRings | undefined {
  let largest: PolygonRings | undefined;
  let largestArea = -1;
  for (const polygon of polygons) {
    const area = equalArea(polygon);
    if (area > largestArea) {
      largest = polygon;
      largestArea = area;
    }
  }
  return largest;
}

function meanLongitude(polygon: PolygonRings): number {
  const outer = polygon[0] ?? [];
  return outer.reduce((sum, [lon]) => sum + lon, 0) / Math.max(1, outer.length);
}

function shiftPolygon(polygon: PolygonRings, degrees: number): PolygonRings {
  return degrees === 0
    ? polygon
    : polygon.map((ring) => ring.map(([lon, lat]): LonLat => [lon + degrees, lat]));
}

/**
 * Moves each part to the world copy nearest the country's largest part, so that Chukotka sits
 * east of Siberia rather than at the far west of the map and a country's bounds stay tight.
 */
function gatherParts(polygons: PolygonRings[]): PolygonRings[] {
  const main = largestPolygon(polygons);
  if (!main) return polygons;
  const reference = meanLongitude(main);
  return polygons.map((polygon) =>
    shiftPolygon(polygon, 360 * Math.round((reference - meanLongitude(polygon)) / 360)),
  );
}

function cleanPolygon(polygon: Position[][], decimals: number): PolygonRings | undefined {
  const rings: PolygonRings = [];
  for (const [index, positions] of polygon.entries()) {
    const ring = roundRing(unwrapRing(positions.map(toLonLat)), decimals);
    if (!ring && index === 0) return undefined;
    if (ring) rings.push(rewind(ring, index === 0));
  }
  return rings;
}

function toGeometry(polygons: PolygonRings[]): Polygon | MultiPolygon {
  const [only] = polygons;
  return polygons.length === 1 && only
    ? { type: 'Polygon', coordinates: only }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * One country from one topology; merging its geometries dissolves the borders between the
 * parts (Somalia and Somaliland, Cyprus and Northern Cyprus).
 */
function buildShape(
  topology: CountriesTopology,
  iso3: string,
  geometries: CountryGeometry[],
  decimals: number,
): CountryShape | undefined {
  const merged = merge(topology, geometries);
  const polygons = merged.coordinates.flatMap((polygon) => {
    const cleaned = cleanPolygon(polygon, decimals);
    return cleaned ? [cleaned] : [];
  });
  if (polygons.length === 0) return undefined;
  return { type: 'Feature', properties: { iso3 }, geometry: toGeometry(gatherParts(polygons)) };
}

/**
 * Every country but Antarctica: African ones from the 50m set (simplified to ~1 km), the rest
 * from the 110m set, and from the 50m set the small states that 110m leaves out (Singapore,
 * Malta, Bahrain, the Vatican...) so that any partner of Mali can be shown and clicked.
 * Sorted by ISO3 so that the output is stable.
 */
export function buildShapes(): CountryShapes {
  const coarse = absoluteTopology(loadTopology('110m'), 0);
  const fine = absoluteTopology(loadTopology('50m'), SIMPLIFY_TOLERANCE_50M);
  const coarseGroups = groupByIso3(coarse);
  const fineGroups = groupByIso3(fine);
  const features: CountryShape[] = [];
  for (const [iso3, geometries] of fineGroups) {
    if (AFRICA_ISO3.has(iso3) || !coarseGroups.has(iso3)) {
      const shape = buildShape(fine, iso3, geometries, DECIMALS['50m']);
      if (shape) features.push(shape);
    }
  }
  for (const [iso3, geometries] of coarseGroups) {
    if (!AFRICA_ISO3.has(iso3)) {
      const shape = buildShape(coarse, iso3, geometries, DECIMALS['110m']);
      if (shape) features.push(shape);
    }
  }
  features.sort((a, b) => a.properties.iso3.localeCompare(b.properties.iso3));
  return { type: 'FeatureCollection', features };
}

function polygonsOf(geometry: Polygon | MultiPolygon): PolygonRings[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((polygon) => polygon.map((ring) => ring.map(toLonLat)));
}

/** Even-odd rule over all rings, so that a point in a hole is outside. */
function isInside(point: LonLat, rings: PolygonRings): boolean {
  const [x, y] = point;
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i];
      const b = ring[j];
      if (
        a &&
        b &&
        a[1] > y !== b[1] > y &&
        x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]
      ) {
        inside = !inside;
      }
    }
  }
  return inside;
}

/** Distance to the nearest edge, negative outside. Planar: the rings are locally projected. */
function signedDistance(point: LonLat, rings: PolygonRings): number {
  let nearest = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i];
      const b = ring[j];
      if (a && b) nearest = Math.min(nearest, distanceToSegment(point, a, b));
    }
  }
  return isInside(point, rings) ? nearest : -nearest;
}

interface Cell {
  center: LonLat;
  half: number;
  distance: number;
}

function makeCell(center: LonLat, half: number, rings: PolygonRings): Cell {
  return { center, half, distance: signedDistance(center, rings) };
}

/** The most a point of the cell can be from the edges: its center's distance plus its radius. */
function potential(cell: Cell): number {
  return cell.distance + cell.half * Math.SQRT2;
}

function splitCell({ center: [x, y], half }: Cell, rings: PolygonRings): Cell[] {
  const h = half / 2;
  return [
    makeCell([x - h, y - h], h, rings),
    makeCell([x + h, y - h], h, rings),
    makeCell([x - h, y + h], h, rings),
    makeCell([x + h, y + h], h, rings),
  ];
}

function bounds(ring: Ring): [number, number, number, number] {
  const lons = ring.map(([lon]) => lon);
  const lats = ring.map(([, lat]) => lat);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

/**
 * Pole of inaccessibility (the inside point farthest from the edges), found as polylabel does,
 * by splitting cells that might still hold a better point, breadth-first rather than with a
 * priority queue. Works on a projection local to the polygon so that northern countries are not
 * stretched sideways.
 */
function poleOfInaccessibility(polygon: PolygonRings): LonLat | undefined {
  const outer = polygon[0];
  if (!outer) return undefined;
  const [, minLat, , maxLat] = bounds(outer);
  const scale = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const rings = polygon.map((ring) => ring.map(([lon, lat]): LonLat => [lon * scale, lat]));
  const projectedOuter = rings[0] ?? [];
  const [minX, minY, maxX, maxY] = bounds(projectedOuter);
  const size = Math.min(maxX - minX, maxY - minY);
  if (size <= 0) return outer[0];
  const precision = Math.max(size / 1000, 1e-4);
  let cells: Cell[] = [];
  for (let x = minX; x < maxX; x += size) {
    for (let y = minY; y < maxY; y += size)
      cells.push(makeCell([x + size / 2, y + size / 2], size / 2, rings));
  }
  let best = makeCell(projectedCentroid(projectedOuter), 0, rings);
  while (cells.length > 0) {
    for (const cell of cells) if (cell.distance > best.distance) best = cell;
    const threshold = best.distance + precision;
    cells = cells
      .filter((cell) => potential(cell) > threshold && cell.half > precision)
      .flatMap((cell) => splitCell(cell, rings));
  }
  return [best.center[0] / scale, best.center[1]];
}

function projectedCentroid(ring: Ring): LonLat {
  let x = 0;
  let y = 0;
  for (const [px, py] of ring) {
    x += px;
    y += py;
  }
  return [x / Math.max(1, ring.length), y / Math.max(1, ring.length)];
}

/**
 * One label point per country, at the pole of inaccessibility of its largest part (mainland
 * France rather than French Guiana, the lower 48 rather than Alaska). Longitudes follow the
 * shapes, so Fiji's or Russia's point may lie beyond ±180 like their rings.
 */
export function buildLabelPoints(shapes: CountryShapes): LabelPoints {
  const features: Feature<Point, CountryProps>[] = [];
  for (const shape of shapes.features) {
    const main = largestPolygon(polygonsOf(shape.geometry));
    const pole = main && poleOfInaccessibility(main);
    if (!pole) continue;
    const coordinates = [roundTo(pole[0], 2), roundTo(pole[1], 2)];
    features.push({
      type: 'Feature',
      properties: { iso3: shape.properties.iso3 },
      geometry: { type: 'Point', coordinates },
    });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * [lon, lat] of a country's capital from node-location-timezone (names from the UN and the CIA
 * World Factbook), a few corrected; undefined for an unknown code or a territory without one.
 */
export function capitalOf(iso3: string): [number, number] | undefined {
  const correction = CAPITAL_CORRECTIONS[iso3];
  if (correction !== undefined) return correction ? [...correction] : undefined;
  const capital = findCapital(CAPITAL_ISO_ALIASES[iso3] ?? iso3);
  // The package fills a missing value with '' rather than leaving it out.
  if (!capital || !Number.isFinite(capital.longitude) || !Number.isFinite(capital.latitude)) {
    return undefined;
  }
  return [capital.longitude, capital.latitude];
}

/** Typed by hand: the package's index typings omit the `undefined` it returns for unknown codes. */
function findCapital(code: string): { longitude: number; latitude: number } | undefined {
  return locationTimezone.findCapitalOfCountryIso(code);
}

function describeSize(name: string, value: unknown): string {
  const json = JSON.stringify(value);
  const raw = Buffer.byteLength(json);
  const gzip = gzipSync(json, { level: 9 }).byteLength;
  return `${name}: ${(raw / 1024).toFixed(1)} kB raw, ${(gzip / 1024).toFixed(1)} kB gzip`;
}

function printSizes(): void {
  const shapes = buildShapes();
  const labels = buildLabelPoints(shapes);
  console.log(`${shapes.features.length} countries`);
  console.log(describeSize('shapes', shapes));
  console.log(describeSize('labels', labels));
}

if (isEntryPoint(import.meta.url)) printSizes();
