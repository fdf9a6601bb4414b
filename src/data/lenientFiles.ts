/**
 * The two large files are read record by record (see parseRecords): the events and the
 * countries. A bad record is left out and reported; the file as a whole must still be JSON with
 * the right top-level shape.
 */
import { z } from 'zod';
import { fetchCitingFile, parseDataFile, parseRecords } from './dataFiles';
import {
  countrySchema,
  eventSchema,
  historicalCodeSchema,
  type AtlasEvent,
  type Country,
  type HistoricalCode,
} from './schemas';

const eventsEnvelope = z.object({ events: z.array(z.unknown()) });
const countriesEnvelope = z.object({
  countries: z.array(z.unknown()),
  historicalCodes: z.array(historicalCodeSchema),
});

export interface LoadedEvents {
  events: AtlasEvent[];
  problems: string[];
}

export interface LoadedCountries {
  countries: Country[];
  historicalCodes: HistoricalCode[];
  problems: string[];
}

export async function fetchEvents(file: string): Promise<LoadedEvents> {
  const envelope = parseDataFile(file, await fetchCitingFile(file), eventsEnvelope);
  const { records, problems } = parseRecords(file, envelope.events, eventSchema);
  return { events: records, problems };
}

export async function fetchCountries(file: string): Promise<LoadedCountries> {
  const envelope = parseDataFile(file, await fetchCitingFile(file), countriesEnvelope);
  const { records, problems } = parseRecords(file, envelope.countries, countrySchema);
  return { countries: records, historicalCodes: envelope.historicalCodes, problems };
}
