/**
 * The timeline's vertical budget: the page gives the timeline a height, and this decides how many
 * span rows to draw and how many rows each lane may use so that eras, spans, lanes and axis fit
 * in it. Also the vertical geometry every part draws by, so placement and drawing agree.
 */
import type { LaneNeed } from './timelineModel';
import { TIMELINE_SIZES, type TimelineSizes } from './timelineConstants';

export interface TimelineBudget {
  /** Span rows drawn (bars in later rows are left out). */
  spanRows: number;
  /** Rows each lane may use, in EVENT_CATEGORIES order. */
  laneRows: number[];
  spansTop: number;
  /** Top of each lane. */
  laneTops: number[];
  laneHeights: number[];
  axisTop: number;
  /** The content's height: eras to axis. At most the height given, unless even the least fits not. */
  height: number;
}

/** Share of the height the span rows may take before the lanes get more than their fewest rows. */
const SPAN_SHARE_FIRST = 0.12;

/** Events a lane shows one by one with `rows` rows: those of the bursts that fit. */
function eventsShown(lane: LaneNeed, rows: number): number {
  return lane.bursts.reduce((sum, burst) => sum + (burst.rows <= rows ? burst.events : 0), 0);
}

function mostRows(lane: LaneNeed): number {
  return lane.bursts.reduce((most, burst) => Math.max(most, burst.rows), lane.minRows);
}

/**
 * The next rows worth giving: for each lane, the number of rows that un-clusters the most events
 * per row given (a burst needs all its rows before it shows anything), among those that fit in
 * `rowsLeft`. Busy lanes win when they gain more per row; a tie goes to the busier lane.
 */
function bestGrowth(
  lanes: readonly LaneNeed[],
  laneRows: readonly number[],
  rowsLeft: number,
): { lane: number; rows: number } | null {
  let best: { lane: number; rows: number; rate: number; total: number } | null = null;
  for (const [i, lane] of lanes.entries()) {
    const current = laneRows[i] ?? 1;
    const shown = eventsShown(lane, current);
    const total = lane.bursts.reduce((sum, burst) => sum + burst.events, 0);
    const limit = Math.min(mostRows(lane), current + rowsLeft);
    for (let rows = current + 1; rows <= limit; rows++) {
      const gain = eventsShown(lane, rows) - shown;
      if (gain <= 0) continue;
      const rate = gain / (rows - current);
      if (!best || rate > best.rate || (rate === best.rate && total > best.total)) {
        best = { lane: i, rows: rows - current, rate, total };
      }
    }
  }
  return best;
}

/**
 * Shares `height` between the timeline's parts. Each lane gets its fewest rows; the spans get a
 * couple of rows; then rows go where they let the most events be drawn one by one instead of in
 * clusters; then the rest of the spans; then taller cluster bars. A height of 0 (not measured
 * yet) stands for TIMELINE_SIZES.defaultHeight. Content may end above the height given: the
 * extra room stays empty below the axis.
 */
export function budgetTimeline(
  height: number,
  needs: { spanRows: number; lanes: readonly LaneNeed[] },
  sizes: TimelineSizes = TIMELINE_SIZES,
): TimelineBudget {
  const available = height > 0 ? height : sizes.defaultHeight;
  const lanePadding = sizes.lanePadTop + sizes.lanePadBottom;
  const fixed = sizes.eraHeight + sizes.gap + sizes.axisHeight + needs.lanes.length * lanePadding;
  const laneRows = needs.lanes.map((lane) => Math.max(1, lane.minRows));
  let spare = available - fixed - laneRows.reduce((a, b) => a + b, 0) * sizes.laneRow;

  const spanRowsFitting = (wanted: number) =>
    Math.max(0, Math.min(wanted, Math.floor(spare / sizes.spanRow)));
  // A short timeline keeps fewer span rows before the lanes have their say.
  const firstSpanRows = Math.min(
    sizes.minSpanRows,
    Math.floor((available * SPAN_SHARE_FIRST) / sizes.spanRow),
  );
  let spanRows = spanRowsFitting(Math.min(needs.spanRows, firstSpanRows));
  spare -= spanRows * sizes.spanRow;

  for (;;) {
    const growth = bestGrowth(needs.lanes, laneRows, Math.floor(spare / sizes.laneRow));
    if (!growth) break;
    laneRows[growth.lane] = (laneRows[growth.lane] ?? 1) + growth.rows;
    spare -= growth.rows * sizes.laneRow;
  }

  const moreSpans = spanRowsFitting(needs.spanRows - spanRows);
  spanRows += moreSpans;
  spare -= moreSpans * sizes.spanRow;

  // A lane still clustered somewhere draws its cluster bars taller with what is left.
  needs.lanes.forEach((lane, i) => {
    const current = laneRows[i] ?? 1;
    const wanted = Math.min(mostRows(lane), sizes.maxClusterRows) - current;
    const rows = Math.max(0, Math.min(wanted, Math.floor(spare / sizes.laneRow)));
    laneRows[i] = current + rows;
    spare -= rows * sizes.laneRow;
  });

  const spansTop = sizes.eraHeight;
  const laneHeights = laneRows.map((rows) => rows * sizes.laneRow + lanePadding);
  const laneTops: number[] = [];
  let y = spansTop + spanRows * sizes.spanRow + sizes.gap;
  for (const laneHeight of laneHeights) {
    laneTops.push(y);
    y += laneHeight;
  }
  return {
    spanRows,
    laneRows,
    spansTop,
    laneTops,
    laneHeights,
    axisTop: y,
    height: y + sizes.axisHeight,
  };
}

/** Vertical centre of a lane's row, where its marks sit. */
export function rowCentreY(
  laneTop: number,
  row: number,
  sizes: TimelineSizes = TIMELINE_SIZES,
): number {
  return laneTop + sizes.lanePadTop + row * sizes.laneRow + sizes.laneRow / 2;
}

/** Baseline of a 10 px label beside a mark: its lower-case letters centred on the mark. */
export function titleBaselineY(centreY: number): number {
  return centreY + 3.5;
}

/** Top of a span row. */
export function spanRowY(
  spansTop: number,
  row: number,
  sizes: TimelineSizes = TIMELINE_SIZES,
): number {
  return spansTop + row * sizes.spanRow;
}

/** Baseline of a span's label inside its bar. */
export function spanLabelBaselineY(rowY: number, sizes: TimelineSizes = TIMELINE_SIZES): number {
  return rowY + sizes.spanRow - 3;
}

/** Baseline of an era's label inside its band. */
export function eraLabelBaselineY(sizes: TimelineSizes = TIMELINE_SIZES): number {
  return sizes.eraHeight - 6;
}

/** Baseline of the axis's year labels below the axis line. */
export const TICK_LABEL_DY = 17;
