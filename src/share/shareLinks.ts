/**
 * Links and embed code for the current state. Pure, so the Share dialog, the embed's "Open in the
 * full atlas" link and the tests all build the same thing.
 */
import { embedOptionParams, type EmbedOptions } from '../embed/embedOptions';
import type { Language } from '../i18n/messages';
import type { SelectionState } from '../state/store';
import { serializeUrlState } from '../state/urlState';

/**
 * The folder the atlas is served from, e.g. https://atlas.example/mali-atlas/. The base path is
 * read against the page's own address, not its origin, so a relative base (`./`, a build that
 * works from any folder) names the folder the page is in.
 */
export function atlasBase(pageUrl: string, basePath: string): string {
  return new URL(basePath, pageUrl).href;
}

/** The folder of the atlas serving this page. */
export function currentAtlasBase(): string {
  return atlasBase(window.location.href, import.meta.env.BASE_URL);
}

/** The full atlas at this state. The language is always written: a link should not depend on
 * the browser of whoever opens it. */
export function fullAtlasUrl(base: string, state: SelectionState): string {
  return `${base}${serializeUrlState(state, otherLanguage(state.lang))}`;
}

/** The full atlas at this state, on the site serving this page. */
export function fullAtlasLink(state: SelectionState): string {
  return fullAtlasUrl(currentAtlasBase(), state);
}

function otherLanguage(lang: Language): Language {
  return lang === 'en' ? 'fr' : 'en';
}

export function embedUrl(base: string, state: SelectionState, options: EmbedOptions): string {
  // An embed always shows the map: the table and list tabs are the full atlas's.
  const shown = { ...state, tab: 'map' as const };
  const search = serializeUrlState(shown, otherLanguage(state.lang), embedOptionParams(options));
  return `${base}embed.html${search}`;
}

/** A height that fits what the embed shows at a column's width, before auto-resize takes over. */
export function embedHeight(options: EmbedOptions): number {
  return (
    380 + (options.timeline ? 260 : 0) + (options.panel ? 200 : 0) + (options.controls ? 50 : 0)
  );
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export interface EmbedCodeInput {
  base: string;
  state: SelectionState;
  options: EmbedOptions;
  title: string;
  withResizeScript: boolean;
}

export function embedCode({
  base,
  state,
  options,
  title,
  withResizeScript,
}: EmbedCodeInput): string {
  const iframe =
    `<iframe src="${attribute(embedUrl(base, state, options))}" title="${attribute(title)}" ` +
    `width="100%" height="${String(embedHeight(options))}" style="border:0" loading="lazy" ` +
    `allow="fullscreen" data-mali-atlas></iframe>`;
  return withResizeScript
    ? `${iframe}\n<script src="${attribute(`${base}embed.js`)}" async></script>`
    : iframe;
}
