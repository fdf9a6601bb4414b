/**
 * One palette for CSS, SVG and MapLibre paint. Status colours were picked to stay apart under
 * the common colour-vision deficiencies (blue-orange axis, lightness steps), and every colour is
 * always paired with words in the legend, the tooltip and the panel.
 */
import type { EventCategory, RelationStatus } from '../data/schemas';

export const STATUS_COLOURS: Record<RelationStatus, string> = {
  close: '#08519c',
  cooperative: '#4292c6',
  established: '#a6cee3',
  tense: '#f28e2b',
  suspended: '#6e6e6e',
  severed: '#b2182b',
  none: '#cbbfa6',
};

export const CATEGORY_COLOURS: Record<EventCategory, string> = {
  politics: '#6a3d9a',
  regional: '#1f78b4',
  security: '#b15928',
  diplomacy: '#33a02c',
  economy: '#8c6d1f',
};

export const MAP_COLOURS = {
  water: '#d4e4ef',
  noData: '#f7f7f5',
  mali: '#1a7f3c',
  border: '#ffffff',
  selectedOutline: '#111111',
  involvedOutline: '#d62728',
  memberOutline: '#5b2a86',
  link: '#d62728',
  capital: '#222222',
  label: '#222222',
  labelHalo: '#ffffff',
} as const;
