/**
 * What a selection may hold, in one place: every way in (a link, Back and Forward, a host page,
 * a story step, the store's own actions) cleans its values here, so the rules cannot drift.
 */
import type { Language } from '../i18n/messages';
import {
  ATLAS_TABS,
  DEFAULT_FRAME,
  DEFAULT_TAB,
  DEFAULT_YEAR,
  FIRST_YEAR,
  ISO3_PATTERN,
  LAST_YEAR,
  MAP_FRAMES,
  ORG_ID_PATTERN,
  SLUG_MAX_LENGTH,
  SLUG_PATTERN,
  type AtlasTab,
  type MapFrame,
} from './stateConstants';

export interface SelectionState {
  year: number;
  country: string | null;
  event: string | null;
  frame: MapFrame;
  /** Which of map, table or events list is open. */
  tab: AtlasTab;
  lang: Language;
  /** Organisation whose member states the map outlines (G5S, AES, ECOWAS…). */
  org: string | null;
  /** The guided story being followed, and its step (0-based). */
  story: string | null;
  step: number;
}

/** Everything but the language, which has its own default (the browser's). */
export type Selection = Omit<SelectionState, 'lang'>;

export function clampYear(year: number): number {
  if (!Number.isFinite(year)) return DEFAULT_YEAR;
  return Math.min(LAST_YEAR, Math.max(FIRST_YEAR, Math.round(year)));
}

export const isCountryCode = (value: string): boolean => ISO3_PATTERN.test(value);
export const isSlug = (value: string): boolean =>
  value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value);
export const isOrganisationId = (value: string): boolean => ORG_ID_PATTERN.test(value);
export const isMapFrame = (value: string): value is MapFrame =>
  (MAP_FRAMES as readonly string[]).includes(value);
export const isAtlasTab = (value: string): value is AtlasTab =>
  (ATLAS_TABS as readonly string[]).includes(value);

const kept = (value: string | null | undefined, valid: (v: string) => boolean): string | null =>
  value != null && valid(value) ? value : null;

/** A selection with every value valid: malformed values become their defaults. */
export function normaliseSelection(input: Partial<SelectionState>): Selection {
  return {
    year: clampYear(input.year ?? DEFAULT_YEAR),
    country: kept(input.country, isCountryCode),
    event: kept(input.event, isSlug),
    frame: input.frame && isMapFrame(input.frame) ? input.frame : DEFAULT_FRAME,
    tab: input.tab && isAtlasTab(input.tab) ? input.tab : DEFAULT_TAB,
    org: kept(input.org, isOrganisationId),
    story: kept(input.story, isSlug),
    step: Math.max(0, Math.trunc(input.step ?? 0)) || 0,
  };
}
