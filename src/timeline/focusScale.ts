/**
 * The focus scale: one monotone warp of the years 1960–2026 that gives the busy years from 2012
 * on more of the width than their share of the years, because most events happened then.
 *
 * The visible domain stays in years; zoom and pan move it in warped units, so the warp holds at
 * every zoom: the pixels a year gets after 2012 stay a fixed multiple of the pixels it gets
 * before, and a pan or a zoom moves the picture as the pointer does, with no jump at the break.
 * The d3 scale that draws a domain is piecewise linear (polylinear) with a knot at the break
 * when the break is in view, linear otherwise, so `scale.invert` answers x → year exactly.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcYear } from 'd3-time';
import { FIRST_YEAR, LAST_YEAR } from '../data/schemas';

/** The visible span in fractional years: [start, end), e.g. [1960, 2026]. */
export type YearDomain = readonly [number, number];

export const FULL_DOMAIN: YearDomain = [FIRST_YEAR, LAST_YEAR + 1];
export const MIN_SPAN_YEARS = 4;

/** Where the busy years begin: the 2012 crisis, from which most of the events date. */
export const FOCUS_START = 2012;
/**
 * Share of the full width the years FOCUS_START–2026 get: 14 of 66 years (21 %) would get
 * about 1 px in 5; at 0.52 a year after the break is about four times as wide as one before.
 */
export const FOCUS_SHARE = 0.52;

const BREAK_U = 1 - FOCUS_SHARE;

export function yearToDate(year: number): Date {
  const whole = Math.floor(year);
  const start = Date.UTC(whole, 0, 1);
  const end = Date.UTC(whole + 1, 0, 1);
  return new Date(start + (end - start) * (year - whole));
}

export function dateToYear(date: Date): number {
  const start = utcYear.floor(date);
  const end = utcYear.offset(start, 1);
  return (
    start.getUTCFullYear() + (date.getTime() - start.getTime()) / (end.getTime() - start.getTime())
  );
}

// The warp is linear in time, as the d3 scale that draws it is, so zoom and pan in warped units
// agree with the drawing to the millisecond (fractional years would drift by leap days).
const T_START = yearToDate(FULL_DOMAIN[0]).getTime();
const T_BREAK = yearToDate(FOCUS_START).getTime();
const T_END = yearToDate(FULL_DOMAIN[1]).getTime();

/** Position of a year along the full warped axis: 0 at 1960, 1 at 2026 (extrapolated outside). */
export function warpYear(year: number): number {
  const t = yearToDate(year).getTime();
  if (t <= T_BREAK) return ((t - T_START) / (T_BREAK - T_START)) * BREAK_U;
  return BREAK_U + ((t - T_BREAK) / (T_END - T_BREAK)) * FOCUS_SHARE;
}

/** The inverse of warpYear; the ends are exact so a full zoom-out equals FULL_DOMAIN. */
export function unwarpYear(u: number): number {
  if (u === 0) return FULL_DOMAIN[0];
  if (u === 1) return FULL_DOMAIN[1];
  const t =
    u <= BREAK_U
      ? T_START + (u / BREAK_U) * (T_BREAK - T_START)
      : T_BREAK + ((u - BREAK_U) / FOCUS_SHARE) * (T_END - T_BREAK);
  return dateToYear(new Date(t));
}

/** Whether the break lies strictly inside a domain, so the scale has two pieces. */
export function hasBreak(domain: YearDomain): boolean {
  return domain[0] < FOCUS_START && FOCUS_START < domain[1];
}

/** x of the break in a plot `width` wide showing `domain`, or null when it is out of view. */
export function breakX(domain: YearDomain, width: number): number | null {
  if (!hasBreak(domain)) return null;
  const u0 = warpYear(domain[0]);
  return ((BREAK_U - u0) / (warpYear(domain[1]) - u0)) * Math.max(1, width);
}

/** The scale that draws `domain` across `width` px through the warp. */
export function createTimeScale(domain: YearDomain, width: number): ScaleTime<number, number> {
  const w = Math.max(1, width);
  const x = breakX(domain, w);
  const scale = scaleUtc();
  if (x === null) return scale.domain([yearToDate(domain[0]), yearToDate(domain[1])]).range([0, w]);
  return scale
    .domain([yearToDate(domain[0]), yearToDate(FOCUS_START), yearToDate(domain[1])])
    .range([0, x, w]);
}

function toWarped(domain: YearDomain): [number, number] {
  return [warpYear(domain[0]), warpYear(domain[1])];
}

/** Back to years from warped units, kept within [0, 1] and with its width kept. */
function fromWarped(u0: number, u1: number): YearDomain {
  const span = Math.min(1, u1 - u0);
  const start = Math.min(1 - span, Math.max(0, u0));
  if (span >= 1) return FULL_DOMAIN;
  return [unwarpYear(start), unwarpYear(start + span)];
}

/** Keeps a domain in years inside the full domain, its span unchanged. */
function clampYears([start, end]: YearDomain): YearDomain {
  const span = end - start;
  if (start < FULL_DOMAIN[0]) return [FULL_DOMAIN[0], FULL_DOMAIN[0] + span];
  if (end > FULL_DOMAIN[1]) return [FULL_DOMAIN[1] - span, FULL_DOMAIN[1]];
  return [start, end];
}

/**
 * Zooms around `focus` (a year); factor < 1 zooms in. Done in warped units, so the year under
 * the pointer stays under it; never narrower than MIN_SPAN_YEARS, never beyond the data.
 */
export function zoomDomain(domain: YearDomain, focus: number, factor: number): YearDomain {
  const [u0, u1] = toWarped(domain);
  const uf = warpYear(focus);
  const span = Math.min(1, (u1 - u0) * factor);
  const ratio = (uf - u0) / (u1 - u0);
  const next = fromWarped(uf - span * ratio, uf - span * ratio + span);
  if (next[1] - next[0] >= MIN_SPAN_YEARS) return next;
  // At the deepest zoom the span is counted in years, the unit the reader sees on the axis.
  const yearRatio = (focus - domain[0]) / (domain[1] - domain[0]);
  const start = focus - MIN_SPAN_YEARS * yearRatio;
  return clampYears([start, start + MIN_SPAN_YEARS]);
}

/**
 * Moves the domain so the picture follows a drag of `pixels` (positive: the content moves left,
 * later years come into view) in a plot `width` wide; stops at the ends.
 */
export function panDomain(domain: YearDomain, pixels: number, width: number): YearDomain {
  const [u0, u1] = toWarped(domain);
  const delta = (pixels / Math.max(1, width)) * (u1 - u0);
  return fromWarped(u0 + delta, u1 + delta);
}

export function isFullDomain(domain: YearDomain): boolean {
  return domain[0] <= FULL_DOMAIN[0] && domain[1] >= FULL_DOMAIN[1];
}
