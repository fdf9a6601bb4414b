/**
 * The colours the page really uses: the map's fills as its fill layer paints them, and each pair
 * of text and background as the stylesheets under src/ declare them, resolved in each theme from
 * the palette that virtual:palette.css is generated from. A rule that switches to another role,
 * or a palette value with too little contrast, fails here.
 */
import { describe, expect, it } from 'vitest';
import { RELATION_STATUSES } from '../data/schemas';
import { COUNTRY_LAYERS } from '../map/layers';
import { LAYER_IDS } from '../map/mapConstants';
import { parseCss, sourceStyleRules, type StyleRule } from '../test/stylesheets';
import { closestPair, contrastRatio, over, type Deficiency } from './colourVision';
import { MAP_COLOURS, STATUS_COLOURS, UI_COLOURS, type UiColourRole } from './palette';
import { cssVariable, paletteCss, THEMES, themeColours, type Theme } from './paletteCss';

const DEFICIENCIES: Deficiency[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];
/** Below about 10, neighbouring fills are hard to tell apart on a small country. */
const MIN_DELTA_E = 10;

/** The fill layer's `match` expression: input, then label/colour pairs, then the fallback. */
function mapFills(): Record<string, string> {
  const layer = COUNTRY_LAYERS.find((l) => l.id === LAYER_IDS.fill);
  const fill: unknown = layer?.type === 'fill' ? layer.paint?.['fill-color'] : undefined;
  if (!Array.isArray(fill)) throw new Error('no fill-color expression');
  const expression: readonly unknown[] = fill;
  expect(expression[0]).toBe('match');
  const branches = expression.slice(2);
  const fills: Record<string, string> = {};
  for (let i = 0; i + 1 < branches.length; i += 2) {
    fills[String(branches[i])] = String(branches[i + 1]);
  }
  fills['no data'] = String(branches.at(-1));
  return fills;
}

describe('the map palette under colour-vision deficiencies', () => {
  const fills = mapFills();

  it('reads every status, Mali and no-data from the fill layer', () => {
    expect(Object.keys(fills).sort()).toEqual(['mali', ...RELATION_STATUSES, 'no data'].sort());
    expect(fills.mali).toBe(MAP_COLOURS.mali);
    expect(fills.close).toBe(STATUS_COLOURS.close);
  });

  it.each(DEFICIENCIES)('keeps every pair of map fills apart under %s', (deficiency) => {
    const closest = closestPair(fills, deficiency);
    console.info(`${deficiency}: closest pair ${closest.pair}, ΔE ${closest.deltaE.toFixed(1)}`);
    expect(closest.deltaE).toBeGreaterThanOrEqual(MIN_DELTA_E);
  });
});

const RULES = sourceStyleRules();
const GENERATED = parseCss(paletteCss(), 'virtual:palette.css');

describe('the generated custom properties', () => {
  it.each(THEMES.map((theme) => [theme.name, theme] as const))(
    'declare every colour of the %s theme on its element',
    (_, theme) => {
      const rule = GENERATED.find((r) => r.selectors.includes(theme.selector.split(',')[0] ?? ''));
      const declared = Object.fromEntries(rule?.declarations ?? []);
      const expected = Object.fromEntries(
        Object.entries(theme.colours).map(([role, colour]) => [cssVariable(role), colour]),
      );
      expect(declared).toEqual(expected);
    },
  );

  it('are the only custom properties the stylesheets use, with the tokens of base.css', () => {
    const defined = new Set(
      [...GENERATED, ...RULES]
        .flatMap((r) => [...r.declarations.keys()])
        .filter((p) => p.startsWith('--')),
    );
    const used = RULES.flatMap((r) =>
      [...r.declarations.values()].flatMap((v) =>
        [...v.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]),
      ),
    );
    expect(used.filter((name) => !defined.has(name ?? ''))).toEqual([]);
  });
});

type ThemeName = Theme['name'];
const ALL: readonly ThemeName[] = ['light', 'dark', 'presenter'];

/** A colour a stylesheet gives something: the role, and the rule that must declare it. */
interface Use {
  role: UiColourRole;
  /** A selector as written in a stylesheet; none when the colour is inherited or assumed. */
  rule?: string;
  /** `color` for text, `background` behind it, unless said. */
  property?: string;
  /** For a colour with alpha: the darkest thing it can lie over. */
  over?: string;
}

interface Pair {
  name: string;
  /** The text, or a mark; by default the page's text, inherited. */
  fg?: Use;
  /** What is behind it; by default the page's background. */
  bg?: Use;
  /** Text needs 4.5:1 (7:1 on the presenter's screen); a focus ring or a mark needs 3:1. */
  kind?: 'text' | 'graphic';
  themes: readonly ThemeName[];
}

/** The page's own text and background in each theme, each on the element of its theme. */
const PAGE: Record<ThemeName, { text: Use; bg: Use }> = {
  light: {
    text: { role: 'text', rule: ':root' },
    bg: { role: 'bg', rule: ':root' },
  },
  dark: {
    text: { role: 'text', rule: ".app[data-theme='dark']" },
    bg: { role: 'bg', rule: ".app[data-theme='dark']" },
  },
  presenter: {
    text: { role: 'ink', rule: '.app.presenting' },
    bg: { role: 'paper', rule: '.app.presenting' },
  },
};

/** The map's darkest fill: what a message box or tooltip over the map may lie on. */
const DARKEST_FILL = STATUS_COLOURS.close;

/**
 * Every text colour of the stylesheets, on what is behind it, in the themes where it shows (the
 * dark theme is the embed's; presenter mode shows the map, the legend and its own panel).
 */
const PAIRS: readonly Pair[] = [
  { name: 'body text', themes: ALL },
  {
    name: 'focus ring',
    fg: { role: 'focus', rule: ':focus-visible', property: 'outline' },
    kind: 'graphic',
    themes: ALL,
  },
  { name: 'notes and hints', fg: { role: 'muted', rule: '.note' }, themes: ALL },
  { name: 'subtitle', fg: { role: 'muted', rule: '.subtitle' }, themes: ['light'] },
  { name: 'loading placeholder', fg: { role: 'muted', rule: '.page-loading' }, themes: ['light'] },
  { name: 'event dates', fg: { role: 'muted', rule: '.event-date' }, themes: ['light', 'dark'] },
  {
    name: 'timeline toolbar',
    fg: { role: 'muted', rule: '.timeline-toolbar' },
    themes: ['light', 'dark'],
  },
  { name: 'footer', fg: { role: 'muted', rule: '.app-footer' }, themes: ['light'] },
  { name: 'link buttons', fg: { role: 'accent', rule: '.link-button' }, themes: ['light', 'dark'] },
  { name: 'source links', fg: { role: 'accent', rule: '.source-list a' }, themes: ALL },
  {
    name: 'embed title link',
    fg: { role: 'accent', rule: '.embed-titles a' },
    themes: ['light', 'dark'],
  },
  { name: 'download links', fg: { role: 'accent', rule: '.button-link' }, themes: ['light'] },
  {
    name: 'download link, hovered',
    fg: { role: 'accent', rule: '.button-link' },
    bg: { role: 'accentWash', rule: '.button-link:hover' },
    themes: ['light'],
  },
  {
    name: 'skip link',
    fg: { role: 'accentText', rule: '.skip-link' },
    bg: { role: 'accent', rule: '.skip-link' },
    themes: ['light'],
  },
  ...[
    ".segmented button[aria-pressed='true']",
    ".atlas-tabs [role='tab'][aria-selected='true']",
    '.play-button',
    '.year-handle',
  ].map((rule): Pair => ({
    name: `${rule}: text on the accent`,
    fg: { role: 'accentText', rule },
    bg: { role: 'accent', rule },
    themes: rule.startsWith('.atlas-tabs') ? ['light'] : ['light', 'dark'],
  })),
  ...[
    ".app[data-theme='dark'] .segmented button[aria-pressed='true']",
    ".app[data-theme='dark'] .play-button",
  ].map((rule): Pair => ({
    name: `${rule}: text on the accent`,
    fg: { role: 'accentText', rule },
    bg: { role: 'accent', rule },
    themes: ['dark'],
  })),
  {
    name: 'Present button',
    fg: { role: 'onMali', rule: '.present-button' },
    bg: { role: 'mali', rule: '.present-button' },
    themes: ['light'],
  },
  { name: 'inferred status', fg: { role: 'inferred', rule: '.inferred' }, themes: ['light'] },
  { name: 'data error', fg: { role: 'error', rule: '.data-error' }, themes: ['light'] },
  { name: 'crashed part', fg: { role: 'error', rule: '.part-error' }, themes: ['light'] },
  {
    name: 'map error',
    fg: { role: 'error', rule: '.map-status-error' },
    bg: { role: 'mapStatusBg', rule: '.map-status', over: DARKEST_FILL },
    themes: ['light'],
  },
  {
    name: 'map message and tooltip, dark',
    fg: { role: 'text', rule: ".app[data-theme='dark'] .map-status" },
    bg: { role: 'surface', rule: ".app[data-theme='dark'] .map-tooltip" },
    themes: ['dark'],
  },
  {
    name: 'map tooltip',
    bg: { role: 'tooltipBg', rule: '.map-tooltip', over: DARKEST_FILL },
    themes: ['light'],
  },
  { name: 'notice', bg: { role: 'noticeBg', rule: '.notice' }, themes: ['light'] },
  {
    name: 'notice, dark',
    fg: { role: 'text', rule: ".app[data-theme='dark'] .notice" },
    bg: { role: 'noticeBg', rule: '.notice' },
    themes: ['dark'],
  },
  {
    name: 'data problems',
    fg: { role: 'problemText', rule: '.data-problems' },
    bg: { role: 'problemBg', rule: '.data-problems' },
    themes: ['light', 'dark'],
  },
  { name: 'tags', bg: { role: 'surface', rule: '.tag' }, themes: ['light', 'dark'] },
  { name: 'legend', bg: { role: 'bg', rule: '.legend' }, themes: ALL },
  { name: 'story bar', bg: { role: 'storyBg', rule: '.story-bar' }, themes: ['light'] },
  {
    name: 'selected table row',
    bg: { role: 'accentWash', rule: '.data-table tr.is-selected' },
    themes: ['light'],
  },
  {
    name: "current year's events",
    bg: { role: 'accentWash', rule: '.event-list-view li.is-current-year' },
    themes: ['light'],
  },
  {
    name: 'link in a selected row',
    fg: { role: 'accent', rule: '.link-button' },
    bg: { role: 'accentWash', rule: '.data-table tr.is-selected' },
    themes: ['light'],
  },
  {
    name: 'update prompt',
    fg: { role: 'text', rule: '.update-prompt' },
    bg: { role: 'bg', rule: '.update-prompt' },
    themes: ALL,
  },
  {
    name: 'printed handout',
    fg: { role: 'ink', rule: '.handout' },
    bg: { role: 'paper' },
    themes: ['light'],
  },
  ...(['.timeline-axis text', '.era-label', '.span-label'] as const).map((rule): Pair => ({
    name: rule,
    fg: { role: 'timelineLabel', rule, property: 'fill' },
    themes: ['light', 'dark'],
  })),
  ...(['eraEven', 'eraOdd'] as const).map((role): Pair => ({
    name: `era name on ${role}`,
    fg: { role: 'timelineLabel', rule: '.era-label', property: 'fill' },
    bg: { role, rule: role === 'eraEven' ? '.era-even' : '.era-odd', property: 'fill' },
    themes: ['light', 'dark'],
  })),
  ...(['spanMembership', 'spanPresence'] as const).map((role): Pair => ({
    name: `span name on ${role}`,
    fg: { role: 'timelineLabel', rule: '.span-label', property: 'fill' },
    bg: {
      role,
      rule: role === 'spanMembership' ? '.span-membership' : '.span-presence',
      property: 'fill',
    },
    themes: ['light', 'dark'],
  })),
  {
    name: 'lane names',
    fg: { role: 'laneLabel', rule: '.lane-label', property: 'fill' },
    themes: ['light', 'dark'],
  },
  {
    name: 'event titles',
    fg: { role: 'text', rule: '.event-title', property: 'fill' },
    themes: ['light', 'dark'],
  },
];

/**
 * Pairs that fail today, in a theme where they show, kept here so the failure stays in view:
 * each is an `it.fails`, so fixing the colour makes it fail until the pair moves up to PAIRS.
 * The dark theme has no colours of its own for these roles, nor for a dialog's background, yet.
 */
const KNOWN_LOW_CONTRAST: readonly Pair[] = [
  { name: 'inferred status', fg: { role: 'inferred', rule: '.inferred' }, themes: ['dark'] },
  { name: 'data error', fg: { role: 'error', rule: '.data-error' }, themes: ['dark'] },
  { name: 'crashed part', fg: { role: 'error', rule: '.part-error' }, themes: ['dark'] },
  { name: 'story bar', bg: { role: 'storyBg', rule: '.story-bar' }, themes: ['dark'] },
  // A dialog (Cite this view, in the embed's panel) keeps the browser's white background.
  {
    name: 'source links in a dialog',
    fg: { role: 'accent', rule: '.source-list a' },
    bg: { role: 'paper' },
    themes: ['dark'],
  },
  {
    name: 'notes in a dialog',
    fg: { role: 'muted', rule: '.note' },
    bg: { role: 'paper' },
    themes: ['dark'],
  },
];

/** Rules that set a text colour without a pair: why they need none. */
const NO_PAIR: Record<string, string> = {
  'button:disabled': 'a disabled control is exempt from WCAG 1.4.3',
};

/** The value the stylesheets give a property in a rule (the last, if declared twice). */
function declared(rule: string, property: string): string | undefined {
  const values = RULES.filter((r) => r.selectors.includes(rule)).flatMap((r) => {
    const value = r.declarations.get(property);
    return value === undefined ? [] : [value];
  });
  return values.at(-1);
}

const usesRole = (value: string | undefined, role: UiColourRole): boolean =>
  value?.includes(`var(${cssVariable(role)})`) === true;

function expectDeclared(use: Use, property: string): void {
  if (!use.rule) return;
  const value = declared(use.rule, use.property ?? property);
  expect(value, `${use.rule} { ${use.property ?? property} }`).toSatisfy((v: string | undefined) =>
    usesRole(v, use.role),
  );
}

const themeNamed = (name: ThemeName): Theme => {
  const theme = THEMES.find((t) => t.name === name);
  if (!theme) throw new Error(`no theme ${name}`);
  return theme;
};

function contrast(pair: Pair, name: ThemeName): number {
  const colours = themeColours(themeNamed(name));
  const fg = pair.fg ?? PAGE[name].text;
  const bg = pair.bg ?? PAGE[name].bg;
  const background = bg.over ? over(colours[bg.role], bg.over) : colours[bg.role];
  return contrastRatio(colours[fg.role], background);
}

const minimum = (pair: Pair, name: ThemeName): number =>
  pair.kind === 'graphic' ? 3 : name === 'presenter' ? 7 : 4.5;

const cases = (pairs: readonly Pair[]) =>
  pairs.flatMap((pair) =>
    pair.themes.map((theme) => [`${pair.name} (${theme})`, pair, theme] as const),
  );

describe('text contrast in every theme (WCAG AA 4.5:1, 3:1 for a focus ring, presenter 7:1)', () => {
  it.each(Object.entries(PAGE))('the %s theme colours the page itself', (_, page) => {
    expectDeclared(page.text, 'color');
    expectDeclared(page.bg, 'background');
  });

  it.each(cases(PAIRS))('%s', (_, pair, theme) => {
    if (pair.fg) expectDeclared(pair.fg, 'color');
    if (pair.bg) expectDeclared(pair.bg, 'background');
    expect(contrast(pair, theme)).toBeGreaterThanOrEqual(minimum(pair, theme));
  });

  it.fails.each(cases(KNOWN_LOW_CONTRAST))('known low contrast: %s', (_, pair, theme) => {
    expect(contrast(pair, theme)).toBeGreaterThanOrEqual(minimum(pair, theme));
  });

  it('has a pair for every rule that sets a text colour', () => {
    const paired = new Set(
      [...PAIRS, ...KNOWN_LOW_CONTRAST].flatMap((p) => [p.fg?.rule, p.bg?.rule]),
    );
    for (const page of Object.values(PAGE)) paired.add(page.text.rule);
    const unpaired = RULES.filter(
      (r: StyleRule) =>
        r.declarations.get('color')?.includes('var(') === true &&
        !r.selectors.some((s) => paired.has(s) || s in NO_PAIR),
    ).map((r) => r.selectors.join(', '));
    expect(unpaired).toEqual([]);
  });

  it('checks the light colours the roles stand for', () => {
    expect(themeColours(themeNamed('light'))).toEqual(UI_COLOURS);
  });
});
