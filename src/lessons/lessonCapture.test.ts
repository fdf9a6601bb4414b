import { describe, expect, it } from 'vitest';
import { captureStep, stepShows, stepView } from './lessonCapture';

const view = {
  year: 2013,
  country: 'FRA',
  event: 'operation-serval-launched',
  frame: 'world',
  org: 'G5S',
} as const;

describe('captureStep and stepView', () => {
  it('restores exactly the view it captured', () => {
    const step = captureStep(view, { en: 'Serval' });
    expect(step).toEqual({ ...view, caption: { en: 'Serval' } });
    expect(stepView(step)).toEqual(view);
    expect(stepShows(step, view)).toBe(true);
  });

  it('leaves out what the view does not name, and restores it as cleared', () => {
    const step = captureStep({
      year: 1960,
      country: null,
      event: null,
      frame: 'region',
      org: null,
    });
    expect(step).toEqual({ year: 1960, frame: 'region', caption: {} });
    expect(stepView({ year: 2013, event: 'operation-serval-launched' })).toEqual({
      year: 2013,
      country: null,
      event: 'operation-serval-launched',
      frame: 'region',
      org: null,
    });
  });

  it('tells a different view apart', () => {
    const step = captureStep(view);
    expect(stepShows(step, { ...view, year: 2014 })).toBe(false);
    expect(stepShows(step, { ...view, org: null })).toBe(false);
  });
});
