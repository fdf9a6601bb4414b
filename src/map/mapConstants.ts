export const COUNTRIES_SOURCE = 'countries';
/**
 * The same shapes again, for the outlines that follow the selection, hover and an organisation.
 * MapLibre re-uploads the paint arrays of every state-dependent layer of a source when one
 * feature's state changes; kept apart, a year's new statuses re-upload the fill alone, not four
 * outline layers as well (measured by npm run bench: bufferSubData was most of a year change).
 */
export const OUTLINES_SOURCE = 'country-outlines';
export const LINKS_SOURCE = 'links';

export const LAYER_IDS = {
  water: 'water',
  fill: 'countries-fill',
  involved: 'countries-involved',
  members: 'countries-members',
  selected: 'countries-selected',
  hover: 'countries-hover',
  links: 'links-line',
  capitals: 'capitals',
} as const;

/** [[west, south], [east, north]] in degrees; the SVG fallback needs the plain pairs. */
export type LngLatBox = [[number, number], [number, number]];

/**
 * Mali and its seven neighbours as the camera rule measures them from shapes.json (their main
 * territories, see camera.ts), rounded outwards. Only for the first frame: the map is created
 * before the shapes and the index have loaded, and the rule's own box replaces this one then.
 */
export const REGION_BOUNDS: LngLatBox = [
  [-17.6, 4.3],
  [16, 37.1],
];
/**
 * The world frame stays a fixed box rather than the covered countries' main territories: those
 * run from Canada (-141°) to Chukotka (190°, unwrapped), a box centred on the Caspian that would
 * push the Americas to the edge and move whenever a partner is added. This one keeps the
 * familiar world map, centred near Mali's meridian, with every partner in it (Russia to 180°).
 */
export const WORLD_BOUNDS: LngLatBox = [
  [-165, -50],
  [180, 75],
];

/** The camera's limits, paddings and pace, the same for MapLibre and the SVG drawing. */
export const CAMERA = {
  minZoom: 0.5,
  maxZoom: 7,
  /** Padding around the region or the world: small, so the frame fills the map. */
  framePadding: 12,
  /** Padding and zoom limit around a chosen country or event and Mali. */
  selectionPadding: 24,
  selectionMaxZoom: 5,
  /** How long a move flies (0 under reduced motion). */
  moveDurationMs: 800,
} as const;

/**
 * Line widths, dashes and text sizes in CSS pixels, shared by the MapLibre layers and the SVG
 * fallback so both draw the same map. Dashes are in line widths, as MapLibre counts them.
 */
export const MAP_SIZES = {
  /** The SVG drawing's borders; MapLibre draws them as the fill's one-pixel outline. */
  border: 0.6,
  member: 2.5,
  memberDash: [1.5, 1],
  involved: 2,
  hover: 1.5,
  hoverOpacity: 0.8,
  selected: 3,
  link: 1.6,
  linkDash: [2, 1.5],
  capitalRadius: 3.5,
  capitalStroke: 1,
  label: 11.5,
  labelMali: 15,
  labelHalo: 1.4,
  /** Labels wrap past this many ems. */
  labelMaxWidth: 7,
} as const;

export const BAMAKO: [number, number] = [-8.0029, 12.6392];
