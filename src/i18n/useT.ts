import { useMemo } from 'react';
import type { Localized } from '../data/schemas';
import { useLanguage } from '../state/hooks';
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

export function useT(): Translator {
  const lang = useLanguage();
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
