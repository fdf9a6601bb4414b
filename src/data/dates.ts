/** Dates in the data are ISO strings written to their precision; all comparisons are in UTC. */

/** "1963" → "1963-01-01", "1970-12" → "1970-12-01": the first day the date can mean. */
export function startOfIsoDate(iso: string): string {
  const [y, m = '01', d = '01'] = iso.split('-');
  return `${y ?? ''}-${m}-${d}`;
}

/**
 * Orders ISO dates (and other plain codes) by code point: what they mean, and far cheaper than
 * localeCompare, which runs the locale's collation on every call.
 */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** The last day of a year, the moment a year's status is read at. */
export function endOfYear(year: number): string {
  return `${String(year).padStart(4, '0')}-12-31`;
}

/** Fraction of the way through the year, for placing a mark on a time axis. */
export function isoToUtcDate(iso: string): Date {
  const [y = 1960, m = 1, d = 1] = startOfIsoDate(iso).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}
