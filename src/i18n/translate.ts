import { CATALOGUES, type Language, type MessageKey } from './messages';

export type Vars = Record<string, string | number>;
type PluralBase<K> = K extends `${infer B}_other` ? B : never;
export type PluralKey = PluralBase<MessageKey>;

function interpolate(template: string, vars: Vars | undefined): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}

/** Looks up and fills a message. */
export function translate(lang: Language, key: MessageKey, vars?: Vars): string {
  return interpolate(CATALOGUES[lang][key], vars);
}

/** Picks `_one` or `_other` of a plural message for `count`. */
export function translatePlural(lang: Language, key: PluralKey, count: number): string {
  const form = new Intl.PluralRules(lang).select(count) === 'one' ? 'one' : 'other';
  const full = `${key}_${form}` as const;
  return interpolate(CATALOGUES[lang][full as MessageKey], { count });
}

/** "22 September 1960" / « 22 septembre 1960 », to the precision of the date. */
export function formatIsoDate(lang: Language, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return iso;
  if (m === undefined) return String(y);
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions =
    d === undefined
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', options).format(date);
}
