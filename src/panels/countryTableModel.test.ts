import { describe, expect, it } from 'vitest';
import { filterRows, sortRows, type CountryRow } from './countryTableModel';

const rows: CountryRow[] = [
  {
    iso3: 'UKR',
    name: 'Ukraine',
    status: 'severed',
    since: '1992-11-05',
    events: 1,
    neighbour: false,
  },
  {
    iso3: 'FRA',
    name: 'France',
    status: 'tense',
    since: '1960-09-26',
    events: 20,
    neighbour: false,
  },
  { iso3: 'NER', name: 'Niger', status: 'close', since: null, events: 12, neighbour: true },
];

describe('country table', () => {
  it('filters by name, code and status', () => {
    expect(filterRows(rows, 'fr', 'all').map((r) => r.iso3)).toEqual(['FRA']);
    expect(filterRows(rows, 'ner', 'all').map((r) => r.iso3)).toEqual(['NER']);
    expect(filterRows(rows, '', 'severed').map((r) => r.iso3)).toEqual(['UKR']);
  });

  it('sorts by each column, both ways', () => {
    expect(sortRows(rows, 'name', 'ascending', 'en').map((r) => r.iso3)).toEqual([
      'FRA',
      'NER',
      'UKR',
    ]);
    expect(sortRows(rows, 'events', 'descending', 'en').map((r) => r.iso3)).toEqual([
      'FRA',
      'NER',
      'UKR',
    ]);
    expect(sortRows(rows, 'since', 'ascending', 'en').map((r) => r.iso3)).toEqual([
      'FRA',
      'UKR',
      'NER',
    ]);
    expect(sortRows(rows, 'status', 'ascending', 'en').map((r) => r.iso3)).toEqual([
      'NER',
      'FRA',
      'UKR',
    ]);
  });

  // Issue #15: a missing value is not a value at one end of the scale; it goes last both ways.
  it('puts countries with no known date last, whichever the direction', () => {
    expect(sortRows(rows, 'since', 'ascending', 'en').map((r) => r.iso3)).toEqual([
      'FRA',
      'UKR',
      'NER',
    ]);
    expect(sortRows(rows, 'since', 'descending', 'en').map((r) => r.iso3)).toEqual([
      'UKR',
      'FRA',
      'NER',
    ]);
  });

  it('puts countries whose status is not characterised last, whichever the direction', () => {
    const withUnknown: CountryRow[] = [
      ...rows,
      {
        iso3: 'ATA',
        name: 'Antarctica',
        status: 'unknown',
        since: null,
        events: 0,
        neighbour: false,
      },
    ];
    expect(sortRows(withUnknown, 'status', 'ascending', 'en').map((r) => r.iso3)).toEqual([
      'NER',
      'FRA',
      'UKR',
      'ATA',
    ]);
    expect(sortRows(withUnknown, 'status', 'descending', 'en').map((r) => r.iso3)).toEqual([
      'UKR',
      'FRA',
      'NER',
      'ATA',
    ]);
  });
});
