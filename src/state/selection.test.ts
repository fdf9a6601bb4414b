import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampYear, normaliseSelection } from './selection';

describe('normaliseSelection', () => {
  it('fills what is missing with the defaults', () => {
    expect(normaliseSelection({})).toEqual({
      year: 2025,
      country: null,
      event: null,
      frame: 'region',
      tab: 'map',
      org: null,
      story: null,
      step: 0,
    });
  });

  it('keeps valid values and drops malformed ones', () => {
    expect(
      normaliseSelection({
        year: 2013.4,
        country: 'FRA',
        event: 'a-b',
        frame: 'world',
        tab: 'list',
      }),
    ).toMatchObject({ year: 2013, country: 'FRA', event: 'a-b', frame: 'world', tab: 'list' });
    expect(
      normaliseSelection({
        country: 'fra',
        event: 'Bad Id',
        org: '<b>',
        story: 'x'.repeat(81),
        step: -3,
        // Values from outside the types: a link or a host page can send anything.
        frame: 'moon' as 'world',
        tab: 'globe' as 'map',
      }),
    ).toMatchObject({
      country: null,
      event: null,
      org: null,
      story: null,
      step: 0,
      frame: 'region',
      tab: 'map',
    });
  });

  it('always gives a year within 1960–2025, whatever it is given', () => {
    fc.assert(
      fc.property(fc.double(), (year) => {
        const clamped = clampYear(year);
        return Number.isInteger(clamped) && clamped >= 1960 && clamped <= 2025;
      }),
    );
  });

  it('is idempotent', () => {
    const once = normaliseSelection({ year: 3000, country: 'SEN', step: 2.7 });
    expect(normaliseSelection(once)).toEqual(once);
  });
});
