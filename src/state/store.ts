/**
 * The one store both views share: what the reader has selected, never what was loaded
 * (TanStack Query owns that). Actions are named for what the reader does and keep the state
 * valid, so every view can trust it.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Language } from '../i18n/messages';
import {
  DEFAULT_VIEW,
  DEFAULT_YEAR,
  EVENT_ID_PATTERN,
  FIRST_YEAR,
  ISO3_PATTERN,
  LAST_YEAR,
  ORG_ID_PATTERN,
  type MapView,
  type PlaySpeed,
} from './stateConstants';

export interface Notice {
  id: number;
  text: string;
}

export interface SelectionState {
  year: number;
  country: string | null;
  event: string | null;
  view: MapView;
  lang: Language;
  /** Organisation whose member states the map outlines (G5S, AES, ECOWAS…). */
  org: string | null;
  /** The guided story being followed, and its step (0-based). */
  story: string | null;
  step: number;
}

export interface AtlasState extends SelectionState {
  /** An embed with a fixed year: the reader cannot move it (the host page and links still can). */
  yearLocked: boolean;
  /** Presenter mode: the classroom layout, keys for a clicker. */
  presenting: boolean;
  playing: boolean;
  speed: PlaySpeed;
  notices: Notice[];
}

export interface AtlasActions {
  selectYear: (year: number) => void;
  stepYear: (delta: number) => void;
  /** Chosen by the reader: stops Play. */
  scrubYear: (year: number) => void;
  selectCountry: (iso3: string | null) => void;
  selectEvent: (event: { id: string; year: number } | null) => void;
  clearSelection: () => void;
  setView: (view: MapView) => void;
  showOrganisation: (org: string | null) => void;
  /** Sets year, country, event, view and overlay at once, as a story step does. */
  applySelection: (
    selection: Pick<SelectionState, 'year' | 'country' | 'event' | 'view' | 'org'>,
  ) => void;
  openStory: (story: string, step?: number) => void;
  setStep: (step: number) => void;
  /** Moves to a step and applies what it sets, in one change (one history entry). */
  goToStep: (
    story: string,
    step: number,
    selection: Pick<SelectionState, 'year' | 'country' | 'event' | 'view' | 'org'>,
  ) => void;
  closeStory: () => void;
  setPresenting: (presenting: boolean) => void;
  setLanguage: (lang: Language) => void;
  play: () => void;
  pause: () => void;
  togglePlay: () => void;
  /** One Play step: the next year, or a stop at the last year. */
  advancePlay: () => void;
  setSpeed: (speed: PlaySpeed) => void;
  /** Restores a whole selection (deep link, Back/Forward): stops Play. */
  restore: (selection: Partial<SelectionState>) => void;
  addNotice: (text: string) => void;
  dismissNotice: (id: number) => void;
}

/** Actions live under one key so components can take them without re-rendering. */
export type AtlasStore = AtlasState & { actions: AtlasActions };
export type AtlasStoreApi = StoreApi<AtlasStore>;

export function clampYear(year: number): number {
  if (!Number.isFinite(year)) return DEFAULT_YEAR;
  return Math.min(LAST_YEAR, Math.max(FIRST_YEAR, Math.round(year)));
}

function validCountry(iso3: string | null): string | null {
  return iso3 !== null && ISO3_PATTERN.test(iso3) ? iso3 : null;
}

function validEvent(id: string | null): string | null {
  return id !== null && EVENT_ID_PATTERN.test(id) ? id : null;
}

function validOrg(id: string | null): string | null {
  return id !== null && ORG_ID_PATTERN.test(id) ? id : null;
}

export const INITIAL_STATE: AtlasState = {
  year: DEFAULT_YEAR,
  country: null,
  event: null,
  view: DEFAULT_VIEW,
  lang: 'en',
  org: null,
  story: null,
  step: 0,
  yearLocked: false,
  presenting: false,
  playing: false,
  speed: 'normal',
  notices: [],
};

let nextNoticeId = 1;

export function createAppStore(initial: Partial<AtlasState> = {}): AtlasStoreApi {
  const seeded: AtlasState = {
    ...INITIAL_STATE,
    ...initial,
    year: clampYear(initial.year ?? DEFAULT_YEAR),
    country: validCountry(initial.country ?? null),
    event: validEvent(initial.event ?? null),
    org: validOrg(initial.org ?? null),
    story: validEvent(initial.story ?? null),
    step: Math.max(0, Math.trunc(initial.step ?? 0)) || 0,
  };
  return createStore<AtlasStore>()((set, get) => {
    const actions: AtlasActions = {
      selectYear: (year) => set({ year: clampYear(year) }),
      stepYear: (delta) => {
        if (!get().yearLocked) set({ year: clampYear(get().year + delta), playing: false });
      },
      scrubYear: (year) => {
        if (!get().yearLocked) set({ year: clampYear(year), playing: false });
      },
      selectCountry: (iso3) => set({ country: validCountry(iso3), playing: false }),
      selectEvent: (event) =>
        set(
          event === null
            ? { event: null }
            : {
                event: validEvent(event.id),
                year: get().yearLocked ? get().year : clampYear(event.year),
                playing: false,
              },
        ),
      clearSelection: () => set({ country: null, event: null, playing: false }),
      setView: (view) => set({ view }),
      showOrganisation: (org) => set({ org: validOrg(org) }),
      applySelection: (selection) =>
        set({
          year: clampYear(selection.year),
          country: validCountry(selection.country),
          event: validEvent(selection.event),
          view: selection.view,
          org: validOrg(selection.org),
          playing: false,
        }),
      openStory: (story, step = 0) =>
        set({ story: validEvent(story), step: Math.max(0, Math.trunc(step)) || 0, playing: false }),
      setStep: (step) => set({ step: Math.max(0, Math.trunc(step)) || 0, playing: false }),
      goToStep: (story, step, selection) =>
        set({
          story: validEvent(story),
          step: Math.max(0, Math.trunc(step)) || 0,
          year: clampYear(selection.year),
          country: validCountry(selection.country),
          event: validEvent(selection.event),
          view: selection.view,
          org: validOrg(selection.org),
          playing: false,
        }),
      closeStory: () => set({ story: null, step: 0, presenting: false }),
      setPresenting: (presenting) => set({ presenting, playing: false }),
      setLanguage: (lang) => set({ lang }),
      play: () => {
        // Playing from the last year starts the story again from independence.
        const { year, yearLocked } = get();
        if (yearLocked) return;
        set({ playing: true, year: year >= LAST_YEAR ? FIRST_YEAR : year });
      },
      pause: () => set({ playing: false }),
      togglePlay: () => (get().playing ? actions.pause() : actions.play()),
      advancePlay: () => {
        const { year, playing } = get();
        if (!playing) return;
        const next = clampYear(year + 1);
        set({ year: next, playing: next < LAST_YEAR });
      },
      setSpeed: (speed) => set({ speed }),
      restore: (selection) =>
        set({
          year: clampYear(selection.year ?? DEFAULT_YEAR),
          country: validCountry(selection.country ?? null),
          event: validEvent(selection.event ?? null),
          view: selection.view ?? DEFAULT_VIEW,
          org: validOrg(selection.org ?? null),
          story: validEvent(selection.story ?? null),
          step: Math.max(0, Math.trunc(selection.step ?? 0)) || 0,
          ...(selection.lang ? { lang: selection.lang } : {}),
          playing: false,
        }),
      addNotice: (text) => {
        if (get().notices.some((n) => n.text === text)) return;
        set({ notices: [...get().notices, { id: nextNoticeId++, text }] });
      },
      dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
    };
    return { ...seeded, actions };
  });
}
