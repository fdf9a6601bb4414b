/**
 * The map's style as typed constants: built once, never on render. Colours come from the theme;
 * what changes with the year or the selection is feature-state, so a year change never
 * re-uploads geometry.
 */
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { RELATION_STATUSES } from '../data/schemas';
import { MAP_COLOURS, STATUS_COLOURS } from '../theme/palette';
import {
  COUNTRIES_SOURCE,
  LAYER_IDS,
  LINKS_SOURCE,
  MAP_SIZES,
  OUTLINES_SOURCE,
} from './mapConstants';

const statusFill: ExpressionSpecification = [
  'match',
  ['coalesce', ['feature-state', 'status'], 'no-data'],
  'mali',
  MAP_COLOURS.mali,
  ...RELATION_STATUSES.flatMap((status) => [status, STATUS_COLOURS[status]]),
  MAP_COLOURS.noData,
];

const whenState = (key: string, on: number, off: number): ExpressionSpecification => [
  'case',
  ['boolean', ['feature-state', key], false],
  on,
  off,
];

/**
 * The outlines start hidden: the default view (no country, event or organisation chosen, no
 * hover) shows none of them. A hidden layer has no shader program to compile and nothing to draw
 * in each frame, and while all four are hidden MapLibre does not tile their source at all.
 * `useMapStates` shows each one the first time a country is given its state, and keeps it shown.
 */
const HIDDEN_UNTIL_USED = { visibility: 'none' } as const;

/** Which outline layer draws each feature-state key of the outlines' source. */
export const OUTLINE_LAYER_BY_STATE: ReadonlyMap<string, string> = new Map([
  ['member', LAYER_IDS.members],
  ['involved', LAYER_IDS.involved],
  ['hover', LAYER_IDS.hover],
  ['selected', LAYER_IDS.selected],
]);

export const COUNTRY_LAYERS: LayerSpecification[] = [
  {
    id: LAYER_IDS.water,
    type: 'background',
    paint: { 'background-color': MAP_COLOURS.water },
  },
  {
    id: LAYER_IDS.fill,
    type: 'fill',
    source: COUNTRIES_SOURCE,
    paint: {
      'fill-color': statusFill,
      // The borders are the fill's own antialiased outline (hairlines drawn from the fill's
      // buffers), not a line layer: that one tessellated every border into triangles and drew
      // them on each frame. A year change's two frames were about 8 ms shorter at p95 (paired
      // blocks, docs/performance.md); the program count and the first idle did not move.
      'fill-outline-color': MAP_COLOURS.border,
    },
  },
  {
    id: LAYER_IDS.members,
    type: 'line',
    source: OUTLINES_SOURCE,
    layout: HIDDEN_UNTIL_USED,
    paint: {
      'line-color': MAP_COLOURS.memberOutline,
      'line-width': MAP_SIZES.member,
      'line-dasharray': [...MAP_SIZES.memberDash],
      'line-opacity': whenState('member', 1, 0),
    },
  },
  {
    id: LAYER_IDS.involved,
    type: 'line',
    source: OUTLINES_SOURCE,
    layout: HIDDEN_UNTIL_USED,
    paint: {
      'line-color': MAP_COLOURS.involvedOutline,
      'line-width': MAP_SIZES.involved,
      'line-opacity': whenState('involved', 1, 0),
    },
  },
  {
    id: LAYER_IDS.hover,
    type: 'line',
    source: OUTLINES_SOURCE,
    layout: HIDDEN_UNTIL_USED,
    paint: {
      'line-color': MAP_COLOURS.selectedOutline,
      'line-width': MAP_SIZES.hover,
      'line-opacity': whenState('hover', MAP_SIZES.hoverOpacity, 0),
    },
  },
  {
    id: LAYER_IDS.selected,
    type: 'line',
    source: OUTLINES_SOURCE,
    layout: HIDDEN_UNTIL_USED,
    paint: {
      'line-color': MAP_COLOURS.selectedOutline,
      'line-width': MAP_SIZES.selected,
      'line-opacity': whenState('selected', 1, 0),
    },
  },
  {
    id: LAYER_IDS.links,
    type: 'line',
    source: LINKS_SOURCE,
    layout: { 'line-cap': 'round' },
    paint: {
      'line-color': MAP_COLOURS.link,
      'line-width': MAP_SIZES.link,
      'line-dasharray': [...MAP_SIZES.linkDash],
      'line-opacity': whenState('linked', 1, 0),
    },
  },
  {
    id: LAYER_IDS.capitals,
    type: 'circle',
    source: LINKS_SOURCE,
    filter: ['==', ['geometry-type'], 'Point'],
    paint: {
      'circle-radius': MAP_SIZES.capitalRadius,
      'circle-color': MAP_COLOURS.capital,
      'circle-stroke-color': MAP_COLOURS.labelHalo,
      'circle-stroke-width': MAP_SIZES.capitalStroke,
      'circle-opacity': whenState('linked', 1, 0),
      'circle-stroke-opacity': whenState('linked', 1, 0),
    },
  },
];

const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

/**
 * The whole style. It has no text: the names are drawn over the map by the page (MapLabels), so
 * no glyph server or font is needed. The shapes go in with the style when they have already
 * arrived, so the worker starts on them at once instead of after the map's load event.
 */
export function createStyle(shapes?: FeatureCollection): StyleSpecification {
  return {
    version: 8,
    sources: {
      [COUNTRIES_SOURCE]: { type: 'geojson', data: shapes ?? empty(), promoteId: 'iso3' },
      [OUTLINES_SOURCE]: { type: 'geojson', data: shapes ?? empty(), promoteId: 'iso3' },
      // Every link is there from the start; a year shows its own through feature-state, which
      // costs no trip to MapLibre's worker.
      [LINKS_SOURCE]: { type: 'geojson', data: empty(), promoteId: 'iso3' },
    },
    layers: COUNTRY_LAYERS,
  };
}
