import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  breakX,
  createTimeScale,
  dateToYear,
  FOCUS_SHARE,
  FOCUS_START,
  FULL_DOMAIN,
  isFullDomain,
  MIN_SPAN_YEARS,
  panDomain,
  unwarpYear,
  warpYear,
  yearToDate,
  zoomDomain,
  type YearDomain,
} from './focusScale';

const WIDTH = 1000;
const xOf = (domain: YearDomain, year: number) => createTimeScale(domain, WIDTH)(yearToDate(year));
const yearAt = (domain: YearDomain, x: number) =>
  dateToYear(createTimeScale(domain, WIDTH).invert(x));

/** A visible domain anywhere in the data, at least MIN_SPAN_YEARS wide. */
const domains = fc
  .tuple(
    fc.double({ min: 1960, max: 2026, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  )
  .map(([a, t]): YearDomain => {
    const start = Math.min(a, FULL_DOMAIN[1] - MIN_SPAN_YEARS);
    return [start, start + MIN_SPAN_YEARS + t * (FULL_DOMAIN[1] - MIN_SPAN_YEARS - start)];
  });

describe('the warp', () => {
  it('gives the years from 2012 their share of the full width', () => {
    expect(breakX(FULL_DOMAIN, WIDTH)).toBeCloseTo(WIDTH * (1 - FOCUS_SHARE));
    expect(xOf(FULL_DOMAIN, FOCUS_START)).toBeCloseTo(WIDTH * (1 - FOCUS_SHARE));
    // About four times the room per year after the break as before it.
    const before = xOf(FULL_DOMAIN, 1991) - xOf(FULL_DOMAIN, 1990);
    const after = xOf(FULL_DOMAIN, 2021) - xOf(FULL_DOMAIN, 2020);
    expect(after / before).toBeGreaterThan(3.5);
  });

  it('is monotone and inverts exactly at the ends', () => {
    expect(unwarpYear(0)).toBe(1960);
    expect(unwarpYear(1)).toBe(2026);
    fc.assert(
      fc.property(fc.double({ min: 1960, max: 2026, noNaN: true }), (year) => {
        expect(unwarpYear(warpYear(year))).toBeCloseTo(year, 9);
        expect(warpYear(year + 0.01)).toBeGreaterThan(warpYear(year));
      }),
    );
  });

  it('draws any domain monotonically, x → year → x round trip, the break where the warp says', () => {
    fc.assert(
      fc.property(domains, fc.double({ min: 0, max: WIDTH, noNaN: true }), (domain, x) => {
        expect(xOf(domain, domain[0])).toBeCloseTo(0, 6);
        expect(xOf(domain, domain[1])).toBeCloseTo(WIDTH, 6);
        expect(xOf(domain, yearAt(domain, x))).toBeCloseTo(x, 4);
        expect(xOf(domain, yearAt(domain, x) + 0.001)).toBeGreaterThan(x);
        const bx = breakX(domain, WIDTH);
        if (bx === null) expect(domain[0] >= FOCUS_START || domain[1] <= FOCUS_START).toBe(true);
        else expect(xOf(domain, FOCUS_START)).toBeCloseTo(bx, 6);
      }),
    );
  });

  it('keeps one ratio of pixels per year across the break at every zoom', () => {
    const ratio = (domain: YearDomain) =>
      (xOf(domain, 2013) - xOf(domain, 2012)) / (xOf(domain, 2011) - xOf(domain, 2010));
    expect(ratio([2000, 2020])).toBeCloseTo(ratio(FULL_DOMAIN), 6);
  });
});

describe('zoom and pan', () => {
  it('zooms around the focus, keeping the year under the pointer, and never beyond the data', () => {
    fc.assert(
      fc.property(
        domains,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.3, max: 3, noNaN: true }),
        (domain, t, factor) => {
          const focus = domain[0] + t * (domain[1] - domain[0]);
          const x = xOf(domain, focus);
          const next = zoomDomain(domain, focus, factor);
          expect(next[0]).toBeGreaterThanOrEqual(FULL_DOMAIN[0]);
          expect(next[1]).toBeLessThanOrEqual(FULL_DOMAIN[1]);
          expect(next[1] - next[0]).toBeGreaterThanOrEqual(MIN_SPAN_YEARS - 1e-9);
          const clamped = next[0] === FULL_DOMAIN[0] || next[1] === FULL_DOMAIN[1];
          const floored = Math.abs(next[1] - next[0] - MIN_SPAN_YEARS) < 1e-9;
          if (!clamped && !floored) expect(xOf(next, focus)).toBeCloseTo(x, 4);
        },
      ),
    );
  });

  it('zooms out to the full domain, and in no deeper than MIN_SPAN_YEARS', () => {
    const zoomed = zoomDomain(FULL_DOMAIN, 1990, 0.5);
    expect(zoomed[0]).toBeLessThan(1990);
    expect(zoomed[1]).toBeGreaterThan(1990);
    expect(zoomDomain(zoomed, 1990, 10)).toEqual(FULL_DOMAIN);
    expect(isFullDomain(zoomDomain(zoomed, 1990, 10))).toBe(true);
    const deep = zoomDomain(FULL_DOMAIN, 2000, 0.001);
    expect(deep[1] - deep[0]).toBeCloseTo(MIN_SPAN_YEARS, 9);
  });

  it('pans with the pointer: the year under it moves by the pixels dragged, across the break', () => {
    const domain: YearDomain = [2000, 2016];
    const year = yearAt(domain, 600);
    const next = panDomain(domain, -100, WIDTH);
    expect(xOf(next, year)).toBeCloseTo(700, 4);
    expect(panDomain(domain, -1e6, WIDTH)[0]).toBe(1960);
    expect(panDomain(domain, 1e6, WIDTH)[1]).toBeCloseTo(2026, 9);
  });
});
