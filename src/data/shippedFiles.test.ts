import { describe, expect, it } from 'vitest';
import { checkShippedFiles, sameJson } from './shippedFiles';

const event = {
  id: 'operation-serval-launched',
  date: '2013-01-11',
  precision: 'day',
  category: 'security',
  title: { en: 'Operation Serval launched', fr: 'Lancement de l’opération Serval' },
  summary: { en: 'France intervenes.', fr: 'La France intervient.' },
  countries: ['FRA', 'MLI'],
  organisations: [],
  sources: [{ source: '0', locator: 'para. 2' }],
  certainty: 'verified',
};
const country = {
  iso3: 'FRA',
  name: { en: 'France', fr: 'France' },
  neighbour: false,
  historicalNames: [],
  periods: [],
};
const collection = { type: 'FeatureCollection', features: [] };

/** The seven files as the build writes them, each changed by `change`. */
function shipped(change: Record<string, unknown> = {}): Map<string, string> {
  const files: Record<string, unknown> = {
    'sources.json': {
      sources: [{ title: 'A', publisher: 'Example', kind: 'newspaper', language: 'en' }],
    },
    'events.json': { events: [event] },
    'countries.json': { countries: [country], historicalCodes: [] },
    'context.json': { organisations: [], presences: [], eras: [] },
    'stories.json': { stories: [] },
    'shapes.json': collection,
    'labels.json': collection,
    ...change,
  };
  return new Map(Object.entries(files).map(([name, value]) => [name, JSON.stringify(value)]));
}

describe('checkShippedFiles', () => {
  it('passes files that read back unchanged through the page’s schemas', () => {
    expect(checkShippedFiles(shipped())).toEqual({
      passed: [
        'sources.json',
        'events.json',
        'countries.json',
        'context.json',
        'stories.json',
        'shapes.json',
        'labels.json',
      ],
      problems: [],
    });
  });

  it('refuses a file its schema would change, so the page parses it as before', () => {
    const withoutPeriods = Object.fromEntries(
      Object.entries(country).filter(([key]) => key !== 'periods'),
    );
    const { passed, problems } = checkShippedFiles(
      shipped({ 'countries.json': { countries: [withoutPeriods], historicalCodes: [] } }),
    );
    expect(passed).not.toContain('countries.json');
    expect(problems).toEqual([expect.stringMatching(/^countries\.json: its schema changes it/)]);
  });

  it('refuses a file with an invalid record or an unknown source', () => {
    const { passed, problems } = checkShippedFiles(
      shipped({
        'events.json': { events: [{ ...event, date: '2013-02-30' }] },
        'stories.json': {
          stories: [{ id: 'x', title: event.title, description: event.title, steps: [] }],
        },
        'context.json': {
          organisations: [],
          presences: [],
          eras: [
            {
              id: 'era',
              name: event.title,
              from: '1960',
              sources: [{ source: '7' }],
            },
          ],
        },
      }),
    );
    expect(passed).not.toContain('events.json');
    expect(passed).not.toContain('stories.json');
    expect(passed).not.toContain('context.json');
    expect(problems).toContain(
      'context.json: record "era", field "sources.0": unknown source id "7"',
    );
    expect(problems.some((p) => p.startsWith('events.json: does not pass its schema'))).toBe(true);
  });

  it('passes no citing file when the catalogue fails', () => {
    const { passed } = checkShippedFiles(shipped({ 'sources.json': { sources: [{ title: '' }] } }));
    expect(passed).toEqual(['shapes.json', 'labels.json']);
  });
});

describe('sameJson', () => {
  it('ignores the order of keys, not of items', () => {
    expect(sameJson({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(true);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJson({ a: '1' }, { a: 1 })).toBe(false);
    expect(sameJson({}, [])).toBe(false);
  });
});
