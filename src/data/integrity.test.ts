import { describe, expect, it } from 'vitest';
import { testSource, testUkrainePeriods } from '../test/sources';
import { checkIntegrity } from './integrity';
import type { AtlasEvent, ContextFile, CountriesFile } from './schemas';

const source = [testSource];
const event = (id: string, date: string, countries: string[] = ['MLI']): AtlasEvent => ({
  id,
  date,
  precision: 'day',
  category: 'regional',
  title: { en: id, fr: id },
  summary: { en: id, fr: id },
  countries,
  organisations: [],
  sources: source,
  certainty: 'verified',
});
const countries: CountriesFile = {
  countries: [
    {
      iso3: 'MLI',
      name: { en: 'Mali', fr: 'Mali' },
      neighbour: false,
      historicalNames: [],
      periods: [],
    },
    {
      iso3: 'UKR',
      name: { en: 'Ukraine', fr: 'Ukraine' },
      neighbour: false,
      historicalNames: [],
      periods: testUkrainePeriods('ukraine-severed'),
    },
  ],
  historicalCodes: [],
};
const context = (to: string): ContextFile => ({
  organisations: [
    {
      id: 'G5S',
      name: { en: 'G5 Sahel', fr: 'G5 Sahel' },
      acronym: { en: 'G5 Sahel', fr: 'G5 Sahel' },
      maliMembership: [{ from: '2014-02-16', to, certainty: 'verified', sources: source }],
      maliSuspensions: [],
      members: [],
      endEvent: 'g5-exit',
      sources: source,
    },
  ],
  presences: [],
  eras: [],
});
const events = [
  event('ukraine-severed', '2024-08-04', ['MLI', 'UKR']),
  event('g5-exit', '2022-05-15'),
];

describe('checkIntegrity', () => {
  it('passes consistent data', () => {
    expect(checkIntegrity({ events, countries, context: context('2022-05-15') })).toEqual([]);
  });

  it('names duplicate ids, unknown codes, bad references and a membership end that disagrees', () => {
    const problems = checkIntegrity({
      events: [...events, event('g5-exit', '2022-05-15', ['ZZZ']), event('too-late', '2031-01-01')],
      countries,
      context: context('2022-06-01'),
      shapeCodes: new Set(['MLI']),
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'events: record "g5-exit": duplicate id',
        'events: record "g5-exit", field "countries": unknown country code "ZZZ"',
        'events: record "too-late", field "date": outside 1960-2025',
        'countries: record "UKR": no shape in the bundled geometry',
        expect.stringMatching(
          /organisations: record "G5S", field "maliMembership": ends 2022-06-01/,
        ),
      ]),
    );
  });

  it('finds overlapping periods', () => {
    const broken = structuredClone(countries);
    const ukraine = broken.countries[1];
    if (ukraine?.periods[1]) ukraine.periods[1].from = '2020-01-01';
    expect(checkIntegrity({ events, countries: broken, context: context('2022-05-15') })).toEqual([
      'countries: record "UKR", field "periods.1": overlaps or precedes the previous period',
      'countries: record "UKR", field "periods.1": starts 2020-01-01 but event "ukraine-severed" is dated 2024-08-04',
    ]);
  });

  it('finds a gap between periods, and a period not tied to its event’s date', () => {
    const broken = structuredClone(countries);
    const ukraine = broken.countries[1];
    if (ukraine?.periods[1]) ukraine.periods[1].from = '2024-09-01';
    expect(checkIntegrity({ events, countries: broken, context: context('2022-05-15') })).toEqual([
      'countries: record "UKR", field "periods.1": leaves a gap after the previous period (2024-08-04 to 2024-09-01)',
      'countries: record "UKR", field "periods.1": starts 2024-09-01 but event "ukraine-severed" is dated 2024-08-04',
    ]);
  });

  it('finds overlapping memberships but lets sanctions overlap a suspension', () => {
    const ctx = context('2022-05-15');
    const g5 = ctx.organisations[0];
    if (!g5) throw new Error('fixture');
    g5.maliMembership.push({ from: '2020-01-01', certainty: 'verified', sources: source });
    const suspension = (from: string, to: string) => ({
      from,
      to,
      certainty: 'verified' as const,
      reason: { en: 'r', fr: 'r' },
      sources: source,
    });
    g5.maliSuspensions.push(
      suspension('2021-05-30', '2022-05-15'),
      suspension('2022-01-09', '2022-07-03'),
    );
    expect(checkIntegrity({ events, countries, context: ctx })).toEqual([
      'organisations: record "G5S", field "maliMembership.1": overlaps or precedes the previous period',
    ]);
  });
});
