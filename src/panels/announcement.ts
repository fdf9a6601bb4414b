/** The short sentence a screen reader hears after a change: "1985. Burkina Faso: tense. 2 events this year." */
import { countryNameInYear, eventsInYear, statusAt, type AtlasIndex } from '../data/atlasIndex';
import type { Language } from '../i18n/messages';
import { translate, translatePlural } from '../i18n/translate';

export function announcement(
  index: AtlasIndex,
  state: { year: number; country: string | null; event: string | null; lang: Language },
): string {
  const { year, lang } = state;
  const parts = [`${String(year)}.`];
  const event = state.event ? index.eventsById.get(state.event) : undefined;
  if (event) parts.push(`${event.title[lang]}.`);
  const country = state.country ? index.countriesByIso.get(state.country) : undefined;
  if (country) {
    const status = statusAt(country, year);
    const name = countryNameInYear(index, country, year)[lang];
    // French sets a narrow no-break space before a colon.
    const colon = lang === 'fr' ? '\u202f:' : ':';
    const words = translate(lang, `status.${status === 'mali' ? 'unknown' : status}`).toLowerCase();
    parts.push(status === 'mali' ? `${name}.` : `${name}${colon} ${words}.`);
  }
  const count = eventsInYear(index, year).length;
  parts.push(
    count === 0
      ? translate(lang, 'details.year.none')
      : `${translatePlural(lang, 'details.year.events', count)}.`,
  );
  return parts.join(' ');
}
