/**
 * What "Cite this view" cites: a title for the view as the reader sees it, and the original
 * sources of the facts on screen (the selected event; else the selected country's relations date,
 * its status that year and its events that year; else the year's events).
 */
import {
  countryNameInYear,
  eventsInYear,
  eventsOfCountry,
  periodAt,
  type AtlasIndex,
} from '../data/atlasIndex';
import { endOfYear, yearOf } from '../data/dates';
import type { Source } from '../data/schemas';
import type { Language } from '../i18n/messages';
import { translate } from '../i18n/translate';

export interface CitedView {
  year: number;
  country: string | null;
  event: string | null;
}

/** "Relations with Mali, end of 2013: France" (or the event's title, or just the year). */
export function viewTitle(index: AtlasIndex, view: CitedView, lang: Language): string {
  const event = view.event ? index.eventsById.get(view.event) : undefined;
  const country = view.country ? index.countriesByIso.get(view.country) : undefined;
  const subjects = [
    country ? countryNameInYear(index, country, view.year)[lang] : undefined,
    event?.title[lang],
  ].filter((s): s is string => s !== undefined);
  return subjects.length > 0
    ? translate(lang, 'cite.viewTitleWith', { year: view.year, subject: subjects.join(' — ') })
    : translate(lang, 'cite.viewTitle', { year: view.year });
}

/** The sources of the facts the view shows, each once, in the order the facts appear. */
export function viewSources(index: AtlasIndex, view: CitedView): Source[] {
  const lists: (readonly Source[])[] = [];
  const event = view.event ? index.eventsById.get(view.event) : undefined;
  const country = view.country ? index.countriesByIso.get(view.country) : undefined;
  if (event) lists.push(event.sources);
  if (country) {
    if (country.relationsSince) lists.push(country.relationsSince.sources);
    const period = periodAt(country, endOfYear(view.year));
    if (period) lists.push(period.sources);
    for (const e of eventsOfCountry(index, country.iso3)) {
      if (yearOf(e.date) === view.year && e !== event) lists.push(e.sources);
    }
  }
  if (!event && !country) for (const e of eventsInYear(index, view.year)) lists.push(e.sources);
  const seen = new Map<string, Source>();
  for (const source of lists.flat()) if (!seen.has(source.id)) seen.set(source.id, source);
  return [...seen.values()];
}
