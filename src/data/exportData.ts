/**
 * What the "Data and sources" view offers: every source the dataset cites, how many of each
 * kind, and the files the build writes for download (src/data/tables.ts makes them).
 */
import type { AtlasIndex } from './atlasIndex';
import type { DatasetInfo, Source, SourceKind } from './schemas';
import { SOURCE_KINDS } from './schemas';
import { downloadStem, TABLE_NAMES, type TableName } from './tables';

export interface CitedSource {
  source: Source;
  /** How many facts (events, relations dates, periods, memberships…) cite it. */
  uses: number;
}

function withoutLocator(source: Source): Source {
  const entry = { ...source };
  delete entry.locator;
  return entry;
}

/**
 * Every source of the catalogue, most cited first. A source is listed as the catalogue
 * describes it, without the locator of any one fact that cites it.
 */
export function allSources(index: AtlasIndex, catalogue: readonly Source[] = []): CitedSource[] {
  const cited = new Map<string, CitedSource>();
  for (const source of catalogue) cited.set(source.id, { source, uses: 0 });
  const add = (sources: readonly Source[]) => {
    for (const source of sources) {
      const entry = cited.get(source.id);
      if (entry) entry.uses += 1;
      else cited.set(source.id, { source: withoutLocator(source), uses: 1 });
    }
  };
  for (const event of index.events) add(event.sources);
  for (const country of index.countries) {
    if (country.relationsSince) add(country.relationsSince.sources);
    for (const period of country.periods) add(period.sources);
    for (const name of country.historicalNames) add(name.sources);
  }
  for (const org of index.context.organisations) {
    add(org.sources);
    for (const period of [...org.maliMembership, ...org.maliSuspensions]) add(period.sources);
    for (const member of org.members) for (const period of member.periods) add(period.sources);
  }
  for (const presence of index.context.presences) add(presence.sources);
  for (const era of index.context.eras) add(era.sources);
  return [...cited.values()].sort(
    (a, b) => b.uses - a.uses || a.source.id.localeCompare(b.source.id),
  );
}

/** How many sources of each kind, in the order of SOURCE_KINDS, leaving out kinds with none. */
export function sourcesByKind(sources: readonly CitedSource[]): [SourceKind, number][] {
  const counts = new Map<SourceKind, number>();
  for (const { source } of sources) counts.set(source.kind, (counts.get(source.kind) ?? 0) + 1);
  return SOURCE_KINDS.flatMap((kind) => {
    const count = counts.get(kind);
    return count ? [[kind, count] as [SourceKind, number]] : [];
  });
}

export interface DatasetCounts {
  events: number;
  countriesWithDate: number;
  countriesWithPeriods: number;
  organisations: number;
}

export function datasetCounts(index: AtlasIndex): DatasetCounts {
  return {
    events: index.events.length,
    countriesWithDate: index.countries.filter((c) => c.relationsSince).length,
    countriesWithPeriods: index.countries.filter((c) => c.periods.length > 0).length,
    organisations: index.context.organisations.length,
  };
}

export interface DownloadFiles {
  tables: { table: TableName; csv: string; json: string }[];
  dataPackage: string;
}

/** Addresses of the download files under `base` (the app's base URL). */
export function downloadFiles(base: string, dataset: DatasetInfo): DownloadFiles {
  const stem = `${base}data/downloads/${downloadStem(dataset)}`;
  return {
    tables: TABLE_NAMES.map((table) => ({
      table,
      csv: `${stem}-${table}.csv`,
      json: `${stem}-${table}.json`,
    })),
    dataPackage: `${stem}-datapackage.zip`,
  };
}
