/** Small statistics over samples; every figure the bench reports goes through these. */

export interface Summary {
  count: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** Nearest-rank percentile: always a value that was actually observed. */
function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const ordered = sorted(values);
  const rank = Math.min(ordered.length, Math.max(1, Math.ceil((p / 100) * ordered.length)));
  return ordered[rank - 1] ?? Number.NaN;
}

/** Median with the usual midpoint for an even count (5 cold loads give the third). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const ordered = sorted(values);
  const mid = Math.floor(ordered.length / 2);
  const upper = ordered[mid] ?? Number.NaN;
  if (ordered.length % 2 === 1) return upper;
  return ((ordered[mid - 1] ?? upper) + upper) / 2;
}

export function summarize(values: readonly number[]): Summary {
  const total = values.reduce((sum, v) => sum + v, 0);
  return {
    count: values.length,
    p50: round(percentile(values, 50)),
    p95: round(percentile(values, 95)),
    max: round(values.length === 0 ? Number.NaN : Math.max(...values)),
    mean: round(values.length === 0 ? Number.NaN : total / values.length),
  };
}

/** One decimal is below what the browser's timer resolution (0.1 ms) can tell apart. */
export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
