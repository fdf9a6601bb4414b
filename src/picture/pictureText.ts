/**
 * The words of the downloadable picture, in the reader's language: the atlas's name, the year,
 * what is selected (the country as named that year, the event's title), the legend as the page
 * shows it, the link to the view and the credit for the country shapes.
 */
import { countryNameInYear, type AtlasIndex } from '../data/atlasIndex';
import type { Language } from '../i18n/messages';
import { translate } from '../i18n/translate';
import { pickLocalized } from '../i18n/useT';
import type { SelectionState } from '../state/store';
import { legendKeys } from '../theme/legendKeys';
import type { PictureText } from './pictureLayout';

export type PictureSelection = Pick<SelectionState, 'year' | 'country' | 'event' | 'org'>;

export function pictureText(
  index: AtlasIndex,
  view: PictureSelection,
  lang: Language,
  link: string,
): PictureText {
  const { year } = view;
  const country = view.country ? index.countriesByIso.get(view.country) : undefined;
  const event = view.event ? index.eventsById.get(view.event) : undefined;
  const subjects = [
    country ? countryNameInYear(index, country, year)[lang] : undefined,
    event?.title[lang],
  ].filter((s): s is string => Boolean(s));
  const legendTitle = translate(lang, 'legend.title', { year });
  const organisation = view.org
    ? index.context.organisations.find((o) => o.id === view.org)
    : undefined;
  const org = organisation ? pickLocalized(lang, organisation.acronym) : null;
  return {
    atlasName: translate(lang, 'app.title'),
    year: String(year),
    headline: subjects.length > 0 ? subjects.join(' — ') : legendTitle,
    legendTitle,
    legend: legendKeys(org !== null).map(({ swatch, colour, message }) => ({
      swatch,
      colour,
      label:
        message === 'legend.members'
          ? translate(lang, message, { org: org ?? '', year })
          : translate(lang, message),
    })),
    link,
    credit: translate(lang, 'picture.credit'),
  };
}
