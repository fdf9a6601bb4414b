import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TIMELINE_SIZES as S } from './timelineConstants';
import { budgetTimeline } from './timelineLayout';
import type { LaneNeed } from './timelineModel';

const lane = (minRows: number, ...bursts: [rows: number, events: number][]): LaneNeed => ({
  minRows,
  bursts: bursts.map(([rows, events]) => ({ rows, events })),
});

/** The lanes of the real data at 1280 px: every lane has early events under its title. */
const REAL = [
  lane(2, [2, 10], [5, 5]),
  lane(2, [2, 20], [4, 24]),
  lane(2, [2, 20], [5, 49]),
  lane(2, [2, 20], [7, 41]),
  lane(2, [2, 16]),
];

describe('budgetTimeline', () => {
  it('fits eras, spans, lanes and axis in the height given', () => {
    for (const height of [200, 230, 260, 300, 380, 600]) {
      const budget = budgetTimeline(height, { spanRows: 9, lanes: REAL });
      expect(budget.height).toBeLessThanOrEqual(height);
      expect(budget.axisTop + S.axisHeight).toBe(budget.height);
      const lanes = budget.laneHeights.reduce((a, b) => a + b, 0);
      expect(S.eraHeight + budget.spanRows * S.spanRow + S.gap + lanes + S.axisHeight).toBe(
        budget.height,
      );
      budget.laneRows.forEach((rows, i) =>
        expect(rows).toBeGreaterThanOrEqual(REAL[i]?.minRows ?? 1),
      );
    }
  });

  it('lays out for the default height until the frame is measured', () => {
    expect(budgetTimeline(0, { spanRows: 9, lanes: REAL })).toEqual(
      budgetTimeline(S.defaultHeight, { spanRows: 9, lanes: REAL }),
    );
  });

  it('gives every lane all it needs, and every span row, when the height allows', () => {
    const budget = budgetTimeline(600, { spanRows: 9, lanes: REAL });
    expect(budget.laneRows).toEqual([5, 4, 5, 7, 2]);
    expect(budget.spanRows).toBe(9);
    expect(budget.height).toBeLessThan(600);
  });

  it('gives rows first where they draw the most events one by one', () => {
    // 260 px cannot hold every lane's busiest burst: the lanes that gain most per row win.
    const budget = budgetTimeline(260, { spanRows: 9, lanes: REAL });
    expect(budget.spanRows).toBeGreaterThanOrEqual(3);
    expect(budget.laneRows[3]).toBeLessThan(7);
    expect(budget.laneRows[2]).toBe(5);
    expect(budget.laneRows[4]).toBe(2);
    // With too little for any burst, the spare rows go to the spans.
    const shortest = budgetTimeline(200, { spanRows: 9, lanes: REAL });
    expect(shortest.laneRows).toEqual([2, 2, 2, 2, 2]);
    expect(shortest.spanRows).toBe(3);
  });

  it('never gives a lane rows it cannot use, whatever the needs', () => {
    const need = fc.record({
      minRows: fc.integer({ min: 1, max: 2 }),
      bursts: fc.array(
        fc.record({
          rows: fc.integer({ min: 1, max: 12 }),
          events: fc.integer({ min: 1, max: 50 }),
        }),
        { maxLength: 6 },
      ),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 900 }),
        fc.integer({ min: 0, max: 12 }),
        fc.array(need, { minLength: 5, maxLength: 5 }),
        (height, spanRows, lanes) => {
          const budget = budgetTimeline(height, { spanRows, lanes });
          expect(budget.spanRows).toBeLessThanOrEqual(spanRows);
          budget.laneRows.forEach((rows, i) => {
            const most = Math.max(
              lanes[i]?.minRows ?? 1,
              ...(lanes[i]?.bursts.map((b) => b.rows) ?? []),
            );
            expect(rows).toBeLessThanOrEqual(Math.max(most, lanes[i]?.minRows ?? 1));
          });
          const least = budgetTimeline(1, { spanRows: 0, lanes }).height;
          if (least <= (height || S.defaultHeight)) {
            expect(budget.height).toBeLessThanOrEqual(height || S.defaultHeight);
          }
        },
      ),
    );
  });
});
