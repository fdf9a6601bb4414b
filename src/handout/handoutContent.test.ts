import { describe, expect, it } from 'vitest';
import { buildAtlasIndex } from '../data/atlasIndex';
import type { Tour } from '../lessons/tour';
import { testEvent, testSource } from '../test/sources';
import { HANDOUT_MAX_EVENTS, handoutEvents, handoutSources } from './handoutContent';

const index = buildAtlasIndex(
  {
    events: [
      testEvent({ id: 'independence', date: '1960-09-22' }),
      testEvent({ id: 'serval', date: '2013-01-11', countries: ['FRA'] }),
      testEvent({ id: 'elections', date: '2013-07-28' }),
      testEvent({ id: 'barkhane-ends', date: '2022-08-15', countries: ['FRA'] }),
    ],
  },
  { countries: [], historicalCodes: [] },
  { organisations: [], presences: [], eras: [] },
);

const tour = (events: (string | undefined)[]): Tour => ({
  id: 'a-lesson',
  kind: 'lesson',
  title: { en: 'A lesson' },
  steps: events.map((event, i) => ({
    year: 2013 + i,
    ...(event ? { event } : {}),
    caption: {},
    sources: [],
  })),
});

describe('handoutEvents', () => {
  it('lists a tour’s events in its steps’ order, each once, whatever the view on screen', () => {
    const events = handoutEvents(index, {
      year: 1960,
      country: 'FRA',
      tour: tour(['barkhane-ends', undefined, 'serval', 'barkhane-ends']),
    });
    expect(events.map((e) => e.id)).toEqual(['barkhane-ends', 'serval']);
  });

  it('leaves out an event a lesson names that this atlas lacks', () => {
    const events = handoutEvents(index, {
      year: 2013,
      country: null,
      tour: tour(['serval', 'not-in-this-atlas']),
    });
    expect(events.map((e) => e.id)).toEqual(['serval']);
  });

  it('without a tour lists the country’s events, else the year’s', () => {
    expect(
      handoutEvents(index, { year: 2013, country: 'FRA', tour: undefined }).map((e) => e.id),
    ).toEqual(['serval', 'barkhane-ends']);
    expect(
      handoutEvents(index, { year: 2013, country: null, tour: undefined }).map((e) => e.id),
    ).toEqual(['serval', 'elections']);
  });

  it('stops at what fits two sheets', () => {
    const many = buildAtlasIndex(
      {
        events: Array.from({ length: HANDOUT_MAX_EVENTS + 5 }, (_, i) =>
          testEvent({ id: `e${String(i)}`, date: '2013-01-01' }),
        ),
      },
      { countries: [], historicalCodes: [] },
      { organisations: [], presences: [], eras: [] },
    );
    const long = tour(many.events.map((e) => e.id));
    expect(handoutEvents(many, { year: 2013, country: null, tour: long })).toHaveLength(
      HANDOUT_MAX_EVENTS,
    );
  });
});

describe('handoutSources', () => {
  it('gives each event its best source once, a first-hand one before an encyclopedia', () => {
    const wiki = { ...testSource, id: 'wiki', kind: 'encyclopedia' as const };
    const rfi = { ...testSource, id: 'rfi', kind: 'broadcaster' as const };
    const events = [
      testEvent({ id: 'a', date: '2013-01-11', sources: [wiki, rfi] }),
      testEvent({ id: 'b', date: '2013-01-12', sources: [rfi] }),
      testEvent({ id: 'c', date: '2013-01-13', sources: [wiki] }),
    ];
    expect(handoutSources(events).map((s) => s.id)).toEqual(['rfi', 'wiki']);
  });
});
