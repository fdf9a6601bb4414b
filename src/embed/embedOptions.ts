/**
 * What an embed shows, read from its URL: `embed.html?year=2013&timeline=0&panel=0&controls=0
 * &interactive=0&theme=dark&parentOrigin=https://news.example`. Everything defaults to on.
 */
export const EMBED_PARAMS = [
  'timeline',
  'panel',
  'controls',
  'interactive',
  'theme',
  'parentOrigin',
] as const;

export type Theme = 'light' | 'dark';

export interface EmbedOptions {
  timeline: boolean;
  panel: boolean;
  controls: boolean;
  /** false: the reader cannot change the year (the host page still can). */
  interactive: boolean;
  theme: Theme;
  /** When set, messages go only to this origin and come only from it. */
  parentOrigin: string | null;
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = {
  timeline: true,
  panel: true,
  controls: true,
  interactive: true,
  theme: 'light',
  parentOrigin: null,
};

function flag(value: string | null, fallback: boolean): boolean {
  if (value === null) return fallback;
  if (['0', 'false', 'no', 'off'].includes(value.toLowerCase())) return false;
  if (['1', 'true', 'yes', 'on'].includes(value.toLowerCase())) return true;
  return fallback;
}

/** An origin such as https://news.example (scheme, host, port; nothing else), or null. */
export function normaliseOrigin(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

export function parseEmbedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  return {
    timeline: flag(params.get('timeline'), true),
    panel: flag(params.get('panel'), true),
    controls: flag(params.get('controls'), true),
    interactive: flag(params.get('interactive'), true),
    theme: params.get('theme') === 'dark' ? 'dark' : 'light',
    parentOrigin: normaliseOrigin(params.get('parentOrigin')),
  };
}

/** The query parameters for options that differ from the defaults. */
export function embedOptionParams(options: EmbedOptions): URLSearchParams {
  const params = new URLSearchParams();
  if (!options.timeline) params.set('timeline', '0');
  if (!options.panel) params.set('panel', '0');
  if (!options.controls) params.set('controls', '0');
  if (!options.interactive) params.set('interactive', '0');
  if (options.theme !== 'light') params.set('theme', options.theme);
  if (options.parentOrigin) params.set('parentOrigin', options.parentOrigin);
  return params;
}
