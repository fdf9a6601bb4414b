import { describe, expect, it } from 'vitest';
import { buildAtlasIndex } from '../data/atlasIndex';
import type { Source } from '../data/schemas';
import { testEvent, testFrance, testSource } from '../test/sources';
import { viewSources, viewTitle } from './viewCitation';

const source = (id: string): Source => ({ ...testSource, id });
const serval = testEvent({
  id: 'operation-serval-launched',
  date: '2013-01-11',
  title: { en: 'France launches Operation Serval', fr: 'La France lance l’opération Serval' },
  countries: ['FRA', 'MLI'],
  sources: [source('rfi'), source('shared')],
});
const minusma = testEvent({
  id: 'unsc-establishes-minusma',
  date: '2013-04-25',
  sources: [source('un')],
});
const france = testFrance({
  since: [source('since')],
  period: [source('shared'), source('period')],
});
const index = buildAtlasIndex(
  { events: [serval, minusma] },
  { countries: [france], historicalCodes: [] },
  { organisations: [], presences: [], eras: [] },
);

describe('viewTitle', () => {
  it('names the year and what is selected, in the reader’s language', () => {
    const view = { year: 2013, country: 'FRA', event: null };
    expect(viewTitle(index, view, 'en')).toBe('Relations with Mali, end of 2013: France');
    expect(viewTitle(index, view, 'fr')).toBe('Relations avec le Mali, fin 2013 : France');
    expect(viewTitle(index, { year: 2013, country: null, event: null }, 'en')).toBe(
      'Relations with Mali, end of 2013',
    );
    expect(
      viewTitle(index, { year: 2013, country: 'FRA', event: 'operation-serval-launched' }, 'en'),
    ).toBe('Relations with Mali, end of 2013: France — France launches Operation Serval');
  });
});

describe('viewSources', () => {
  it('gives the sources of the facts on screen, each once', () => {
    const ids = (view: Parameters<typeof viewSources>[1]) =>
      viewSources(index, view).map((s) => s.id);
    expect(ids({ year: 2013, country: 'FRA', event: null })).toEqual([
      'since',
      'shared',
      'period',
      'rfi',
    ]);
    expect(ids({ year: 2013, country: null, event: null })).toEqual(['rfi', 'shared', 'un']);
    expect(ids({ year: 2013, country: null, event: 'unsc-establishes-minusma' })).toEqual(['un']);
  });
});
