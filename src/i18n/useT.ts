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
  /**
   * Picks the reader's language from a localized text; a teacher's lesson may hold only the
   * other language, which is then shown rather than nothing.
   */
  l: (text: SomeLocalized) => string;
}

/**
 * The reader's language, provided by whoever owns it (the store, at the top of the page): the
 * messages stay free of any state of their own.
 */
/** A text in one or both languages. */
export type SomeLocalized = { [L in keyof Localized]?: string | undefined };

export function pickLocalized(lang: Language, text: SomeLocalized): string {
  const own = text[lang];
  return own?.trim() ? own : (text[lang === 'en' ? 'fr' : 'en'] ?? own ?? '');
}

export const LanguageContext = createContext<Language>('en');

export function useT(): Translator {
  const lang = useContext(LanguageContext);
  return useMemo(
    () => ({
      lang,
      t: (key, vars) => translate(lang, key, vars),
      tp: (key, count) => translatePlural(lang, key, count),
      date: (iso) => formatIsoDate(lang, iso),
      l: (text) => pickLocalized(lang, text),
    }),
    [lang],
  );
}
