/**
 * The timeline's logic, free of the DOM so it can be tested: the time scale, x ↔ year with
 * snapping and clamping, the slider's keys, the lane layout of event marks, and zoom and pan of
 * the visible domain. D3 computes; React (in the components) draws.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcYear } from 'd3-time';
import { compareCodes, isoToUtcDate, yearOf } from '../data/dates';
import {
  EVENT_CATEGORIES,
  FIRST_YEAR,
  LAST_YEAR,
  type AtlasEvent,
  type EventCategory,
} from '../data/schemas';

/** The visible span in fractional years: [start, end), e.g. [1960, 2026]. */
export type YearDomain = readonly [number, number];

export const FULL_DOMAIN: YearDomain = [FIRST_YEAR, LAST_YEAR + 1];
export const MIN_SPAN_YEARS = 4;

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

export function createTimeScale(domain: YearDomain, width: number): ScaleTime<number, number> {
  return scaleUtc()
    .domain([yearToDate(domain[0]), yearToDate(domain[1])])
    .range([0, Math.max(1, width)]);
}

/** The year under x: the year whose band [Jan 1, Jan 1 next) contains x, clamped to the data. */
export function xToYear(scale: ScaleTime<number, number>, x: number): number {
  const year = Math.floor(dateToYear(scale.invert(x)));
  return Math.min(LAST_YEAR, Math.max(FIRST_YEAR, year));
}

/** Centre of a year's band, where the handle sits. */
export function yearToX(scale: ScaleTime<number, number>, year: number): number {
  return scale(yearToDate(year + 0.5));
}

/** The slider's keys (WAI-ARIA slider pattern): arrows ±1, Page ±10, Home/End. */
export function keyToYear(key: string, year: number): number | null {
  const steps: Record<string, number> = {
    ArrowRight: 1,
    ArrowUp: 1,
    ArrowLeft: -1,
    ArrowDown: -1,
    PageUp: 10,
    PageDown: -10,
  };
  if (key === 'Home') return FIRST_YEAR;
  if (key === 'End') return LAST_YEAR;
  const step = steps[key];
  if (step === undefined) return null;
  return Math.min(LAST_YEAR, Math.max(FIRST_YEAR, year + step));
}

/** Tick count that keeps labels apart: about one per 80 px. */
export function tickCountFor(width: number): number {
  return Math.max(2, Math.floor(width / 80));
}

/** Zooms around `focus` (a year); factor < 1 zooms in. Keeps within the full domain. */
export function zoomDomain(domain: YearDomain, focus: number, factor: number): YearDomain {
  const fullSpan = FULL_DOMAIN[1] - FULL_DOMAIN[0];
  const span = Math.min(fullSpan, Math.max(MIN_SPAN_YEARS, (domain[1] - domain[0]) * factor));
  const ratio = (focus - domain[0]) / (domain[1] - domain[0]);
  return clampDomain([focus - span * ratio, focus - span * ratio + span]);
}

/** Moves the domain by `delta` years, stopping at the ends. */
export function panDomain(domain: YearDomain, delta: number): YearDomain {
  return clampDomain([domain[0] + delta, domain[1] + delta]);
}

function clampDomain([start, end]: YearDomain): YearDomain {
  const span = end - start;
  if (start < FULL_DOMAIN[0]) return [FULL_DOMAIN[0], FULL_DOMAIN[0] + span];
  if (end > FULL_DOMAIN[1]) return [FULL_DOMAIN[1] - span, FULL_DOMAIN[1]];
  return [start, end];
}

export function isFullDomain(domain: YearDomain): boolean {
  return domain[0] <= FULL_DOMAIN[0] && domain[1] >= FULL_DOMAIN[1];
}

export interface EventMark {
  kind: 'event';
  event: AtlasEvent;
  category: EventCategory;
  x: number;
  /** Row within its lane, so marks close in time do not cover each other. */
  row: number;
  /** Whether the title fits before the next mark in the same row. */
  showTitle: boolean;
  year: number;
}

/** Several events too close to draw apart at this zoom: one mark that zooms in on them. */
export interface ClusterMark {
  kind: 'cluster';
  category: EventCategory;
  /** Centre of the cluster's column. */
  x: number;
  /** Oldest first. */
  events: AtlasEvent[];
  /** Year at the cluster's centre, to zoom in around. */
  focus: number;
}

export type LaneMark = EventMark | ClusterMark;

export const MARK_RADIUS = 3.5;
/** Marks of one row need this much room each, so they never touch. */
const MARK_PITCH = MARK_RADIUS * 2 + 1;
const CHAR_WIDTH = 6.2;
const LABEL_GAP = 6;

/** Estimated width of a short title at the timeline's label size. */
export function labelWidth(title: string): number {
  return title.length * CHAR_WIDTH + LABEL_GAP;
}

/**
 * Places each event in its category's lane. Marks go to the first row whose last mark is far
 * enough to the left; a title shows only when it fits before the next mark of its row.
 *
 * A lane whose events do not fit in `maxRows` rows at this zoom is drawn at a coarser level of
 * detail: its events are gathered in columns one mark wide, and a column that holds more than
 * one event becomes a cluster mark that zooms in on them. At 10,000 events this draws hundreds
 * of marks instead of ten thousand buttons (measured by npm run bench), and a reader sees where
 * events are dense instead of a smear of overlapping dots.
 */
export function layoutLanes(
  events: readonly AtlasEvent[],
  scale: ScaleTime<number, number>,
  maxRows: number,
  titleOf: (event: AtlasEvent) => string,
): Map<EventCategory, LaneMark[]> {
  const byCategory = new Map<EventCategory, AtlasEvent[]>(EVENT_CATEGORIES.map((c) => [c, []]));
  const sorted = [...events].sort((a, b) => compareCodes(a.date, b.date));
  for (const event of sorted) byCategory.get(event.category)?.push(event);
  const lanes = new Map<EventCategory, LaneMark[]>();
  for (const [category, laneEvents] of byCategory) {
    const positioned = laneEvents.map((event) => ({
      event,
      x: scale(isoToUtcDate(event.date)),
    }));
    const marks = layoutRows(category, positioned, maxRows, titleOf);
    lanes.set(category, marks ?? layoutColumns(category, positioned, scale));
  }
  return lanes;
}

interface Positioned {
  event: AtlasEvent;
  x: number;
}

/** One mark per event in rows, or null when some event finds no free row. */
function layoutRows(
  category: EventCategory,
  events: readonly Positioned[],
  maxRows: number,
  titleOf: (event: AtlasEvent) => string,
): EventMark[] | null {
  const rowEnds: number[] = [];
  const marks: EventMark[] = [];
  for (const { event, x } of events) {
    let row = rowEnds.findIndex((end) => end < x - MARK_RADIUS - 1);
    if (row === -1) {
      if (rowEnds.length >= maxRows) return null;
      row = rowEnds.length;
    }
    rowEnds[row] = x + MARK_RADIUS;
    marks.push({
      kind: 'event',
      event,
      category,
      x,
      row,
      showTitle: false,
      year: yearOf(event.date),
    });
  }
  // Walk right to left so each mark knows the next mark of its row in one pass.
  const nextXByRow = new Map<number, number>();
  for (let i = marks.length - 1; i >= 0; i--) {
    const mark = marks[i];
    if (!mark) continue;
    const room = (nextXByRow.get(mark.row) ?? Infinity) - mark.x - MARK_RADIUS * 2;
    mark.showTitle = room > labelWidth(titleOf(mark.event));
    nextXByRow.set(mark.row, mark.x);
  }
  return marks;
}

/** Events gathered in columns one mark wide: a lone event keeps its mark, others cluster. */
function layoutColumns(
  category: EventCategory,
  events: readonly Positioned[],
  scale: ScaleTime<number, number>,
): LaneMark[] {
  const columns = new Map<number, Positioned[]>();
  for (const item of events) {
    const column = Math.floor(item.x / MARK_PITCH);
    const list = columns.get(column);
    if (list) list.push(item);
    else columns.set(column, [item]);
  }
  const marks: LaneMark[] = [];
  for (const [column, items] of columns) {
    const first = items[0];
    if (!first) continue;
    if (items.length === 1) {
      marks.push({
        kind: 'event',
        event: first.event,
        category,
        x: first.x,
        row: 0,
        showTitle: false,
        year: yearOf(first.event.date),
      });
      continue;
    }
    const x = (column + 0.5) * MARK_PITCH;
    marks.push({
      kind: 'cluster',
      category,
      x,
      events: items.map((item) => item.event),
      focus: dateToYear(scale.invert(x)),
    });
  }
  return marks;
}

/** How far a cluster's click zooms in: enough to spread its column over several marks. */
export const CLUSTER_ZOOM = 0.25;

/**
 * Rows a lane needs: one more than its highest row, and at least one; a lane drawn in clusters
 * takes `clusterRows`, the room its tallest cluster bars grow into.
 */
export function rowsUsed(marks: readonly LaneMark[], clusterRows = 1): number {
  let highest = 0;
  for (const mark of marks) {
    highest = Math.max(highest, mark.kind === 'event' ? mark.row : clusterRows - 1);
  }
  return highest + 1;
}
