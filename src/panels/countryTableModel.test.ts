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
});
