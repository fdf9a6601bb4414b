import { createContext, useContext, useMemo } from 'react';
import type { Localized } from '../data/schemas';
import type { Language, MessageKey } from './messages';
import { formatIsoDate, translate, translatePlural, type PluralKey, type Vars } from './translate';

export interface Translator {
  lang: Language;
  t: (key: MessageKey, vars?: Vars) => string;
  tp: (key: PluralKey, count: number) => string;
  /** A date from the data, written to its precision in the reader's language. */
  date: (iso: string) => string;
  /** Picks the reader's language from a localized data text. */
  l: (text: Localized) => string;
}

/**
 * The reader's language, provided by whoever owns it (the store, at the top of the page): the
 * messages stay free of any state of their own.
 */
export const LanguageContext = createContext<Language>('en');

export function useT(): Translator {
  const lang = useContext(LanguageContext);
  return useMemo(
    () => ({
      lang,
      t: (key, vars) => translate(lang, key, vars),
      tp: (key, count) => translatePlural(lang, key, count),
      date: (iso) => formatIsoDate(lang, iso),
      l: (text) => text[lang],
    }),
    [lang],
  );
}
