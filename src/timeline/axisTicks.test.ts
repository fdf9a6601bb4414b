import { describe, expect, it } from 'vitest';
import { axisTicks, TICK_LABEL_GAP, tickStep } from './axisTicks';
import { createTimeScale, FULL_DOMAIN, type YearDomain } from './focusScale';

const LABEL = 26;

function ticksFor(domain: YearDomain, width: number) {
  return axisTicks(createTimeScale(domain, width), domain, width, LABEL);
}

describe('axisTicks', () => {
  it('steps each side of the break by its own pixels per year', () => {
    const ticks = ticksFor(FULL_DOMAIN, 1248);
    const before = ticks.filter((t) => t.year < 2012).map((t) => t.year);
    const after = ticks.filter((t) => t.year > 2012).map((t) => t.year);
    expect(before).toEqual([1960, 1965, 1970, 1975, 1980, 1985, 1990, 1995, 2000, 2005, 2010]);
    expect(after).toEqual([
      2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025,
    ]);
    expect(ticks.some((t) => t.year === 2012 && t.labelled)).toBe(true);
  });

  it('never lets two labels touch nor leave the plot, at any width', () => {
    for (const width of [200, 375, 640, 1024, 1248, 2400]) {
      for (const domain of [FULL_DOMAIN, [2005, 2015], [2019, 2025.5], [1960, 1975]] as const) {
        const labelled = ticksFor(domain, width).filter((t) => t.labelled);
        expect(labelled.length).toBeGreaterThan(0);
        for (const [i, tick] of labelled.entries()) {
          expect(tick.labelX - LABEL / 2).toBeGreaterThanOrEqual(0);
          expect(tick.labelX + LABEL / 2).toBeLessThanOrEqual(width);
          const next = labelled[i + 1];
          if (next)
            expect(next.labelX - tick.labelX).toBeGreaterThanOrEqual(LABEL + TICK_LABEL_GAP);
        }
      }
    }
  });

  it('picks the finest step that leaves room for a label', () => {
    expect(tickStep(50, 34)).toBe(1);
    expect(tickStep(10, 34)).toBe(5);
    expect(tickStep(0.5, 34)).toBe(20);
  });
});
