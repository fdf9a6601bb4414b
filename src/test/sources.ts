/** Records for the unit tests: a catalogue source, an event and a country. */
import type { AtlasEvent, CatalogueSource, Country, DatasetInfo, Source } from '../data/schemas';

export const testSource: CatalogueSource = {
  id: 'example-a',
  title: 'A',
  publisher: 'Example',
  kind: 'newspaper',
  language: 'en',
  url: 'https://example.org/a',
  accessed: '2026-12-04',
};

/** An event for the unit tests, with what a test cares about given in `change`. */
export function testEvent(
  change: Partial<AtlasEvent> & Pick<AtlasEvent, 'id' | 'date'>,
): AtlasEvent {
  return {
    precision: 'day',
    category: 'security',
    title: { en: change.id, fr: change.id },
    summary: { en: 's', fr: 's' },
    countries: ['MLI'],
    organisations: [],
    certainty: 'verified',
    sources: [testSource],
    ...change,
  };
}

/** France with a relations date and one period, for the unit tests. */
export function testFrance(sources: { since: Source[]; period: Source[] }): Country {
  return {
    iso3: 'FRA',
    name: { en: 'France', fr: 'France' },
    neighbour: false,
    relationsSince: {
      date: '1960-09-26',
      precision: 'day',
      certainty: 'verified',
      sources: sources.since,
    },
    historicalNames: [],
    periods: [
      {
        status: 'close',
        from: '2013-01-11',
        reason: { en: 'Serval', fr: 'Serval' },
        event: 'operation-serval-launched',
        certainty: 'verified',
        sources: sources.period,
      },
    ],
  };
}

/** The dataset's version and licence, as data/dataset.json gives them. */
export const testDataset: DatasetInfo = {
  title: 'Mali Relations Atlas dataset',
  version: '2.0.0',
  released: '2026-12-04',
  licence: 'CC BY 4.0',
  licenceId: 'CC-BY-4.0',
  licenceUrl: 'https://example.org/licences/cc-by-4.0',
};

/** Ukraine's two periods: relations from 1992, severed by Mali on 4 August 2024. */
export function testUkrainePeriods(severedBy?: string): Country['periods'] {
  return [
    {
      status: 'established',
      certainty: 'verified',
      from: '1992-11-05',
      to: '2024-08-04',
      reason: { en: 'r', fr: 'r' },
      sources: [testSource],
    },
    {
      status: 'severed',
      certainty: 'verified',
      from: '2024-08-04',
      ...(severedBy ? { event: severedBy } : {}),
      reason: { en: 'r', fr: 'r' },
      sources: [testSource],
    },
  ];
}
