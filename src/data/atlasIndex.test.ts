import { describe, expect, it } from 'vitest';
import {
  buildAtlasIndex,
  countryNameAt,
  eventsInYear,
  membersAt,
  statusAt,
  statusesByCountry,
} from './atlasIndex';
import type { AtlasEvent, Country } from './schemas';
import { testSource, testUkrainePeriods } from '../test/sources';

const source = [testSource];

const country = (iso3: string, extra: Partial<Country> = {}): Country => ({
  iso3,
  name: { en: iso3, fr: iso3 },
  neighbour: false,
  historicalNames: [],
  periods: [],
  ...extra,
});

const ukraine = country('UKR', {
  relationsSince: {
    date: '1992-11-05',
    precision: 'day',
    certainty: 'inferred',
    note: { en: 'n', fr: 'n' },
    sources: source,
  },
  periods: testUkrainePeriods(),
});

describe('statusAt', () => {
  it('reads the period in force at the end of the year', () => {
    expect(statusAt(ukraine, 1991)).toBe('none');
    expect(statusAt(ukraine, 1992)).toBe('established');
    expect(statusAt(ukraine, 2023)).toBe('established');
    expect(statusAt(ukraine, 2024)).toBe('severed');
    expect(statusAt(ukraine, 2025)).toBe('severed');
  });

  it('falls back on the relations date, then on "unknown"', () => {
    const cyprus = country('CYP', {
      relationsSince: {
        date: '1990-01-26',
        precision: 'day',
        certainty: 'verified',
        sources: source,
      },
    });
    expect(statusAt(cyprus, 1989)).toBe('none');
    expect(statusAt(cyprus, 1990)).toBe('established');
    expect(statusAt(country('NER'), 1990)).toBe('unknown');
    const denmark = country('DNK', {
      periods: [
        {
          status: 'tense',
          certainty: 'verified',
          from: '2022-01',
          reason: { en: 'r', fr: 'r' },
          sources: source,
        },
      ],
    });
    expect(statusAt(denmark, 2021)).toBe('unknown');
    expect(statusAt(denmark, 2022)).toBe('tense');
    expect(statusAt(undefined, 1990)).toBe('unknown');
    expect(statusAt(country('MLI'), 1990)).toBe('mali');
  });

  it('reads a year-precision date as the start of that year', () => {
    const mauritania = country('MRT', {
      relationsSince: { date: '1963', precision: 'year', certainty: 'verified', sources: source },
    });
    expect(statusAt(mauritania, 1962)).toBe('none');
    expect(statusAt(mauritania, 1963)).toBe('established');
  });
});

describe('countryNameAt', () => {
  const burkina = country('BFA', {
    name: { en: 'Burkina Faso', fr: 'Burkina Faso' },
    historicalNames: [
      { name: { en: 'Upper Volta', fr: 'Haute-Volta' }, until: '1984-08-04', sources: source },
    ],
  });
  it('uses the historical name before the renaming', () => {
    expect(countryNameAt(burkina, '1984-08-03').en).toBe('Upper Volta');
    expect(countryNameAt(burkina, '1984-08-04').en).toBe('Burkina Faso');
  });
  it('names Russia USSR before 26 December 1991', () => {
    const russia = country('RUS', { name: { en: 'Russia', fr: 'Russie' } });
    const codes = [
      { code: 'SUN', shape: 'RUS', name: { en: 'USSR', fr: 'URSS' }, until: '1991-12-26' },
    ];
    expect(countryNameAt(russia, '1991-12-25', codes).fr).toBe('URSS');
    expect(countryNameAt(russia, '1991-12-26', codes).en).toBe('Russia');
  });
});

describe('buildAtlasIndex', () => {
  const event = (id: string, date: string, countries: string[]): AtlasEvent => ({
    id,
    date,
    precision: date.length === 4 ? 'year' : 'day',
    category: 'diplomacy',
    title: { en: id, fr: id },
    summary: { en: id, fr: id },
    countries,
    organisations: [],
    sources: source,
    certainty: 'verified',
  });
  it('groups events by year in date order and maps statuses', () => {
    const index = buildAtlasIndex(
      { events: [event('b', '1960-10-14', ['SUN', 'MLI']), event('a', '1960', ['MLI'])] },
      { countries: [country('MLI'), ukraine], historicalCodes: [] },
      { organisations: [], presences: [], eras: [] },
    );
    expect(eventsInYear(index, 1960).map((e) => e.id)).toEqual(['a', 'b']);
    expect(eventsInYear(index, 1961)).toEqual([]);
    expect(statusesByCountry(index, 2024).get('UKR')).toBe('severed');
  });
});

describe('membersAt', () => {
  const index = buildAtlasIndex(
    { events: [] },
    { countries: [], historicalCodes: [] },
    {
      organisations: [
        {
          id: 'G5S',
          name: { en: 'G5 Sahel', fr: 'G5 Sahel' },
          acronym: { en: 'G5 Sahel', fr: 'G5 Sahel' },
          maliMembership: [
            { from: '2014-02-16', to: '2022-05-15', certainty: 'verified', sources: source },
          ],
          maliSuspensions: [],
          members: [
            {
              iso3: 'MLI',
              periods: [
                { from: '2014-02-16', to: '2022-05-15', certainty: 'verified', sources: source },
              ],
            },
            {
              iso3: 'TCD',
              periods: [{ from: '2014-02-16', certainty: 'verified', sources: source }],
            },
          ],
          sources: source,
        },
      ],
      presences: [],
      eras: [],
    },
  );
  it('lists the members at the end of the year', () => {
    expect(membersAt(index, 'G5S', 2013)).toEqual([]);
    expect(membersAt(index, 'G5S', 2016)).toEqual(['MLI', 'TCD']);
    expect(membersAt(index, 'G5S', 2022)).toEqual(['TCD']);
    expect(membersAt(index, 'NOPE', 2016)).toEqual([]);
  });
});
