/**
 * The timeline's logic, free of the DOM so it can be tested: x ↔ year with snapping and
 * clamping, the slider's keys, and the lane layout of event marks. The scale itself, and zoom
 * and pan, are in focusScale.ts. D3 computes; React (in the components) draws.
 */
import type { ScaleTime } from 'd3-scale';
import { compareCodes, isoToUtcDate, yearOf } from '../data/dates';
import {
  EVENT_CATEGORIES,
  FIRST_YEAR,
  LAST_YEAR,
  type AtlasEvent,
  type EventCategory,
} from '../data/schemas';
import { dateToYear, yearToDate } from './focusScale';

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

export interface EventMark {
  kind: 'event';
  event: AtlasEvent;
  category: EventCategory;
  x: number;
  /** Row within its lane, so marks close in time do not cover each other. */
  row: number;
  year: number;
}

/** Several events too close to draw apart at this zoom: one mark that zooms in on them. */
export interface ClusterMark {
  kind: 'cluster';
  category: EventCategory;
  /** Centre of the cluster's column. */
  x: number;
  /** The row its bar starts in: 1 under the lane's title, 0 elsewhere. */
  row: number;
  /** Oldest first. */
  events: AtlasEvent[];
  /** Year at the cluster's centre, to zoom in around. */
  focus: number;
}

export type LaneMark = EventMark | ClusterMark;

export const MARK_RADIUS = 3.5;
/** Marks of one row need this much room each, so they never touch. */
const MARK_PITCH = MARK_RADIUS * 2 + 1;
/**
 * Marks this far apart can never need to share a row, so the lane is cut there into bursts that
 * are laid out on their own: a crowded year then clusters without taking the quiet ones along.
 * Two pitches, so a cluster's bar, centred on its column, keeps clear of the next burst.
 */
const BURST_GAP = MARK_PITCH * 2;

/** An event and its x, one lane's worth sorted by date. */
export interface PositionedEvent {
  event: AtlasEvent;
  x: number;
}

/** How a lane is laid out: its rows, and how much of its first row its title takes. */
export interface LaneOptions {
  maxRows: number;
  /** Row 0 is taken by the lane's title from the left edge to this x. */
  titleEnd: number;
}

/** Each category's events with their x at this scale, oldest first. */
export function positionEvents(
  events: readonly AtlasEvent[],
  scale: ScaleTime<number, number>,
): Map<EventCategory, PositionedEvent[]> {
  const byCategory = new Map<EventCategory, PositionedEvent[]>(
    EVENT_CATEGORIES.map((c) => [c, []]),
  );
  const sorted = [...events].sort((a, b) => compareCodes(a.date, b.date));
  for (const event of sorted) {
    byCategory.get(event.category)?.push({ event, x: scale(isoToUtcDate(event.date)) });
  }
  return byCategory;
}

/** The row a mark at x takes: the first whose last mark ends far enough to its left. */
function freeRow(rowEnds: readonly number[], x: number): number {
  return rowEnds.findIndex((end) => end < x - MARK_RADIUS - 1);
}

/** Whether a mark (or a cluster's column) at x would reach into the title's part of row 0. */
function underTitle(x: number, titleEnd: number): boolean {
  return x - MARK_PITCH < titleEnd + MARK_RADIUS + 1;
}

/** A lane's events cut where they are far enough apart never to share a row. */
export function splitBursts(events: readonly PositionedEvent[]): PositionedEvent[][] {
  const bursts: PositionedEvent[][] = [];
  let current: PositionedEvent[] = [];
  let end = -Infinity;
  for (const item of events) {
    if (item.x - end > BURST_GAP && current.length > 0) {
      bursts.push(current);
      current = [];
    }
    current.push(item);
    end = Math.max(end, item.x);
  }
  if (current.length > 0) bursts.push(current);
  return bursts;
}

/** What one burst asks of its lane: rows to draw each event as its own mark. */
export interface BurstNeed {
  rows: number;
  events: number;
}

/** What a lane asks of the height: the fewest rows it can be drawn in, and each burst's rows. */
export interface LaneNeed {
  minRows: number;
  bursts: BurstNeed[];
}

/**
 * Rows a burst needs to draw each event as its own mark, counting no further than `cap` + 1
 * (the answer is then "more than cap"), so thousands of events cost no more than they must.
 */
function burstRows(events: readonly PositionedEvent[], titleEnd: number, cap: number): number {
  const rowEnds: number[] = [titleEnd];
  for (const { x } of events) {
    let row = freeRow(rowEnds, x);
    if (row === -1) {
      if (rowEnds.length > cap) return cap + 1;
      row = rowEnds.length;
    }
    rowEnds[row] = x + MARK_RADIUS;
  }
  return rowEnds.length;
}

/**
 * What a lane needs in a plot `width` wide: bursts out of view ask nothing. A lane with a mark
 * under its title needs a second row, since the title holds the first there.
 */
export function laneNeed(
  events: readonly PositionedEvent[],
  titleEnd: number,
  width: number,
  cap: number,
): LaneNeed {
  const bursts = splitBursts(events).filter((burst) => {
    const first = burst[0]?.x ?? 0;
    const last = burst[burst.length - 1]?.x ?? 0;
    return last >= -MARK_PITCH && first <= width + MARK_PITCH;
  });
  const minRows = bursts.some((burst) => burst.some((e) => underTitle(e.x, titleEnd))) ? 2 : 1;
  return {
    minRows,
    bursts: bursts.map((burst) => ({
      rows: burstRows(burst, titleEnd, cap),
      events: burst.length,
    })),
  };
}

/**
 * Places each lane's events in at most `maxRows` rows. Marks go to the first row whose last mark
 * is far enough to the left, row 0 starting after the lane's title; where titles go is decided
 * later, once every label's place is known (timelineLabels.ts).
 *
 * A burst of events that does not fit its lane's rows at this zoom is drawn at a coarser level of
 * detail: its events are gathered in columns one mark wide, and a column that holds more than
 * one event becomes a cluster mark that zooms in on them. At 10,000 events this draws hundreds
 * of marks instead of ten thousand buttons (measured by npm run bench), and a reader sees where
 * events are dense instead of a smear of overlapping dots; the quieter stretches of the lane
 * keep one mark per event.
 */
export function layoutLanes(
  positioned: ReadonlyMap<EventCategory, readonly PositionedEvent[]>,
  scale: ScaleTime<number, number>,
  optionsOf: (category: EventCategory) => LaneOptions,
): Map<EventCategory, LaneMark[]> {
  const lanes = new Map<EventCategory, LaneMark[]>();
  for (const category of EVENT_CATEGORIES) {
    const { maxRows, titleEnd } = optionsOf(category);
    const marks: LaneMark[] = [];
    for (const burst of splitBursts(positioned.get(category) ?? [])) {
      const rows = layoutRows(category, burst, maxRows, titleEnd);
      marks.push(...(rows ?? layoutColumns(category, burst, scale, titleEnd)));
    }
    lanes.set(category, marks);
  }
  return lanes;
}

/** One mark per event in rows, or null when some event finds no free row. */
function layoutRows(
  category: EventCategory,
  events: readonly PositionedEvent[],
  maxRows: number,
  titleEnd: number,
): EventMark[] | null {
  const rowEnds: number[] = [titleEnd];
  const marks: EventMark[] = [];
  for (const { event, x } of events) {
    let row = freeRow(rowEnds, x);
    if (row === -1) {
      if (rowEnds.length >= maxRows) return null;
      row = rowEnds.length;
    }
    rowEnds[row] = x + MARK_RADIUS;
    marks.push({ kind: 'event', event, category, x, row, year: yearOf(event.date) });
  }
  return marks;
}

/** Events gathered in columns one mark wide: a lone event keeps its mark, others cluster. */
function layoutColumns(
  category: EventCategory,
  events: readonly PositionedEvent[],
  scale: ScaleTime<number, number>,
  titleEnd: number,
): LaneMark[] {
  const columns = new Map<number, PositionedEvent[]>();
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
    const x = items.length === 1 ? first.x : (column + 0.5) * MARK_PITCH;
    const row = underTitle(x, titleEnd) ? 1 : 0;
    if (items.length === 1) {
      marks.push({
        kind: 'event',
        event: first.event,
        category,
        x,
        row,
        year: yearOf(first.event.date),
      });
      continue;
    }
    marks.push({
      kind: 'cluster',
      category,
      x,
      row,
      events: items.map((item) => item.event),
      focus: dateToYear(scale.invert(x)),
    });
  }
  return marks;
}

/** How far a cluster's click zooms in: enough to spread its column over several marks. */
export const CLUSTER_ZOOM = 0.25;

/**
 * Rows a cluster's bar takes, from its first row: it grows with the log of its count (2 events,
 * two rows; 128, eight) up to the lane's last row.
 */
export function clusterRowsFor(mark: ClusterMark, laneRows: number, maxRows: number): number {
  const grown = Math.ceil(Math.log2(mark.events.length)) + 1;
  return Math.max(1, Math.min(maxRows, laneRows - mark.row, grown));
}
