/**
 * The URL is a projection of the store: `?year=2013&country=FRA&event=operation-serval-launched`.
 * Parsing never throws; it keeps what is valid and reports what it ignored or adjusted so the app
 * can say so. Serializing leaves defaults out so links stay short.
 */
import { LANGUAGES, type Language } from '../i18n/messages';
import {
  clampYear,
  isAtlasTab,
  isCountryCode,
  isMapFrame,
  isOrganisationId,
  isSlug,
  type SelectionState,
} from './selection';
import { DEFAULT_FRAME, DEFAULT_TAB, DEFAULT_YEAR } from './stateConstants';

export interface ParsedUrlState {
  selection: Partial<SelectionState>;
  /** Parameters dropped, as `name=value` (value shortened) for the notice. */
  ignored: string[];
  /** Parameters kept in a corrected form, such as a year clamped into range. */
  adjusted: string[];
}

/**
 * Parameters owned by other features (the embed's display options), given by the page that
 * starts the atlas: kept, never reported.
 */
export type PassThrough = ReadonlySet<string>;
const NONE: PassThrough = new Set();
const MAX_SHOWN_VALUE = 24;

function describe(name: string, value: string): string {
  const clean = value.replace(/[\p{C}]/gu, '?');
  const shown = clean.length > MAX_SHOWN_VALUE ? `${clean.slice(0, MAX_SHOWN_VALUE)}…` : clean;
  return `${name.slice(0, MAX_SHOWN_VALUE)}=${shown}`;
}

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

export function parseUrlState(search: string, passThrough: PassThrough = NONE): ParsedUrlState {
  const params = new URLSearchParams(search);
  const selection: Partial<SelectionState> = {};
  const ignored: string[] = [];
  const adjusted: string[] = [];
  const seen = new Set<string>();

  for (const [given, raw] of params) {
    const value = raw.trim();
    // Links from before the frame had its own name say `view=world`.
    const name = given === 'view' ? 'frame' : given;
    if (seen.has(name)) {
      ignored.push(describe(given, raw));
      continue;
    }
    seen.add(name);
    switch (name) {
      case 'year': {
        if (!/^-?\d{1,9}$/.test(value)) {
          ignored.push(describe(given, raw));
          break;
        }
        const year = Number(value);
        const clamped = clampYear(year);
        if (clamped !== year) adjusted.push(`year=${String(clamped)}`);
        selection.year = clamped;
        break;
      }
      case 'country': {
        const code = value.toUpperCase();
        if (isCountryCode(code)) selection.country = code;
        else ignored.push(describe(given, raw));
        break;
      }
      case 'event': {
        if (isSlug(value)) selection.event = value;
        else ignored.push(describe(given, raw));
        break;
      }
      case 'frame': {
        if (isMapFrame(value)) selection.frame = value;
        else ignored.push(describe(given, raw));
        break;
      }
      case 'tab': {
        if (isAtlasTab(value)) selection.tab = value;
        else ignored.push(describe(given, raw));
        break;
      }
      case 'org': {
        const org = value.toUpperCase();
        if (isOrganisationId(org)) selection.org = org;
        else ignored.push(describe(given, raw));
        break;
      }
      case 'story': {
        if (isSlug(value)) selection.story = value;
        else ignored.push(describe(given, raw));
        break;
      }
      case 'step': {
        if (/^\d{1,4}$/.test(value) && Number(value) >= 1) selection.step = Number(value) - 1;
        else ignored.push(describe(given, raw));
        break;
      }
      case 'lang': {
        const lang = value.toLowerCase();
        if (isLanguage(lang)) selection.lang = lang;
        else ignored.push(describe(given, raw));
        break;
      }
      default:
        if (!passThrough.has(name)) ignored.push(describe(given, raw));
    }
  }
  if (selection.step !== undefined && selection.story === undefined) {
    ignored.push(`step=${String(selection.step + 1)}`);
    delete selection.step;
  }
  return { selection, ignored, adjusted };
}

/** The pass-through parameters of a query string, to carry over when the state is rewritten. */
export function passThroughParams(search: string, passThrough: PassThrough): URLSearchParams {
  const kept = new URLSearchParams();
  for (const [name, value] of new URLSearchParams(search)) {
    if (passThrough.has(name) && !kept.has(name)) kept.set(name, value);
  }
  return kept;
}

/** The query string for a selection, defaults left out ("" when everything is default). */
export function serializeUrlState(
  state: SelectionState,
  defaultLang: Language = 'en',
  keep: URLSearchParams = new URLSearchParams(),
): string {
  const params = new URLSearchParams();
  if (state.year !== DEFAULT_YEAR) params.set('year', String(state.year));
  if (state.country) params.set('country', state.country);
  if (state.event) params.set('event', state.event);
  if (state.frame !== DEFAULT_FRAME) params.set('frame', state.frame);
  if (state.tab !== DEFAULT_TAB) params.set('tab', state.tab);
  if (state.org) params.set('org', state.org);
  if (state.story) {
    params.set('story', state.story);
    params.set('step', String(state.step + 1));
  }
  if (state.lang !== defaultLang) params.set('lang', state.lang);
  for (const [name, value] of keep) params.set(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
