/**
 * The URL is a projection of the store: `?year=2013&country=FRA&event=operation-serval-launched`.
 * Parsing never throws; it keeps what is valid and reports what it ignored or adjusted so the app
 * can say so. Serializing leaves defaults out so links stay short.
 */
import { EMBED_PARAMS } from '../embed/embedOptions';
import { LANGUAGES, type Language } from '../i18n/messages';
import type { SelectionState } from './store';
import {
  DEFAULT_VIEW,
  DEFAULT_YEAR,
  EVENT_ID_PATTERN,
  FIRST_YEAR,
  ISO3_PATTERN,
  LAST_YEAR,
  MAP_VIEWS,
  ORG_ID_PATTERN,
  type MapView,
} from './stateConstants';

export interface ParsedUrlState {
  selection: Partial<SelectionState>;
  /** Parameters dropped, as `name=value` (value shortened) for the notice. */
  ignored: string[];
  /** Parameters kept in a corrected form, such as a year clamped into range. */
  adjusted: string[];
}

/** Parameters owned by other features (the embed's display options); kept, never reported. */
export const PASS_THROUGH: ReadonlySet<string> = new Set<string>(EMBED_PARAMS);
const MAX_SHOWN_VALUE = 24;

function describe(name: string, value: string): string {
  const clean = value.replace(/[\p{C}]/gu, '?');
  const shown = clean.length > MAX_SHOWN_VALUE ? `${clean.slice(0, MAX_SHOWN_VALUE)}…` : clean;
  return `${name.slice(0, MAX_SHOWN_VALUE)}=${shown}`;
}

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

function isMapView(value: string): value is MapView {
  return (MAP_VIEWS as readonly string[]).includes(value);
}

export function parseUrlState(search: string): ParsedUrlState {
  const params = new URLSearchParams(search);
  const selection: Partial<SelectionState> = {};
  const ignored: string[] = [];
  const adjusted: string[] = [];
  const seen = new Set<string>();

  for (const [name, raw] of params) {
    const value = raw.trim();
    if (seen.has(name)) {
      ignored.push(describe(name, raw));
      continue;
    }
    seen.add(name);
    switch (name) {
      case 'year': {
        if (!/^-?\d{1,9}$/.test(value)) {
          ignored.push(describe(name, raw));
          break;
        }
        const year = Number(value);
        const clamped = Math.min(LAST_YEAR, Math.max(FIRST_YEAR, year));
        if (clamped !== year) adjusted.push(`year=${String(clamped)}`);
        selection.year = clamped;
        break;
      }
      case 'country': {
        const code = value.toUpperCase();
        if (ISO3_PATTERN.test(code)) selection.country = code;
        else ignored.push(describe(name, raw));
        break;
      }
      case 'event': {
        if (EVENT_ID_PATTERN.test(value) && value.length <= 80) selection.event = value;
        else ignored.push(describe(name, raw));
        break;
      }
      case 'view': {
        if (isMapView(value)) selection.view = value;
        else ignored.push(describe(name, raw));
        break;
      }
      case 'org': {
        const org = value.toUpperCase();
        if (ORG_ID_PATTERN.test(org)) selection.org = org;
        else ignored.push(describe(name, raw));
        break;
      }
      case 'story': {
        if (EVENT_ID_PATTERN.test(value) && value.length <= 80) selection.story = value;
        else ignored.push(describe(name, raw));
        break;
      }
      case 'step': {
        if (/^\d{1,4}$/.test(value) && Number(value) >= 1) selection.step = Number(value) - 1;
        else ignored.push(describe(name, raw));
        break;
      }
      case 'lang': {
        const lang = value.toLowerCase();
        if (isLanguage(lang)) selection.lang = lang;
        else ignored.push(describe(name, raw));
        break;
      }
      default:
        if (!PASS_THROUGH.has(name)) ignored.push(describe(name, raw));
    }
  }
  if (selection.step !== undefined && selection.story === undefined) {
    ignored.push(`step=${String(selection.step + 1)}`);
    delete selection.step;
  }
  return { selection, ignored, adjusted };
}

/** The pass-through parameters of a query string, to carry over when the state is rewritten. */
export function passThroughParams(search: string): URLSearchParams {
  const kept = new URLSearchParams();
  for (const [name, value] of new URLSearchParams(search)) {
    if (PASS_THROUGH.has(name) && !kept.has(name)) kept.set(name, value);
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
  if (state.view !== DEFAULT_VIEW) params.set('view', state.view);
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
