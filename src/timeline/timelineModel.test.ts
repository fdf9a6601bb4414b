import { describe, expect, it } from 'vitest';
import type { AtlasEvent, EventCategory } from '../data/schemas';
import { createTimeScale, FULL_DOMAIN, yearToDate } from './focusScale';
import {
  type EventMark,
  type LaneMark,
  keyToYear,
  laneNeed,
  layoutLanes,
  positionEvents,
  splitBursts,
  xToYear,
  yearToX,
} from './timelineModel';
import { testSource } from '../test/sources';

const event = (
  id: string,
  date: string,
  category: AtlasEvent['category'] = 'politics',
): AtlasEvent => ({
  id,
  date,
  precision: 'day',
  category,
  title: { en: id, fr: id },
  summary: { en: 's', fr: 's' },
  countries: ['MLI'],
  organisations: [],
  sources: [testSource],
  certainty: 'verified',
});

describe('x and year', () => {
  const scale = createTimeScale(FULL_DOMAIN, 660);

  it('maps the ends of the axis to the first and last years', () => {
    expect(xToYear(scale, 0)).toBe(1960);
    expect(xToYear(scale, 659.9)).toBe(2025);
  });

  it('clamps outside the axis', () => {
    expect(xToYear(scale, -50)).toBe(1960);
    expect(xToYear(scale, 5000)).toBe(2025);
  });

  it('snaps to the year band under x and places the handle mid-band, on both sides of 2012', () => {
    for (const year of [1985, 2011, 2012, 2020]) {
      const start = scale(yearToDate(year));
      const end = scale(yearToDate(year + 1));
      const x = yearToX(scale, year);
      expect(x).toBeCloseTo((start + end) / 2, 1);
      expect(xToYear(scale, x)).toBe(year);
      expect(xToYear(scale, start + 0.01)).toBe(year);
      expect(xToYear(scale, end - 0.01)).toBe(year);
      expect(xToYear(scale, end + 0.01)).toBe(year + 1);
    }
  });
});

describe('keyToYear', () => {
  it('follows the WAI-ARIA slider keys and clamps', () => {
    expect(keyToYear('ArrowRight', 2000)).toBe(2001);
    expect(keyToYear('ArrowLeft', 2000)).toBe(1999);
    expect(keyToYear('PageUp', 2000)).toBe(2010);
    expect(keyToYear('PageDown', 1965)).toBe(1960);
    expect(keyToYear('Home', 2000)).toBe(1960);
    expect(keyToYear('End', 2000)).toBe(2025);
    expect(keyToYear('PageUp', 2020)).toBe(2025);
    expect(keyToYear('a', 2000)).toBeNull();
  });
});

const eventMarks = (marks: readonly LaneMark[] | undefined): EventMark[] =>
  (marks ?? []).filter((m): m is EventMark => m.kind === 'event');

const lanesOf = (events: readonly AtlasEvent[], maxRows: number, titleEnd = -100) => {
  const scale = createTimeScale(FULL_DOMAIN, 660);
  return layoutLanes(positionEvents(events, scale), scale, () => ({ maxRows, titleEnd }));
};

describe('layoutLanes', () => {
  it('puts each event in its category lane', () => {
    const lanes = lanesOf([event('a', '1960-06-20'), event('b', '2013-01-11', 'security')], 2);
    expect(eventMarks(lanes.get('politics')).map((m) => m.event.id)).toEqual(['a']);
    expect(eventMarks(lanes.get('security')).map((m) => m.event.id)).toEqual(['b']);
    expect(lanes.get('economy')).toEqual([]);
  });

  it('stacks close events in rows', () => {
    const marks = eventMarks(
      lanesOf(
        [event('a', '1970-06-20'), event('b', '1970-08-20'), event('c', '1990-01-01')],
        2,
      ).get('politics'),
    );
    expect(marks.map((m) => m.row)).toEqual([0, 1, 0]);
  });

  it("keeps the start of row 0 for the lane's title", () => {
    const marks = eventMarks(
      lanesOf([event('a', '1961-01-01'), event('b', '1990-01-01')], 2, 60).get('politics'),
    );
    expect(marks.map((m) => m.row)).toEqual([1, 0]);
  });

  it('gathers a burst that does not fit its rows into columns, clustering the crowded ones', () => {
    // Three events in the same fortnight cannot take one row each when only two are allowed.
    const events = [
      event('a', '1985-03-01'),
      event('b', '1985-03-05'),
      event('c', '1985-03-09'),
      event('d', '2000-01-01'),
    ];
    const marks = lanesOf(events, 2).get('politics') ?? [];
    expect(marks.map((m) => m.kind)).toEqual(['cluster', 'event']);
    const [cluster, lone] = marks;
    expect(cluster?.kind === 'cluster' && cluster.events.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(cluster?.kind === 'cluster' && Math.floor(cluster.focus)).toBe(1985);
    expect(lone?.kind === 'event' && lone.event.id).toBe('d');
    // The other lanes keep one mark per event.
    const other = lanesOf([...events, event('e', '1985-03-01', 'economy')], 2);
    expect(eventMarks(other.get('economy'))).toHaveLength(1);
  });

  it('clusters only the crowded burst: the quiet stretches of the lane keep their rows', () => {
    const events = [
      event('a', '1985-03-01'),
      event('b', '1985-03-05'),
      event('c', '1985-03-09'),
      event('d', '2000-01-01'),
      event('e', '2000-02-01'),
    ];
    const marks = lanesOf(events, 2).get('politics') ?? [];
    expect(marks.map((m) => m.kind)).toEqual(['cluster', 'event', 'event']);
    expect(eventMarks(marks).map((m) => m.row)).toEqual([0, 1]);
  });

  it('draws 10,000 events as at most one mark per column of each lane', () => {
    const categories = ['politics', 'regional', 'security', 'diplomacy', 'economy'] as const;
    const many = Array.from({ length: 10_000 }, (_, i) => {
      const day = Math.floor((i * 66 * 365) / 10_000);
      const date = new Date(Date.UTC(1960, 0, 1 + day)).toISOString().slice(0, 10);
      return event(`e${String(i)}`, date, categories[i % categories.length]);
    });
    const lanes = lanesOf(many, 8);
    const drawn = [...lanes.values()].reduce((sum, marks) => sum + marks.length, 0);
    expect(drawn).toBeLessThanOrEqual(5 * Math.ceil(660 / 8));
    const covered = [...lanes.values()]
      .flat()
      .reduce((sum, m) => sum + (m.kind === 'cluster' ? m.events.length : 1), 0);
    expect(covered).toBe(10_000);
  });
});

describe('laneNeed', () => {
  const scale = createTimeScale(FULL_DOMAIN, 660);
  const politics = (events: readonly AtlasEvent[]) =>
    positionEvents(events, scale).get('politics' satisfies EventCategory) ?? [];

  it('counts the rows of each burst, and stops counting at the cap', () => {
    const events = politics([
      event('a', '1985-03-01'),
      event('b', '1985-03-05'),
      event('c', '1985-03-09'),
      event('d', '2000-01-01'),
    ]);
    expect(splitBursts(events)).toHaveLength(2);
    expect(laneNeed(events, -100, 660, 10)).toEqual({
      minRows: 1,
      bursts: [
        { rows: 3, events: 3 },
        { rows: 1, events: 1 },
      ],
    });
    expect(laneNeed(events, -100, 660, 1).bursts[0]?.rows).toBe(2);
  });

  it("asks for a second row when a mark lies under the lane's title", () => {
    expect(laneNeed(politics([event('a', '1961-01-01')]), 60, 660, 10).minRows).toBe(2);
  });

  it('ignores bursts out of view', () => {
    const zoomed = createTimeScale([2000, 2010], 660);
    const events = positionEvents([event('a', '1985-03-01')], zoomed).get('politics') ?? [];
    expect(laneNeed(events, -100, 660, 10).bursts).toEqual([]);
  });
});
