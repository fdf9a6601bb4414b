/**
 * The unit tests run fourteen hours ahead of UTC (src/test/timeZoneSetup.ts), so a date read or
 * written in local time lands on the wrong day and fails for everyone, wherever they are (the
 * end-to-end tests run behind UTC for the other side). This fails if the setting ever stops
 * reaching the tests, even for a date made as a module loads.
 */
import { describe, expect, it } from 'vitest';

/** 11 January 2013 (Operation Serval), after Kiritimati moved to UTC+14 in 1995. */
const SERVAL = Date.UTC(2013, 0, 11);
const OFFSET_AT_LOAD = new Date(SERVAL).getTimezoneOffset();

describe('the unit tests’ time zone', () => {
  it('is Pacific/Kiritimati, fourteen hours ahead of UTC, from the moment a module loads', () => {
    expect(OFFSET_AT_LOAD).toBe(-14 * 60);
    expect(new Date(SERVAL).getTimezoneOffset()).toBe(-14 * 60);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('Pacific/Kiritimati');
  });
});
