/**
 * The two large files are read record by record (see parseRecords): the events and the
 * countries. A bad record is left out and reported; the file as a whole must still be JSON with
 * the right top-level shape. The file the build checked has no bad record and is taken whole.
 */
import { z } from 'zod';
import { checkLoaded, fetchCitingFile, parseDataFile, parseRecords } from './dataFiles';
import {
  countriesFileSchema,
  countrySchema,
  eventSchema,
  eventsFileSchema,
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
  const loaded = await fetchCitingFile(file);
  if (loaded.checkedAtBuild) {
    return { events: checkLoaded(file, loaded, eventsFileSchema).events, problems: [] };
  }
  const envelope = parseDataFile(file, loaded.json, eventsEnvelope);
  const { records, problems } = parseRecords(file, envelope.events, eventSchema);
  return { events: records, problems };
}

export async function fetchCountries(file: string): Promise<LoadedCountries> {
  const loaded = await fetchCitingFile(file);
  if (loaded.checkedAtBuild) {
    const { countries, historicalCodes } = checkLoaded(file, loaded, countriesFileSchema);
    return { countries, historicalCodes, problems: [] };
  }
  const envelope = parseDataFile(file, loaded.json, countriesEnvelope);
  const { records, problems } = parseRecords(file, envelope.countries, countrySchema);
  return { countries: records, historicalCodes: envelope.historicalCodes, problems };
}
