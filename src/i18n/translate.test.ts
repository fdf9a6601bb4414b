import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './messages';
import { formatIsoDate } from './translate';

const INTL_LOCALES = { en: 'en-GB', fr: 'fr-FR' } as const;

/** What the atlas wrote with Intl.DateTimeFormat before it wrote dates itself. */
function intlDate(lang: 'en' | 'fr', year: number, month: number, day?: number): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[lang], {
    year: 'numeric',
    month: 'long',
    ...(day === undefined ? {} : { day: 'numeric' }),
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day ?? 1)));
}

describe('formatIsoDate', () => {
  it('writes a date to its precision, in each language', () => {
    expect(formatIsoDate('en', '1960-09-22')).toBe('22 September 1960');
    expect(formatIsoDate('fr', '1960-09-22')).toBe('22 septembre 1960');
    expect(formatIsoDate('en', '2013-01')).toBe('January 2013');
    expect(formatIsoDate('fr', '1960-08')).toBe('août 1960');
    expect(formatIsoDate('fr', '2023')).toBe('2023');
  });

  it('writes every month and day as Intl.DateTimeFormat does for en-GB and fr-FR', () => {
    for (const lang of LANGUAGES) {
      for (let month = 1; month <= 12; month += 1) {
        const mm = String(month).padStart(2, '0');
        expect(formatIsoDate(lang, `1999-${mm}`)).toBe(intlDate(lang, 1999, month));
        for (const day of [1, 9, 28]) {
          const dd = String(day).padStart(2, '0');
          expect(formatIsoDate(lang, `1999-${mm}-${dd}`)).toBe(intlDate(lang, 1999, month, day));
        }
      }
    }
  });

  it('gives back what is not a date as it is', () => {
    expect(formatIsoDate('en', 'soon')).toBe('soon');
    expect(formatIsoDate('en', '1960-13')).toBe('1960-13');
    expect(formatIsoDate('en', '1960-09-xx')).toBe('1960-09-xx');
  });
});
