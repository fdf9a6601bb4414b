import type { LngLatBoundsLike } from 'maplibre-gl';

export const COUNTRIES_SOURCE = 'countries';
export const LABELS_SOURCE = 'country-labels';
export const LINKS_SOURCE = 'links';

export const LAYER_IDS = {
  water: 'water',
  fill: 'countries-fill',
  borders: 'countries-borders',
  involved: 'countries-involved',
  members: 'countries-members',
  selected: 'countries-selected',
  hover: 'countries-hover',
  links: 'links-line',
  capitals: 'capitals',
  labels: 'country-labels',
} as const;

/** Mali and its seven neighbours, with a margin. */
export const REGION_BOUNDS: LngLatBoundsLike = [
  [-18.5, 3.5],
  [17, 37.5],
];
export const WORLD_BOUNDS: LngLatBoundsLike = [
  [-165, -50],
  [180, 75],
];

export const BAMAKO: [number, number] = [-8.0029, 12.6392];

export const FONT_FAMILY = 'AtlasSans';
