/** Rows of the country table: filtered and sorted, pure so it can be tested. */
import {
  countryNameInYear,
  eventsOfCountry,
  statusAt,
  type AtlasIndex,
  type DisplayStatus,
} from '../data/atlasIndex';
import { compareCodes } from '../data/dates';
import { RELATION_STATUSES } from '../data/schemas';
import type { Language } from '../i18n/messages';
import { nameCollator } from '../i18n/translate';

export interface CountryRow {
  iso3: string;
  name: string;
  status: DisplayStatus;
  since: string | null;
  events: number;
  neighbour: boolean;
}

export type SortKey = 'name' | 'status' | 'since' | 'events';
export type SortDirection = 'ascending' | 'descending';

/** Mali first, then the statuses from closest to none, then what the atlas does not say. */
const STATUS_ORDER: readonly DisplayStatus[] = ['mali', ...RELATION_STATUSES, 'unknown'];

export function countryRows(index: AtlasIndex, year: number, lang: Language): CountryRow[] {
  return index.countries.map((country) => ({
    iso3: country.iso3,
    name: countryNameInYear(index, country, year)[lang],
    status: statusAt(country, year),
    since: country.relationsSince?.date ?? null,
    events: eventsOfCountry(index, country.iso3).length,
    neighbour: country.neighbour,
  }));
}

export function filterRows(
  rows: readonly CountryRow[],
  text: string,
  status: DisplayStatus | 'all',
): CountryRow[] {
  const needle = text.trim().toLocaleLowerCase();
  return rows.filter(
    (row) =>
      (status === 'all' || row.status === status) &&
      (needle === '' ||
        row.name.toLocaleLowerCase().includes(needle) ||
        row.iso3.toLowerCase() === needle),
  );
}

/**
 * Whether a row lacks a value in a column. Such rows go last whichever the direction: an unknown
 * date or status is not an early or late one, and a reader sorting to see the first or last
 * relations should not have to scroll past the blanks (issue #15).
 */
const MISSING: Partial<Record<SortKey, (row: CountryRow) => boolean>> = {
  status: (row) => row.status === 'unknown',
  since: (row) => row.since === null,
};

export function sortRows(
  rows: readonly CountryRow[],
  key: SortKey,
  direction: SortDirection,
  lang: Language,
): CountryRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const collator = nameCollator(lang);
  const byName = (a: CountryRow, b: CountryRow) => collator.compare(a.name, b.name);
  const compare: Record<SortKey, (a: CountryRow, b: CountryRow) => number> = {
    name: byName,
    status: (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status),
    since: (a, b) => compareCodes(a.since ?? '', b.since ?? ''),
    events: (a, b) => a.events - b.events,
  };
  const missing = MISSING[key] ?? (() => false);
  return [...rows].sort((a, b) => {
    const aMissing = missing(a);
    const bMissing = missing(b);
    if (aMissing !== bMissing) return aMissing ? 1 : -1;
    return (aMissing ? 0 : sign * compare[key](a, b)) || byName(a, b);
  });
}
