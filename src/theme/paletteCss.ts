/**
 * The palette as CSS custom properties: one block per theme, on the element that carries the
 * theme. vite.config.ts serves it to the page as `virtual:palette.css` (imported by main.tsx),
 * which the build bundles with the other stylesheets: no generated file to keep in step, and no
 * inline style for the Content-Security-Policy to refuse.
 */
import {
  DARK_COLOURS,
  PRESENTER_COLOURS,
  UI_COLOURS,
  type ThemeColours,
  type UiColourRole,
} from './palette.ts';

export const PALETTE_CSS_MODULE = 'virtual:palette.css';

export interface Theme {
  name: 'light' | 'dark' | 'presenter';
  /** The element that carries the theme (App.tsx sets the classes and data-theme). */
  selector: string;
  colours: ThemeColours;
}

/** The light theme first; the others change some of its roles on the elements that carry them. */
export const THEMES: readonly Theme[] = [
  { name: 'light', selector: ':root', colours: UI_COLOURS },
  { name: 'presenter', selector: '.app.presenting', colours: PRESENTER_COLOURS },
  { name: 'dark', selector: ".app[data-theme='dark']", colours: DARK_COLOURS },
];

/** The custom property of a role: `accentText` is `--accent-text`. */
export function cssVariable(role: string): string {
  return `--${role.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** Every role's colour in a theme, as an element inside the theme's selector sees it. */
export function themeColours(theme: Theme): Record<UiColourRole, string> {
  return { ...UI_COLOURS, ...theme.colours };
}

/**
 * Each theme's element, and the backdrops of the dialogs it holds: before Chrome 122, Firefox 120
 * and Safari 17.4, ::backdrop inherited from nothing, so var(--backdrop) found nothing there
 * (https://developer.chrome.com/blog/css-backdrop-inheritance). Naming them keeps the theme's
 * colours there in every browser, as newer ones inherit them.
 */
function themeSelectors(selector: string): string {
  return selector === ':root' ? ':root,\n::backdrop' : `${selector},\n${selector} ::backdrop`;
}

export function paletteCss(): string {
  const blocks = THEMES.map(({ selector, colours }) => {
    const lines = Object.entries(colours).map(
      ([role, colour]) => `  ${cssVariable(role)}: ${colour};`,
    );
    return `${themeSelectors(selector)} {\n${lines.join('\n')}\n}\n`;
  });
  return `/* Generated from src/theme/palette.ts by src/theme/paletteCss.ts. */\n${blocks.join('')}`;
}
