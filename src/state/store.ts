/**
 * The one store both views share: what the reader has selected, never what was loaded
 * (TanStack Query owns that). Actions are named for what the reader does and keep the state
 * valid through normaliseSelection, so every view can trust it.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { clampYear, normaliseSelection, type Selection, type SelectionState } from './selection';
import {
  FIRST_YEAR,
  LAST_YEAR,
  type AtlasTab,
  type MapFrame,
  type PlaySpeed,
} from './stateConstants';
import type { Language } from '../i18n/messages';

export type { Selection, SelectionState };

export interface Notice {
  id: number;
  text: string;
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

/** What a story step sets. */
export type StepSelection = Pick<SelectionState, 'year' | 'country' | 'event' | 'frame' | 'org'>;

export interface AtlasActions {
  selectYear: (year: number) => void;
  stepYear: (delta: number) => void;
  /** Chosen by the reader: stops Play. */
  scrubYear: (year: number) => void;
  selectCountry: (iso3: string | null) => void;
  selectEvent: (event: { id: string; year: number } | null) => void;
  clearSelection: () => void;
  setFrame: (frame: MapFrame) => void;
  setTab: (tab: AtlasTab) => void;
  showOrganisation: (org: string | null) => void;
  /** Sets year, country, event, frame and overlay at once, as a story step does. */
  applySelection: (selection: StepSelection) => void;
  /** Drops values the loaded data does not hold (from a link or a host page), in one change. */
  dropUnknown: (fields: readonly ('country' | 'event' | 'org')[]) => void;
  openStory: (story: string, step?: number) => void;
  setStep: (step: number) => void;
  /** Moves to a step and applies what it sets, in one change (one history entry). */
  goToStep: (story: string, step: number, selection: StepSelection) => void;
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

export const INITIAL_STATE: AtlasState = {
  ...normaliseSelection({}),
  lang: 'en',
  yearLocked: false,
  presenting: false,
  playing: false,
  speed: 'normal',
  notices: [],
};

let nextNoticeId = 1;

export function createAppStore(initial: Partial<AtlasState> = {}): AtlasStoreApi {
  const seeded: AtlasState = { ...INITIAL_STATE, ...initial, ...normaliseSelection(initial) };
  return createStore<AtlasStore>()((set, get) => {
    /** The current selection with `patch` applied, every value cleaned. */
    const merged = (patch: Partial<Selection>): Selection =>
      normaliseSelection({ ...get(), ...patch });
    const actions: AtlasActions = {
      selectYear: (year) => set({ year: clampYear(year) }),
      stepYear: (delta) => {
        if (!get().yearLocked) set({ year: clampYear(get().year + delta), playing: false });
      },
      scrubYear: (year) => {
        if (!get().yearLocked) set({ year: clampYear(year), playing: false });
      },
      selectCountry: (country) => set({ country: merged({ country }).country, playing: false }),
      selectEvent: (event) => {
        if (event === null) {
          set({ event: null });
          return;
        }
        const year = get().yearLocked ? get().year : event.year;
        const next = merged({ event: event.id, year });
        set({ event: next.event, year: next.year, playing: false });
      },
      clearSelection: () => set({ country: null, event: null, playing: false }),
      setFrame: (frame) => set({ frame: merged({ frame }).frame }),
      setTab: (tab) => set({ tab: merged({ tab }).tab }),
      showOrganisation: (org) => set({ org: merged({ org }).org }),
      applySelection: (selection) => set({ ...merged(selection), playing: false }),
      dropUnknown: (fields) => set(Object.fromEntries(fields.map((field) => [field, null]))),
      openStory: (story, step = 0) => {
        const next = merged({ story, step });
        set({ story: next.story, step: next.step, playing: false });
      },
      setStep: (step) => set({ step: merged({ step }).step, playing: false }),
      goToStep: (story, step, selection) =>
        set({ ...merged({ ...selection, story, step }), playing: false }),
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
      restore: ({ lang, ...selection }) =>
        set({ ...normaliseSelection(selection), ...(lang ? { lang } : {}), playing: false }),
      addNotice: (text) => {
        if (get().notices.some((n) => n.text === text)) return;
        set({ notices: [...get().notices, { id: nextNoticeId++, text }] });
      },
      dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
    };
    return { ...seeded, actions };
  });
}
