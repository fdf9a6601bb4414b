/**
 * Which of the timeline's labels are drawn, where, and with what text, so that none overlaps
 * another and none leaves the plot. Lane titles come first (they hold the start of their lane's
 * first row), then era and span labels inside their bars, then the events' titles beside their
 * marks, left to right. Each label's box is its real extent: as wide as its measured text and as
 * tall as the font's ascent and descent, which is more than a lane row.
 */
import type { AtlasEvent, EventCategory } from '../data/schemas';
import { EVENT_CATEGORIES } from '../data/schemas';
import {
  createOccupancy,
  fitText,
  placeTitles,
  titleBox,
  type Box,
  type MarkTitle,
  type Occupancy,
  type TitleMetrics,
  type TitleSide,
} from './labelPlacement';
import { FONT_ASCENT, FONT_DESCENT, INK_ASCENT, INK_DESCENT, LABEL_FONTS } from './textMeasure';
import type { LabelFont, MeasureText } from './textMeasure';
import { TIMELINE_SIZES as S } from './timelineConstants';
import {
  eraLabelBaselineY,
  rowCentreY,
  spanLabelBaselineY,
  spanRowY,
  titleBaselineY,
  type TimelineBudget,
} from './timelineLayout';
import { clusterRowsFor, MARK_RADIUS, type LaneMark } from './timelineModel';
import type { EraBand, SpanBar } from './timelineSpans';

/** From a mark's centre to its title: clear of a selected mark's larger circle and ring. */
export const TITLE_GAP = MARK_RADIUS + 4;
/** Inset of an era's or a span's label from its bar's visible left end (and right end). */
export const ERA_LABEL_INSET = 4;
export const SPAN_LABEL_INSET = 3;

const metricsFor = (font: LabelFont, gap = 0): TitleMetrics => ({
  gap,
  ascent: font.size * FONT_ASCENT,
  descent: font.size * FONT_DESCENT,
  inkAscent: font.size * INK_ASCENT,
  inkDescent: font.size * INK_DESCENT,
});

const EVENT_TITLE_METRICS = metricsFor(LABEL_FONTS.eventTitle, TITLE_GAP);

/** A lane's title as drawn: its text (cut short on a narrow plot) and where its room ends. */
export interface LaneTitle {
  text: string;
  width: number;
  /** Row 0 of the lane is the title's up to this x. */
  end: number;
}

export function fitLaneTitles(
  names: readonly string[],
  plotWidth: number,
  measure: MeasureText,
): LaneTitle[] {
  const widthOf = (text: string) => measure(text, LABEL_FONTS.laneTitle);
  return names.map((name) => {
    const text = fitText([name], plotWidth - S.laneTitleX * 2, widthOf, 1) ?? '';
    const width = text ? widthOf(text) : 0;
    return { text, width, end: S.laneTitleX + width + S.laneTitleGap };
  });
}

/** A span's label, whole, or else the acronym its name ends with: "MINUSMA", "EUTM Mali". */
export function spanLabelVariants(label: string): string[] {
  const acronym = /\(([^()]+)\)\s*$/u.exec(label)?.[1];
  return acronym && acronym !== label ? [label, acronym] : [label];
}

export interface TimelineLabelInput {
  plotWidth: number;
  budget: TimelineBudget;
  laneTitles: readonly LaneTitle[];
  lanes: ReadonlyMap<EventCategory, readonly LaneMark[]>;
  eventTitle: (event: AtlasEvent) => string;
  eras: readonly EraBand[];
  eraName: (era: EraBand) => string;
  /** The bars drawn: those in the budget's span rows. */
  spans: readonly SpanBar[];
  spanName: (bar: SpanBar) => string;
  measure: MeasureText;
}

export interface TimelineLabels {
  /** Text of each era's label, by era id; an era absent here has none. */
  eras: Map<string, string>;
  /** Text of each span's label, by bar id. */
  spans: Map<string, string>;
  /** The side each event's title is on, by event id; an event absent here shows its mark alone. */
  eventTitles: Map<string, TitleSide>;
  /** Every label's box, to check that none overlaps another. */
  boxes: Box[];
}

/** A label's box from its left end and baseline. */
function textBox(x: number, baseline: number, width: number, font: LabelFont): Box {
  return {
    x0: x,
    x1: x + width,
    y0: baseline - font.size * FONT_ASCENT,
    y1: baseline + font.size * FONT_DESCENT,
  };
}

/**
 * Writes a label inside a bar's visible part, whole or shortened, in the room left before the
 * next label placed earlier (one in the row above or below may reach into it); returns its
 * text, or null.
 */
function placeBarLabel(
  variants: readonly string[],
  bar: { x0: number; x1: number },
  inset: number,
  baseline: number,
  font: LabelFont,
  plotWidth: number,
  taken: Occupancy,
  boxes: Box[],
  measure: MeasureText,
): string | null {
  const left = Math.max(0, bar.x0) + inset;
  const right = Math.min(plotWidth, bar.x1) - inset;
  if (right <= left) return null;
  const clear = taken.clearUntil(textBox(left, baseline, right - left, font));
  if (clear === null) return null;
  const text = fitText(variants, clear - left, (t) => measure(t, font));
  if (!text) return null;
  const box = textBox(left, baseline, measure(text, font), font);
  taken.add(box);
  boxes.push(box);
  return text;
}

/** The marks' own boxes: titles keep clear of every mark but their own. */
function markBoxes(input: TimelineLabelInput): Occupancy {
  const marks = createOccupancy();
  EVENT_CATEGORIES.forEach((category, laneIndex) => {
    const top = input.budget.laneTops[laneIndex] ?? 0;
    const laneRows = input.budget.laneRows[laneIndex] ?? 1;
    for (const mark of input.lanes.get(category) ?? []) {
      const cy = rowCentreY(top, mark.row);
      const rows = mark.kind === 'cluster' ? clusterRowsFor(mark, laneRows, S.maxClusterRows) : 1;
      marks.add({
        x0: mark.x - MARK_RADIUS,
        x1: mark.x + MARK_RADIUS,
        y0: cy - MARK_RADIUS,
        y1: cy + MARK_RADIUS + (rows - 1) * S.laneRow,
      });
    }
  });
  return marks;
}

export function layoutTimelineLabels(input: TimelineLabelInput): TimelineLabels {
  const { budget, plotWidth, measure } = input;
  const taken = createOccupancy();
  const boxes: Box[] = [];

  input.laneTitles.forEach((title, laneIndex) => {
    if (!title.text) return;
    const baseline = titleBaselineY(rowCentreY(budget.laneTops[laneIndex] ?? 0, 0));
    const box = textBox(S.laneTitleX, baseline, title.width, LABEL_FONTS.laneTitle);
    taken.add(box);
    boxes.push(box);
  });

  const eras = new Map<string, string>();
  for (const era of input.eras) {
    const text = placeBarLabel(
      [input.eraName(era)],
      era,
      ERA_LABEL_INSET,
      eraLabelBaselineY(),
      LABEL_FONTS.eraLabel,
      plotWidth,
      taken,
      boxes,
      measure,
    );
    if (text) eras.set(era.id, text);
  }

  const spans = new Map<string, string>();
  for (const bar of input.spans) {
    const text = placeBarLabel(
      spanLabelVariants(input.spanName(bar)),
      bar,
      SPAN_LABEL_INSET,
      spanLabelBaselineY(spanRowY(budget.spansTop, bar.row)),
      LABEL_FONTS.spanLabel,
      plotWidth,
      taken,
      boxes,
      measure,
    );
    if (text) spans.set(bar.id, text);
  }

  const titles: MarkTitle[] = [];
  EVENT_CATEGORIES.forEach((category, laneIndex) => {
    const top = budget.laneTops[laneIndex] ?? 0;
    for (const mark of input.lanes.get(category) ?? []) {
      if (mark.kind !== 'event') continue;
      titles.push({
        id: mark.event.id,
        x: mark.x,
        baseline: titleBaselineY(rowCentreY(top, mark.row)),
        width: measure(input.eventTitle(mark.event), LABEL_FONTS.eventTitle),
      });
    }
  });
  const bounds: Box = { x0: 0, x1: plotWidth, y0: 0, y1: budget.axisTop };
  const eventTitles = placeTitles(titles, markBoxes(input), taken, bounds, EVENT_TITLE_METRICS);
  for (const title of titles) {
    const side = eventTitles.get(title.id);
    if (side) boxes.push(titleBox(title, side, EVENT_TITLE_METRICS));
  }
  return { eras, spans, eventTitles, boxes };
}
