/**
 * A synthetic dataset for the stress figures: the real events plus generated ones up to a
 * given count, in the schema of dist/data/events.json. It exists only in the bench's memory
 * and is served through page routing: it is never written to dist/ or shipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  AtlasEvent,
  CountriesFile,
  EventCategory,
  SourceRef,
} from '../../src/data/schemas.ts';
import { seededRandom } from '../../scripts/seededRandom.ts';

/** An event as the atlas ships it: its sources are references to the catalogue. */
export type ShippedEvent = Omit<AtlasEvent, 'sources'> & { sources: SourceRef[] };
export interface EventsFile {
  events: ShippedEvent[];
}

const CATEGORIES: readonly EventCategory[] = [
  'politics',
  'regional',
  'security',
  'diplomacy',
  'economy',
];

export function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function pickSome<T>(random: () => number, items: readonly T[], max: number): T[] {
  const count = Math.floor(random() * (max + 1));
  return [...new Set(Array.from({ length: count }, () => pick(random, items)))];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date and its precision in the proportions of the real data: mostly days, some months. */
function syntheticDate(random: () => number): Pick<AtlasEvent, 'date' | 'precision'> {
  const year = 1960 + Math.floor(random() * 66);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const roll = random();
  if (roll < 0.6) return { date: `${String(year)}-${pad(month)}-${pad(day)}`, precision: 'day' };
  if (roll < 0.85) return { date: `${String(year)}-${pad(month)}`, precision: 'month' };
  return { date: String(year), precision: 'year' };
}

function syntheticEvent(
  n: number,
  random: () => number,
  countryCodes: readonly string[],
  organisations: readonly AtlasEvent['organisations'][number][],
  sources: SourceRef[],
): ShippedEvent {
  const countries = new Set(pickSome(random, countryCodes, 3));
  if (random() < 0.5) countries.add('MLI');
  const label = String(n).padStart(5, '0');
  return {
    id: `synthetic-event-${label}`,
    ...syntheticDate(random),
    category: pick(random, CATEGORIES),
    title: { en: `Synthetic event ${label}`, fr: `Événement synthétique ${label}` },
    summary: {
      en: `A generated event used by the benchmark to load the timeline and the map with ${label} records; it has no meaning.`,
      fr: `Un événement généré par le banc d’essai pour charger la frise et la carte (${label}) ; il ne signifie rien.`,
    },
    countries: [...countries].sort(),
    organisations: pickSome(random, organisations, 2),
    // A source the shipped catalogue holds, so the page resolves it as it does a real one.
    sources,
    certainty: 'verified',
  };
}

/** A build's events and country codes: data:build validated them, so reading needs no schema. */
export function readBuiltData(distDir: string): { events: EventsFile; countryCodes: string[] } {
  const read = (name: string): unknown =>
    JSON.parse(readFileSync(join(distDir, 'data', name), 'utf8'));
  const countries = read('countries.json') as CountriesFile;
  return {
    events: read('events.json') as EventsFile,
    countryCodes: countries.countries.map((c) => c.iso3),
  };
}

/**
 * The real events stay in, so every reference from countries.json and context.json to an
 * event still resolves; generated ones fill the file up to `total`, sorted by date like the
 * real file.
 */
export function syntheticEventsFile(
  real: EventsFile,
  countryCodes: readonly string[],
  total: number,
  seed = 1960,
): EventsFile {
  const random = seededRandom(seed);
  const organisations = [...new Set(real.events.flatMap((e) => e.organisations))];
  const generated = Array.from({ length: Math.max(0, total - real.events.length) }, (_, i) =>
    syntheticEvent(i + 1, random, countryCodes, organisations, real.events[0]?.sources ?? []),
  );
  const events = [...real.events, ...generated].sort((a, b) => a.date.localeCompare(b.date));
  return { events };
}

/** TimelineJS's JSON: one slide per event, dated to its precision, grouped by category. */
export interface TimelineJsData {
  events: {
    unique_id: string;
    start_date: { year: number; month?: number; day?: number };
    text: { headline: string; text: string };
    group: string;
  }[];
}

function timelineJsDate(date: string): TimelineJsData['events'][number]['start_date'] {
  const [year, month, day] = date.split('-').map(Number);
  return {
    year: year ?? 1960,
    ...(month === undefined ? {} : { month }),
    ...(day === undefined ? {} : { day }),
  };
}

export function toTimelineJs(file: EventsFile): TimelineJsData {
  return {
    events: file.events.map((event) => ({
      unique_id: event.id,
      start_date: timelineJsDate(event.date),
      text: { headline: event.title.en, text: event.summary.en },
      group: event.category,
    })),
  };
}
