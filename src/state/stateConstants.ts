import { FIRST_YEAR, LAST_YEAR } from '../data/schemas';

export { FIRST_YEAR, LAST_YEAR };

/** How the map is framed: Mali and its neighbours, or every partner state. */
export const MAP_FRAMES = ['region', 'world'] as const;
export type MapFrame = (typeof MAP_FRAMES)[number];

/** The same selection shown three ways: on the map, as the country table, as the events list. */
export const ATLAS_TABS = ['map', 'table', 'list'] as const;
export type AtlasTab = (typeof ATLAS_TABS)[number];

/** Milliseconds per year during Play. */
export const PLAY_SPEEDS = { slow: 1000, normal: 500, fast: 250 } as const;
export type PlaySpeed = keyof typeof PLAY_SPEEDS;

/** The first screen tells the story so far: the latest year. Play from there starts at 1960. */
export const DEFAULT_YEAR = LAST_YEAR;
export const DEFAULT_FRAME: MapFrame = 'region';
export const DEFAULT_TAB: AtlasTab = 'map';

export const ISO3_PATTERN = /^[A-Z]{3}$/;
/** Event and story ids: lowercase words joined by hyphens, as in links. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 80;
export const ORG_ID_PATTERN = /^[A-Z][A-Z0-9]{1,9}$/;
