/**
 * The pure half of the SVG map drawn when WebGL2 is missing or lost: the frame MapLibre would
 * show, path strings, colours, label placement and the keyboard's order. React draws; this
 * computes, and is tested without a browser.
 *
 * The projection is planar Web Mercator, the one MapLibre draws, built from d3-geo's
 * `geoMercatorRaw` and `geoTransform`. d3's spherical `geoMercator()` pipeline would draw a
 * different map from the same shapes: it wraps Russia's unwrapped longitudes (up to 190°) back
 * to -170°, and it reads the RFC 7946 rings scripts/build-geometry.ts writes (outer rings
 * counter-clockwise) as "the whole sphere except this country", so every country would cover
 * the world.
 */
import { geoMercatorRaw, geoPath, geoTransform, type GeoStream } from 'd3-geo';
import type { FeatureCollection, Point } from 'geojson';
import { MALI, type DisplayStatus } from '../../data/atlasIndex';
import type { ShapesFile } from '../../data/geoSchemas';
import { MAP_COLOURS, STATUS_COLOURS } from '../../theme/palette';
import type { Size } from '../../ui/useElementSize';
import type { Camera } from '../camera';
import { CAMERA, MAP_SIZES } from '../mapConstants';
import { LABEL_RANK, type LabelProperties } from '../mapFeatures';

/**
 * A Web Mercator frame: a point at longitude λ and latitude φ (radians) is drawn at
 * (x + k·λ, y − k·ln tan(π/4 + φ/2)) pixels.
 */
export interface MercatorFrame {
  k: number;
  x: number;
  y: number;
}

/** A country as drawn: its path, its box on screen and where its tooltip goes. */
export interface CountryShape {
  iso3: string;
  d: string;
  box: [[number, number], [number, number]];
  anchor: [number, number];
}

export interface PlacedLabel {
  iso3: string;
  x: number;
  size: number;
  /** The wrapped lines, each with the y of its centre. */
  lines: { text: string; y: number }[];
}

/** MapLibre's world is 512 px wide at zoom 0. */
const TILE_SIZE = 512;
/** Web Mercator stops here; beyond, y runs to infinity. */
const MAX_LATITUDE = 85.051129;
const RADIANS = Math.PI / 180;
/** Average advance of a Noto Sans glyph in ems, to size labels without measuring text. */
const GLYPH_EM = 0.5;
const LINE_HEIGHT_EM = 1.2;
/** MapLibre keeps 2 px between labels (text-padding). */
const LABEL_GAP = 2;

/** Pixels per radian at a MapLibre zoom level. */
export function scaleAtZoom(zoom: number): number {
  return (TILE_SIZE * 2 ** zoom) / (2 * Math.PI);
}

function mercator([lon, lat]: readonly [number, number]): [number, number] {
  const phi = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * RADIANS;
  return geoMercatorRaw(lon * RADIANS, phi);
}

/** The frame MapLibre's fitBounds gives: the box centred and as large as padding and zooms allow. */
export type { Size };

export function fitFrame(camera: Camera, size: Size): MercatorFrame {
  const [x0, y0] = mercator(camera.bounds[0]);
  const [x1, y1] = mercator(camera.bounds[1]);
  const innerWidth = Math.max(1, size.width - 2 * camera.padding);
  const innerHeight = Math.max(1, size.height - 2 * camera.padding);
  const fit = Math.min(
    innerWidth / Math.max(Number.EPSILON, Math.abs(x1 - x0)),
    innerHeight / Math.max(Number.EPSILON, Math.abs(y1 - y0)),
  );
  const k = Math.min(
    scaleAtZoom(Math.min(camera.maxZoom, CAMERA.maxZoom)),
    Math.max(scaleAtZoom(CAMERA.minZoom), fit),
  );
  return { k, x: size.width / 2 - (k * (x0 + x1)) / 2, y: size.height / 2 + (k * (y0 + y1)) / 2 };
}

/** A longitude and latitude in degrees to pixels; longitudes beyond ±180 stay where they are. */
export function project(frame: MercatorFrame, point: readonly [number, number]): [number, number] {
  const [x, y] = mercator(point);
  return [frame.x + frame.k * x, frame.y - frame.k * y];
}

/** A d3 path generator drawing GeoJSON in the frame, planar like MapLibre (no clipping). */
export function pathIn(frame: MercatorFrame) {
  const transform = geoTransform({
    point(this: { stream: GeoStream }, lon: number, lat: number) {
      const [x, y] = project(frame, [lon, lat]);
      this.stream.point(x, y);
    },
  });
  return geoPath(transform).digits(1);
}

/** Every shape as drawn in the frame; the tooltip anchor is the label point when there is one. */
export function countryShapes(
  shapes: ShapesFile,
  frame: MercatorFrame,
  labelPoints: ReadonlyMap<string, [number, number]> = new Map(),
): CountryShape[] {
  const path = pathIn(frame);
  return shapes.features.map((feature) => {
    const [[x0, y0], [x1, y1]] = path.bounds(feature.geometry);
    const labelPoint = labelPoints.get(feature.properties.iso3);
    return {
      iso3: feature.properties.iso3,
      d: path(feature.geometry) ?? '',
      box: [
        [x0, y0],
        [x1, y1],
      ],
      anchor: labelPoint ? project(frame, labelPoint) : [(x0 + x1) / 2, (y0 + y1) / 2],
    };
  });
}

/** Codes of the shapes at least partly inside the view, as MapLibre's queryRenderedFeatures. */
export function visibleCodes(shapes: readonly CountryShape[], size: Size): string[] {
  return shapes
    .filter(
      ({ box: [[x0, y0], [x1, y1]] }) =>
        x1 >= 0 && y1 >= 0 && x0 <= size.width && y0 <= size.height && x1 > x0 && y1 > y0,
    )
    .map((shape) => shape.iso3);
}

/** The fill of a status, as the MapLibre fill layer paints it. */
export function fillOf(status: DisplayStatus): string {
  if (status === 'mali') return MAP_COLOURS.mali;
  if (status === 'unknown') return MAP_COLOURS.noData;
  return STATUS_COLOURS[status];
}

/** Greedy word wrap at a width in characters, as MapLibre wraps at text-max-width. */
export function wrapLabel(name: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of name.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Labels that fit: placed by rank (see LABEL_RANK), each dropped when its point is outside the
 * view, or when it would overlap one already placed or cross the view's edge, as MapLibre's
 * collision does. The chosen country's label is placed first and, when its point is in view,
 * moved inside rather than dropped at the edge, so the reader always sees the name chosen.
 */
export function placeLabels(
  labels: FeatureCollection<Point, LabelProperties>,
  toScreen: (lngLat: [number, number]) => [number, number],
  size: Size,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const boxes: [number, number, number, number][] = [];
  const byRank = [...labels.features].sort((a, b) => a.properties.rank - b.properties.rank);
  for (const feature of byRank) {
    const [lon = 0, lat = 0] = feature.geometry.coordinates;
    const [anchorX, anchorY] = toScreen([lon, lat]);
    if (!(anchorX >= 0 && anchorY >= 0 && anchorX <= size.width && anchorY <= size.height))
      continue;
    const fontSize = feature.properties.iso3 === MALI ? MAP_SIZES.labelMali : MAP_SIZES.label;
    const lines = wrapLabel(
      feature.properties.name,
      Math.floor(MAP_SIZES.labelMaxWidth / GLYPH_EM),
    );
    const halfWidth =
      (Math.max(...lines.map((l) => l.length)) * fontSize * GLYPH_EM) / 2 + LABEL_GAP;
    const halfHeight = (lines.length * fontSize * LINE_HEIGHT_EM) / 2 + LABEL_GAP;
    const pinned = feature.properties.rank === LABEL_RANK.chosen;
    const x = pinned ? clampInside(anchorX, halfWidth, size.width) : anchorX;
    const y = pinned ? clampInside(anchorY, halfHeight, size.height) : anchorY;
    const box: [number, number, number, number] = [
      x - halfWidth,
      y - halfHeight,
      x + halfWidth,
      y + halfHeight,
    ];
    const inside = box[0] >= 0 && box[1] >= 0 && box[2] <= size.width && box[3] <= size.height;
    const free = boxes.every(
      ([a, b, c, d]) => box[2] < a || box[0] > c || box[3] < b || box[1] > d,
    );
    if (!inside || !free) continue;
    boxes.push(box);
    placed.push({
      iso3: feature.properties.iso3,
      x,
      size: fontSize,
      lines: lines.map((text, i) => ({
        text,
        y: y + (i - (lines.length - 1) / 2) * fontSize * LINE_HEIGHT_EM,
      })),
    });
  }
  return placed;
}

/** A label's centre moved so that its half-extent stays inside [0, length] (centred if wider). */
function clampInside(centre: number, half: number, length: number): number {
  return half * 2 >= length ? length / 2 : Math.max(half, Math.min(length - half, centre));
}

export interface RovingItem {
  code: string;
  name: string;
}

function initialOf(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toLocaleLowerCase();
}

/**
 * The country a key moves the focus to, or null when the key is not the map's: arrows step
 * through the names in order (stopping at the ends), Home and End jump, and a letter goes to
 * the next name starting with it, as in a list box.
 */
export function rovingTarget(
  items: readonly RovingItem[],
  current: string,
  key: string,
): string | null {
  const at = items.findIndex((item) => item.code === current);
  const last = items.length - 1;
  const pick = (i: number) => items[Math.max(0, Math.min(last, i))]?.code ?? null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return pick(at + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return pick(at < 0 ? 0 : at - 1);
    case 'Home':
      return pick(0);
    case 'End':
      return pick(last);
  }
  if (!/^\p{L}$/u.test(key)) return null;
  const letter = initialOf(key);
  for (let step = 1; step <= items.length; step += 1) {
    const item = items[(at + step) % items.length];
    if (item && initialOf(item.name) === letter) return item.code;
  }
  return null;
}

/**
 * The one country in the tab order: where the reader last moved the focus, unless the selection
 * changed since; then the selected country; then the first name.
 */
export function tabStopOf(
  items: readonly RovingItem[],
  moved: { code: string; selected: string | null } | null,
  selected: string | null,
): string | null {
  const has = (code: string | null) => code !== null && items.some((item) => item.code === code);
  if (moved && moved.selected === selected && has(moved.code)) return moved.code;
  if (has(selected)) return selected;
  return items[0]?.code ?? null;
}
