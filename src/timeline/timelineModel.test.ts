import { describe, expect, it } from 'vitest';
import type { AtlasEvent } from '../data/schemas';
import {
  createTimeScale,
  type EventMark,
  type LaneMark,
  FULL_DOMAIN,
  keyToYear,
  layoutLanes,
  panDomain,
  rowsUsed,
  xToYear,
  yearToX,
  zoomDomain,
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

  it('snaps to the year band under x and places the handle mid-band', () => {
    const x = yearToX(scale, 1985);
    expect(xToYear(scale, x)).toBe(1985);
    expect(xToYear(scale, x + 4.9)).toBe(1985);
    expect(xToYear(scale, x + 5.1)).toBe(1986);
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

describe('zoom and pan', () => {
  it('zooms around the focus and never beyond the data', () => {
    const zoomed = zoomDomain(FULL_DOMAIN, 1990, 0.5);
    expect(zoomed[1] - zoomed[0]).toBeCloseTo(33);
    expect(zoomed[0]).toBeLessThan(1990);
    expect(zoomed[1]).toBeGreaterThan(1990);
    expect(zoomDomain(zoomed, 1990, 10)).toEqual(FULL_DOMAIN);
    const deep = zoomDomain(FULL_DOMAIN, 2000, 0.001);
    expect(deep[1] - deep[0]).toBe(4);
  });

  it('pans and stops at the ends', () => {
    const zoomed = zoomDomain(FULL_DOMAIN, 1990, 0.5);
    expect(panDomain(zoomed, -100)[0]).toBe(1960);
    expect(panDomain(zoomed, 100)[1]).toBe(2026);
  });
});

const eventMarks = (marks: readonly LaneMark[] | undefined): EventMark[] =>
  (marks ?? []).filter((m): m is EventMark => m.kind === 'event');

describe('layoutLanes', () => {
  const scale = createTimeScale(FULL_DOMAIN, 660);

  it('puts each event in its category lane', () => {
    const lanes = layoutLanes(
      [event('a', '1960-06-20'), event('b', '2013-01-11', 'security')],
      scale,
      2,
      (e) => e.id,
    );
    expect(eventMarks(lanes.get('politics')).map((m) => m.event.id)).toEqual(['a']);
    expect(eventMarks(lanes.get('security')).map((m) => m.event.id)).toEqual(['b']);
    expect(lanes.get('economy')).toEqual([]);
  });

  it('stacks close events in rows and hides titles that would collide', () => {
    const marks = eventMarks(
      layoutLanes(
        [event('a', '1960-06-20'), event('b', '1960-08-20'), event('c', '1990-01-01')],
        scale,
        2,
        () => 'A long title that needs room',
      ).get('politics'),
    );
    expect(marks.map((m) => m.row)).toEqual([0, 1, 0]);
    expect(marks.map((m) => m.showTitle)).toEqual([true, true, true]);
    const crowded = eventMarks(
      layoutLanes(
        [event('a', '1960-06-20'), event('b', '1962-08-20'), event('c', '1964-01-01')],
        scale,
        1,
        () => 'A long title that needs room',
      ).get('politics'),
    );
    expect(crowded.map((m) => m.showTitle)).toEqual([false, false, true]);
  });

  it('gathers a lane that does not fit its rows into columns, clustering the crowded ones', () => {
    // Three events in the same fortnight cannot take one row each when only two are allowed.
    const events = [
      event('a', '1985-03-01'),
      event('b', '1985-03-05'),
      event('c', '1985-03-09'),
      event('d', '2000-01-01'),
    ];
    const marks = layoutLanes(events, scale, 2, (e) => e.id).get('politics') ?? [];
    expect(marks.map((m) => m.kind)).toEqual(['cluster', 'event']);
    const [cluster, lone] = marks;
    expect(cluster?.kind === 'cluster' && cluster.events.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(cluster?.kind === 'cluster' && Math.floor(cluster.focus)).toBe(1985);
    expect(lone?.kind === 'event' && lone.event.id).toBe('d');
    expect(rowsUsed(marks, 8)).toBe(8);
    // The other lanes keep one mark per event.
    const other = layoutLanes(
      [...events, event('e', '1985-03-01', 'economy')],
      scale,
      2,
      (e) => e.id,
    );
    expect(eventMarks(other.get('economy'))).toHaveLength(1);
  });

  it('draws 10,000 events as at most one mark per column of each lane', () => {
    const categories = ['politics', 'regional', 'security', 'diplomacy', 'economy'] as const;
    const many = Array.from({ length: 10_000 }, (_, i) => {
      const day = Math.floor((i * 66 * 365) / 10_000);
      const date = new Date(Date.UTC(1960, 0, 1 + day)).toISOString().slice(0, 10);
      return event(`e${String(i)}`, date, categories[i % categories.length]);
    });
    const lanes = layoutLanes(many, scale, 8, (e) => e.id);
    const drawn = [...lanes.values()].reduce((sum, marks) => sum + marks.length, 0);
    expect(drawn).toBeLessThanOrEqual(5 * Math.ceil(660 / 8));
    const covered = [...lanes.values()]
      .flat()
      .reduce((sum, m) => sum + (m.kind === 'cluster' ? m.events.length : 1), 0);
    expect(covered).toBe(10_000);
  });
});
