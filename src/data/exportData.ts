/**
 * What the "Data and sources" view offers: the events as CSV (RFC 4180, one row per event) and
 * every source the dataset cites, with how many facts cite it.
 */
import type { AtlasIndex } from './atlasIndex';
import type { AtlasEvent, Source } from './schemas';

const CSV_COLUMNS = [
  'id',
  'date',
  'precision',
  'end',
  'category',
  'title_en',
  'title_fr',
  'summary_en',
  'summary_fr',
  'countries',
  'organisations',
  'certainty',
  'note_en',
  'note_fr',
  'sources',
] as const;

function csvCell(value: string): string {
  // Quote every cell that could break the row, and defuse spreadsheet formulas.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function sourceText(source: Source): string {
  return 'url' in source ? `${source.title} <${source.url}>` : `seed:${source.seed}`;
}

function eventRow(event: AtlasEvent): string[] {
  return [
    event.id,
    event.date,
    event.precision,
    event.end ?? '',
    event.category,
    event.title.en,
    event.title.fr,
    event.summary.en,
    event.summary.fr,
    event.countries.join(' '),
    event.organisations.join(' '),
    event.certainty,
    event.note?.en ?? '',
    event.note?.fr ?? '',
    event.sources.map(sourceText).join(' | '),
  ];
}

export function eventsToCsv(events: readonly AtlasEvent[]): string {
  const rows = [[...CSV_COLUMNS], ...events.map(eventRow)];
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export interface CitedSource {
  source: Source;
  /** How many facts (events, relations dates, periods, memberships…) cite it. */
  uses: number;
}

function sourceKey(source: Source): string {
  return 'url' in source ? source.url : `seed:${source.seed}`;
}

/** Every source the dataset cites, most cited first. */
export function allSources(index: AtlasIndex): CitedSource[] {
  const cited = new Map<string, CitedSource>();
  const add = (sources: readonly Source[]) => {
    for (const source of sources) {
      const key = sourceKey(source);
      const entry = cited.get(key);
      if (entry) entry.uses += 1;
      else cited.set(key, { source, uses: 1 });
    }
  };
  for (const event of index.events) add(event.sources);
  for (const country of index.countries) {
    if (country.relationsSince) add(country.relationsSince.sources);
    for (const period of country.periods) add(period.sources);
    for (const name of country.historicalNames) add(name.sources);
  }
  for (const org of index.context.organisations) add(org.sources);
  for (const presence of index.context.presences) add(presence.sources);
  for (const era of index.context.eras) add(era.sources);
  return [...cited.values()].sort(
    (a, b) => b.uses - a.uses || sourceKey(a.source).localeCompare(sourceKey(b.source)),
  );
}

export interface DatasetCounts {
  events: number;
  countriesWithDate: number;
  countriesWithPeriods: number;
  organisations: number;
  sources: number;
}

export function datasetCounts(index: AtlasIndex): DatasetCounts {
  return {
    events: index.events.length,
    countriesWithDate: index.countries.filter((c) => c.relationsSince).length,
    countriesWithPeriods: index.countries.filter((c) => c.periods.length > 0).length,
    organisations: index.context.organisations.length,
    sources: allSources(index).length,
  };
}
