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

// Intl objects are costly to build (about 1 ms each in Chromium) and the panels sort and count
// on every year change, so each language keeps one of each (measured by npm run bench).
const pluralRules = new Map<Language, Intl.PluralRules>();
const collators = new Map<Language, Intl.Collator>();

function cached<K, V>(cache: Map<K, V>, key: K, create: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = create();
    cache.set(key, value);
  }
  return value;
}

/** Sorts names as the reader's language does ("Égypte" among the E, not after "Zambie"). */
export function nameCollator(lang: Language): Intl.Collator {
  return cached(collators, lang, () => new Intl.Collator(lang));
}

/** Picks `_one` or `_other` of a plural message for `count`. */
export function translatePlural(lang: Language, key: PluralKey, count: number): string {
  const rules = cached(pluralRules, lang, () => new Intl.PluralRules(lang));
  const form = rules.select(count) === 'one' ? 'one' : 'other';
  const full = `${key}_${form}` as const;
  return interpolate(CATALOGUES[lang][full as MessageKey], { count });
}

const MONTHS = [
  'month.1',
  'month.2',
  'month.3',
  'month.4',
  'month.5',
  'month.6',
  'month.7',
  'month.8',
  'month.9',
  'month.10',
  'month.11',
  'month.12',
] as const satisfies readonly MessageKey[];

/**
 * "22 September 1960" / « 22 septembre 1960 », to the precision of the date: what
 * Intl.DateTimeFormat writes for en-GB and fr-FR (translate.test.ts checks every month), without
 * it. Its first date cost about 30 ms on the first screen, loading the locale's calendar data
 * (measured by npm run bench), for twelve words the catalogues can hold.
 */
export function formatIsoDate(lang: Language, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return iso;
  if (m === undefined) return String(y);
  const month = MONTHS[m - 1];
  if (month === undefined || (d !== undefined && !(d >= 1 && d <= 31))) return iso;
  const monthYear = `${CATALOGUES[lang][month]} ${String(y)}`;
  return d === undefined ? monthYear : `${String(d)} ${monthYear}`;
}
