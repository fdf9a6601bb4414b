import { describe, expect, it } from 'vitest';
import { describeFirstIssue } from './dataFiles';
import { testSource } from '../test/sources';
import {
  catalogueSourceSchema,
  eventsFileSchema,
  eventSchema,
  isCalendarDate,
  periodSchema,
  relationPeriodSchema,
  storySchema,
} from './schemas';

const valid = {
  id: 'operation-serval-launched',
  date: '2013-01-11',
  precision: 'day',
  category: 'security',
  title: { en: 'Operation Serval launched', fr: 'Lancement de l’opération Serval' },
  summary: { en: 'France intervenes.', fr: 'La France intervient.' },
  countries: ['FRA', 'MLI'],
  organisations: [],
  sources: [testSource],
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
    ['a javascript: URL', { sources: [{ ...testSource, url: 'javascript:alert(1)' }] }],
    ['a seed cited by file name', { sources: [{ seed: '002_64390846e9d035b2.txt' }] }],
    ['a source without a kind', { sources: [{ ...testSource, kind: 'blog' }] }],
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

describe('storySchema', () => {
  const step = {
    year: 2013,
    event: 'operation-serval-launched',
    caption: { en: 'France launched Operation Serval.', fr: 'La France lance l’opération Serval.' },
    sources: [testSource],
  };
  const story = {
    id: 'a-story',
    title: { en: 'A story', fr: 'Un récit' },
    description: { en: 'd', fr: 'd' },
    steps: [step, step, step],
  };
  it('accepts a valid story', () => {
    expect(storySchema.safeParse(story).success).toBe(true);
  });
  it.each([
    ['fewer than three steps', { steps: [step] }],
    ['a step outside 1960-2025', { steps: [step, step, { ...step, year: 2030 }] }],
    [
      'a step without a caption in French',
      { steps: [step, step, { ...step, caption: { en: 'x' } }] },
    ],
    ['a step without sources', { steps: [step, step, { ...step, sources: [] }] }],
    ['a step with an unknown field', { steps: [step, step, { ...step, zoom: 3 }] }],
  ])('rejects %s', (_, change) => {
    expect(storySchema.safeParse({ ...story, ...change }).success).toBe(false);
  });
});

describe('catalogueSourceSchema', () => {
  const entry = catalogueSourceSchema.parse(testSource);
  it('accepts an entry', () => {
    expect(catalogueSourceSchema.safeParse(entry).success).toBe(true);
  });
  it.each([
    ['an unknown kind', { kind: 'blog' }],
    ['a language that is not a code', { language: 'French' }],
    ['a read date that is not a day', { accessed: '2026-12' }],
    ['a missing publisher', { publisher: '' }],
  ])('rejects %s', (_, change) => {
    expect(catalogueSourceSchema.safeParse({ ...entry, ...change }).success).toBe(false);
  });
});

describe('periods and memberships', () => {
  const period = {
    status: 'tense',
    from: '2022-01-31',
    reason: { en: 'r', fr: 'r' },
    certainty: 'inferred',
    note: { en: 'n', fr: 'n' },
    sources: [testSource],
  };
  it('carry certainty, a note when inferred, and sources', () => {
    expect(relationPeriodSchema.safeParse(period).success).toBe(true);
    expect(relationPeriodSchema.safeParse({ ...period, note: undefined }).success).toBe(false);
    expect(relationPeriodSchema.safeParse({ ...period, certainty: undefined }).success).toBe(false);
    const membership = { from: '1962', certainty: 'verified', sources: [testSource] };
    expect(periodSchema.safeParse(membership).success).toBe(true);
    expect(periodSchema.safeParse({ ...membership, sources: [] }).success).toBe(false);
    expect(periodSchema.safeParse({ ...membership, certainty: 'inferred' }).success).toBe(false);
  });
});
