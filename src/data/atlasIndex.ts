/**
 * Lookups derived once from the loaded files, and the pure questions the views ask of them:
 * what was a country's status at the end of a year, what was it called then, which events
 * happened in a year or involved a country.
 */
import { compareCodes, endOfYear, startOfIsoDate, yearOf } from './dates';
import type {
  AtlasEvent,
  ContextFile,
  CountriesFile,
  Country,
  EventsFile,
  HistoricalCode,
  Localized,
  MembershipPeriod,
  Organisation,
  RelationPeriod,
  RelationStatus,
  Suspension,
} from './schemas';

export const MALI = 'MLI';

/** Does a period (`to` exclusive, absent while it lasts) cover a day? */
const covers = (p: { from: string; to?: string | undefined }, isoDate: string) =>
  startOfIsoDate(p.from) <= isoDate && (p.to === undefined || isoDate < startOfIsoDate(p.to));

/** What the map paints: a status, Mali itself, or a country the data says nothing about yet. */
export type DisplayStatus = RelationStatus | 'mali' | 'unknown';

export interface AtlasIndex {
  events: AtlasEvent[];
  eventsById: Map<string, AtlasEvent>;
  eventsByYear: Map<number, AtlasEvent[]>;
  countries: Country[];
  countriesByIso: Map<string, Country>;
  historicalCodes: HistoricalCode[];
  context: ContextFile;
}

/** The code of the present-day shape a country code is drawn on (SUN is drawn on RUS). */
export function shapeCodeOf(code: string, historicalCodes: readonly HistoricalCode[]): string {
  return historicalCodes.find((h) => h.code === code)?.shape ?? code;
}

export function buildAtlasIndex(
  eventsFile: EventsFile,
  countriesFile: CountriesFile,
  context: ContextFile,
): AtlasIndex {
  // A duplicated id keeps its first record (the data check reports the duplicate).
  const seen = new Set<string>();
  const unique = eventsFile.events.filter((e) => !seen.has(e.id) && Boolean(seen.add(e.id)));
  const events = [...unique].sort((a, b) =>
    compareCodes(startOfIsoDate(a.date), startOfIsoDate(b.date)),
  );
  const eventsByYear = new Map<number, AtlasEvent[]>();
  for (const event of events) {
    const year = yearOf(event.date);
    const list = eventsByYear.get(year) ?? [];
    list.push(event);
    eventsByYear.set(year, list);
  }
  return {
    events,
    eventsById: new Map(events.map((e) => [e.id, e])),
    eventsByYear,
    countries: countriesFile.countries,
    countriesByIso: new Map(countriesFile.countries.map((c) => [c.iso3, c])),
    historicalCodes: countriesFile.historicalCodes,
    context,
  };
}

export function eventsInYear(index: AtlasIndex, year: number): AtlasEvent[] {
  return index.eventsByYear.get(year) ?? [];
}

/** Shape codes of the countries an event involves (USSR drawn as RUS). */
export function eventShapeCodes(index: AtlasIndex, event: AtlasEvent): string[] {
  return [...new Set(event.countries.map((c) => shapeCodeOf(c, index.historicalCodes)))];
}

export function eventsOfCountry(index: AtlasIndex, iso3: string): AtlasEvent[] {
  return index.events.filter((e) => eventShapeCodes(index, e).includes(iso3));
}

/** The period in force at a date (`to` is exclusive). */
export function periodAt(country: Country, isoDate: string): RelationPeriod | undefined {
  return country.periods.find((p) => covers(p, isoDate));
}

/** A country's relations with Mali as they stood at the end of `year`. */
export function statusAt(country: Country | undefined, year: number): DisplayStatus {
  if (!country) return 'unknown';
  if (country.iso3 === MALI) return 'mali';
  const date = endOfYear(year);
  const period = periodAt(country, date);
  if (period) return period.status;
  const since = country.relationsSince;
  if (since) return startOfIsoDate(since.date) <= date ? 'established' : 'none';
  // Without a relations date, a period starting later says nothing of the years before it.
  return 'unknown';
}

/** The name a country bore on a date: Upper Volta before 4 August 1984, and so on. */
export function countryNameAt(
  country: Country,
  isoDate: string,
  historicalCodes: readonly HistoricalCode[] = [],
): Localized {
  const historical = country.historicalNames
    .filter((h) => isoDate < startOfIsoDate(h.until))
    .sort((a, b) => compareCodes(a.until, b.until))[0];
  if (historical) return historical.name;
  const code = historicalCodes.find(
    (h) => h.shape === country.iso3 && isoDate < startOfIsoDate(h.until),
  );
  return code ? code.name : country.name;
}

/** The name at the end of a year. */
export function countryNameInYear(index: AtlasIndex, country: Country, year: number): Localized {
  return countryNameAt(country, endOfYear(year), index.historicalCodes);
}

/** Every status a country passes through, with every year, for the Play and bench paths. */
export function statusesByCountry(index: AtlasIndex, year: number): Map<string, DisplayStatus> {
  return new Map(index.countries.map((c) => [c.iso3, statusAt(c, year)]));
}

/** Organisations whose member states the atlas tracks, so the map can outline them. */
export function organisationsWithMembers(index: AtlasIndex): ContextFile['organisations'] {
  return index.context.organisations.filter((o) => o.members.length > 0);
}

/** Shape codes of an organisation's member states at the end of a year. */
export function membersAt(index: AtlasIndex, orgId: string, year: number): string[] {
  const org = index.context.organisations.find((o) => o.id === orgId);
  if (!org) return [];
  const date = endOfYear(year);
  return org.members
    .filter((m) => m.periods.some((p) => covers(p, date)))
    .map((m) => shapeCodeOf(m.iso3, index.historicalCodes));
}

export interface MembershipAt {
  organisation: Organisation;
  membership: MembershipPeriod;
  /** Suspensions of Mali, or sanctions on it, in force on the same day (they may overlap). */
  suspensions: Suspension[];
}

/** Mali's memberships at the end of a year, each with the suspensions in force. */
export function maliMembershipsAt(index: AtlasIndex, year: number): MembershipAt[] {
  const date = endOfYear(year);
  return index.context.organisations.flatMap((organisation) => {
    const membership = organisation.maliMembership.find((p) => covers(p, date));
    if (!membership) return [];
    const suspensions = organisation.maliSuspensions.filter((s) => covers(s, date));
    return [{ organisation, membership, suspensions }];
  });
}
