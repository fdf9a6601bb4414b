/**
 * The axis's year ticks under the focus scale. Each side of the break has its own pixels per
 * year, so each gets its own step (every 10 years before 2012 and every year after, say); the
 * break year is always a tick, and a label that would touch a kept one or leave the plot is
 * dropped rather than drawn over it.
 */
import type { ScaleTime } from 'd3-scale';
import { LAST_YEAR } from '../data/schemas';
import { FOCUS_START, hasBreak, yearToDate, type YearDomain } from './focusScale';

export interface AxisTick {
  year: number;
  /** Where the year begins (its band's left edge). */
  x: number;
  /** Centre of the label: at the tick, moved inwards at the ends so it is never cut. */
  labelX: number;
  /** Whether the label is drawn: the tick line always is. */
  labelled: boolean;
}

/** Year steps to pick from, finest first; each divides the next so steps line up. */
const STEPS = [1, 2, 5, 10, 20] as const;
/** Room between two year labels. */
export const TICK_LABEL_GAP = 8;

/** The finest step whose ticks are at least `minSpacing` px apart at `pxPerYear`. */
export function tickStep(pxPerYear: number, minSpacing: number): number {
  return STEPS.find((step) => step * pxPerYear >= minSpacing) ?? 20;
}

/** The pieces of a domain on either side of the break, each linear on screen. */
export function domainSegments(domain: YearDomain): YearDomain[] {
  if (!hasBreak(domain)) return [domain];
  return [
    [domain[0], FOCUS_START],
    [FOCUS_START, domain[1]],
  ];
}

/**
 * Ticks for the scale over `domain`, `width` px wide; `labelWidth` is the widest year label.
 * Labels keep TICK_LABEL_GAP apart and inside [0, width].
 */
export function axisTicks(
  scale: ScaleTime<number, number>,
  domain: YearDomain,
  width: number,
  labelWidth: number,
): AxisTick[] {
  const minSpacing = labelWidth + TICK_LABEL_GAP;
  const years = new Set<number>();
  for (const [start, end] of domainSegments(domain)) {
    const pxPerYear = (scale(yearToDate(end)) - scale(yearToDate(start))) / (end - start);
    const step = tickStep(pxPerYear, minSpacing);
    const last = Math.min(Math.floor(end), LAST_YEAR);
    for (let year = Math.ceil(start / step) * step; year <= last; year += step) years.add(year);
  }
  if (hasBreak(domain)) years.add(FOCUS_START);
  const half = labelWidth / 2;
  const ticks = [...years]
    .sort((a, b) => a - b)
    .map((year): AxisTick => {
      const x = scale(yearToDate(year));
      const labelX = Math.min(width - half, Math.max(half, x));
      return { year, x, labelX, labelled: false };
    });
  // The break's label first: it says where the spacing changes. Then left to right.
  const order = [...ticks].sort(
    (a, b) => Number(b.year === FOCUS_START) - Number(a.year === FOCUS_START) || a.x - b.x,
  );
  const kept: AxisTick[] = [];
  for (const tick of order) {
    const clear = kept.every((other) => Math.abs(other.labelX - tick.labelX) >= minSpacing);
    if (clear && labelWidth <= width) {
      tick.labelled = true;
      kept.push(tick);
    }
  }
  return ticks;
}
