import { describe, expect, it } from 'vitest';
import { describeFirstIssue } from './dataFiles';
import { eventsFileSchema, eventSchema, isCalendarDate } from './schemas';

const valid = {
  id: 'operation-serval-launched',
  date: '2013-01-11',
  precision: 'day',
  category: 'security',
  title: { en: 'Operation Serval launched', fr: 'Lancement de l’opération Serval' },
  summary: { en: 'France intervenes.', fr: 'La France intervient.' },
  countries: ['FRA', 'MLI'],
  organisations: [],
  sources: [
    { url: 'https://en.wikipedia.org/wiki/Operation_Serval', title: 'Wikipedia: Operation Serval' },
  ],
  certainty: 'verified',
};

describe('eventSchema', () => {
  it('accepts a valid event', () => {
    expect(eventSchema.safeParse(valid).success).toBe(true);
  });

  it.each([
    ['a date that does not exist', { date: '2013-02-30' }],
    ['a date not written to its precision', { precision: 'year' }],
    ['an unknown category', { category: 'sport' }],
    ['a missing French title', { title: { en: 'x' } }],
    ['no source', { sources: [] }],
    ['a javascript: URL', { sources: [{ url: 'javascript:alert(1)', title: 'x' }] }],
    ['a seed that is not a seed file name', { sources: [{ seed: 'notes.txt' }] }],
    ['a lowercase country code', { countries: ['fra'] }],
    ['an unknown organisation', { organisations: ['NATO'] }],
    ['an id that is not kebab-case', { id: 'Operation Serval' }],
    ['an inferred fact without a note', { certainty: 'inferred' }],
    ['an unknown field', { colour: 'red' }],
  ])('rejects %s', (_, change) => {
    expect(eventSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});

describe('isCalendarDate', () => {
  it('knows leap years and precisions', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('1984-08')).toBe(true);
    expect(isCalendarDate('1984-13')).toBe(false);
    expect(isCalendarDate('84')).toBe(false);
  });
});

describe('describeFirstIssue', () => {
  it('names the record by its id and the field', () => {
    const json = { events: [valid, { ...valid, id: 'broken-one', date: '2013-13-01' }] };
    const result = eventsFileSchema.safeParse(json);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(describeFirstIssue(json, result.error)).toMatch(/record "broken-one", field "date"/);
    }
  });
});
