import { createContext, useContext } from 'react';
import { DEFAULT_EMBED_OPTIONS, type EmbedOptions } from './embedOptions';

/** How the atlas is dressed: the full page, or an embed inside someone's article. */
export interface Chrome {
  mode: 'full' | 'embed';
  embed: EmbedOptions;
}

export const FULL_CHROME: Chrome = { mode: 'full', embed: DEFAULT_EMBED_OPTIONS };

export const ChromeContext = createContext<Chrome>(FULL_CHROME);

export function useChrome(): Chrome {
  return useContext(ChromeContext);
}
