import { FIRST_YEAR, LAST_YEAR } from '../data/schemas';

export { FIRST_YEAR, LAST_YEAR };

export const MAP_VIEWS = ['region', 'world'] as const;
export type MapView = (typeof MAP_VIEWS)[number];

/** Milliseconds per year during Play. */
export const PLAY_SPEEDS = { slow: 1000, normal: 500, fast: 250 } as const;
export type PlaySpeed = keyof typeof PLAY_SPEEDS;

export const DEFAULT_YEAR = FIRST_YEAR;
export const DEFAULT_VIEW: MapView = 'region';

export const ISO3_PATTERN = /^[A-Z]{3}$/;
export const EVENT_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ORG_ID_PATTERN = /^[A-Z][A-Z0-9]{1,9}$/;
