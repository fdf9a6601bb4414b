/**
 * The one palette of the atlas, for CSS, SVG and MapLibre paint: no colour is written anywhere
 * else (src/theme/palette.test.ts fails on a colour literal in any other source file). The CSS
 * custom properties are generated from it (paletteCss.ts, served to the page as
 * `virtual:palette.css` by vite.config.ts), so a stylesheet names a role, `var(--muted)`, never a
 * colour. Status colours were picked to stay apart under the common colour-vision deficiencies
 * (blue-orange axis, lightness steps), and every colour is always paired with words in the
 * legend, the tooltip and the panel.
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

/**
 * The page's colours in its light theme, one per role. Each is the CSS custom property of its
 * name in kebab-case (`accentText` is `--accent-text`), set on :root.
 */
export const UI_COLOURS = {
  /** Body text, on `bg`. */
  text: '#1b1b1b',
  /** Secondary text (notes, dates, the footer), on `bg`. */
  muted: '#4d4d4d',
  bg: '#ffffff',
  /** Tags, and the controls of the dark theme. */
  surface: '#f5f5f2',
  /** Borders and rules. */
  line: '#c9c9c4',
  /** Links, the selected control, the timeline's handle. */
  accent: '#0b5394',
  /** Text on `accent`. */
  accentText: '#ffffff',
  /** A hovered download link, the selected table row, the current year's events. */
  accentWash: '#eef4fa',
  /** The outline of the focused control, on `bg`. */
  focus: '#c2410c',
  mali: MAP_COLOURS.mali,
  /** Text on `mali` (the Present button). */
  onMali: '#ffffff',
  /** The story bar's background. */
  storyBg: '#f3f8fd',
  noticeBg: '#fff4e0',
  noticeBorder: '#e0a040',
  /** Error messages and their borders, on `bg`. */
  error: '#8a1c1c',
  /** The box that lists data problems: its background and its text. */
  problemBg: '#fdf0f0',
  problemText: '#5c0f0f',
  /** The words that mark an inferred status, on `bg`. */
  inferred: '#8a4b00',
  /** The box of a message over the map (loading, no WebGL). */
  mapStatusBg: 'rgba(255, 255, 255, 0.95)',
  tooltipBg: 'rgba(255, 255, 255, 0.97)',
  tooltipShadow: 'rgba(0, 0, 0, 0.15)',
  /** The thin edge of a colour swatch, so a pale colour still shows on `bg`. */
  swatchEdge: 'rgba(0, 0, 0, 0.45)',
  /** Behind a modal dialog. */
  backdrop: 'rgba(0, 0, 0, 0.45)',
  /** Under the update prompt, which floats over the page. */
  promptShadow: 'rgb(0 0 0 / 20%)',
  /** The selected year's band across the timeline. */
  yearBand: 'rgba(11, 83, 148, 0.1)',
  /** The timeline's eras, alternating. */
  eraEven: '#e8e4d8',
  eraOdd: '#d9e4ec',
  /** The timeline's small text: era and span names, the axis's years. */
  timelineLabel: '#333333',
  /** The names of the timeline's lanes. */
  laneLabel: '#595959',
  /** The rules between the timeline's lanes. */
  laneLine: '#ececec',
  /** The timeline's bars: membership of an organisation, a foreign presence in Mali. */
  spanMembership: '#bcd3ea',
  spanPresence: '#f3c9a8',
  /** The ring that parts an event's dot from its neighbours. */
  markRing: '#ffffff',
  axisLine: '#666666',
  /** Presenter mode's text, rules and blank screen, and the printed handout's text. */
  ink: '#000000',
  /** Presenter mode's background. */
  paper: '#ffffff',
  /** The frame of the map in the printed handout. */
  printRule: '#999999',
} as const;

export type UiColourRole = keyof typeof UI_COLOURS;

/** A theme: the roles whose colours it changes, over the light theme's. */
export type ThemeColours = Readonly<Partial<Record<UiColourRole, string>>>;

const DARK_TEXT = '#f0f0f0';

/** The dark theme, for embeds in dark pages (`?theme=dark`). */
export const DARK_COLOURS: ThemeColours = {
  text: DARK_TEXT,
  muted: '#c9c9c9',
  bg: '#121417',
  surface: '#1e2227',
  line: '#4a4f55',
  accent: '#8cc4ff',
  accentText: '#0b1a2a',
  noticeBg: '#3a2e14',
  eraEven: '#3a3628',
  eraOdd: '#253441',
  timelineLabel: DARK_TEXT,
  laneLabel: DARK_TEXT,
  spanMembership: '#2f4d6b',
  spanPresence: '#6b4a2f',
};

/** Presenter mode: a high-contrast light theme for a classroom's screen. */
export const PRESENTER_COLOURS: ThemeColours = {
  muted: '#1f1f1f',
  line: '#5c5c5c',
};
