/**
 * Collision-free placement of text labels, free of the DOM: boxes, a record of the room already
 * taken, the side a mark's title goes on, and the text that fits a bar. The timeline's own rules
 * (which labels, in which order, with which boxes) are in timelineLabels.ts.
 */

/** An axis-aligned box: x0 ≤ x1, y0 ≤ y1. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Whether two boxes share some area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

export function boxInside(inner: Box, outer: Box): boolean {
  return (
    inner.x0 >= outer.x0 && inner.x1 <= outer.x1 && inner.y0 >= outer.y0 && inner.y1 <= outer.y1
  );
}

/** Boxes taken so far, bucketed by x so a check looks only at its neighbours. */
export interface Occupancy {
  add: (box: Box) => void;
  collides: (box: Box) => boolean;
  /**
   * How far right a box may reach from its left end before it meets a taken one: its own right
   * end when nothing is in the way, null when its left end is already taken.
   */
  clearUntil: (box: Box) => number | null;
}

const BUCKET_WIDTH = 64;

export function createOccupancy(boxes: Iterable<Box> = []): Occupancy {
  const buckets = new Map<number, Box[]>();
  const bucketRange = (box: Box) => [
    Math.floor(box.x0 / BUCKET_WIDTH),
    Math.floor(box.x1 / BUCKET_WIDTH),
  ];
  const add = (box: Box) => {
    const [first = 0, last = 0] = bucketRange(box);
    for (let b = first; b <= last; b++) {
      const list = buckets.get(b);
      if (list) list.push(box);
      else buckets.set(b, [box]);
    }
  };
  const collides = (box: Box) => {
    const [first = 0, last = 0] = bucketRange(box);
    for (let b = first; b <= last; b++) {
      if (buckets.get(b)?.some((other) => boxesOverlap(box, other))) return true;
    }
    return false;
  };
  const clearUntil = (box: Box) => {
    const [first = 0, last = 0] = bucketRange(box);
    let until = box.x1;
    for (let b = first; b <= last; b++) {
      for (const other of buckets.get(b) ?? []) {
        if (!boxesOverlap(box, other)) continue;
        if (other.x0 <= box.x0) return null;
        until = Math.min(until, other.x0);
      }
    }
    return until;
  };
  for (const box of boxes) add(box);
  return { add, collides, clearUntil };
}

export type TitleSide = 'right' | 'left';

/** A mark's title to place beside it. */
export interface MarkTitle {
  id: string;
  /** The mark's centre. */
  x: number;
  baseline: number;
  /** The text's width. */
  width: number;
}

/** How a title's box hangs around its text. */
export interface TitleMetrics {
  /** From the mark's centre to the near end of the text. */
  gap: number;
  /** Extent above and below the baseline that other labels must keep clear of. */
  ascent: number;
  descent: number;
  /** Extent of the ink above and below the baseline, which marks must keep clear of. */
  inkAscent: number;
  inkDescent: number;
}

/** The text's box on one side of its mark; `ink` picks the tighter vertical extent. */
export function titleBox(title: MarkTitle, side: TitleSide, m: TitleMetrics, ink = false): Box {
  const x0 = side === 'right' ? title.x + m.gap : title.x - m.gap - title.width;
  return {
    x0,
    x1: x0 + title.width,
    y0: title.baseline - (ink ? m.inkAscent : m.ascent),
    y1: title.baseline + (ink ? m.inkDescent : m.descent),
  };
}

/**
 * Places titles, in the order given, each on the first side where it stays inside `bounds`,
 * clear of every label placed before (those in `labels` to start with) and of every mark:
 * right, else left, else nowhere (the mark keeps its title as its accessible name and tooltip).
 * Placed titles are added to `labels`.
 */
export function placeTitles(
  titles: readonly MarkTitle[],
  marks: Occupancy,
  labels: Occupancy,
  bounds: Box,
  metrics: TitleMetrics,
): Map<string, TitleSide> {
  const placed = new Map<string, TitleSide>();
  for (const title of titles) {
    for (const side of ['right', 'left'] as const) {
      const box = titleBox(title, side, metrics);
      if (!boxInside(box, bounds) || labels.collides(box)) continue;
      if (marks.collides(titleBox(title, side, metrics, true))) continue;
      labels.add(box);
      placed.set(title.id, side);
      break;
    }
  }
  return placed;
}

export const ELLIPSIS = '…';

const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The text to write in `room` px: the first of `variants` (longest first) that fits whole, else
 * the last one cut short with an ellipsis, keeping at least `minChars` characters; else null.
 */
export function fitText(
  variants: readonly string[],
  room: number,
  widthOf: (text: string) => number,
  minChars = 3,
): string | null {
  for (const variant of variants) if (widthOf(variant) <= room) return variant;
  // Cut between graphemes, so an accented letter written as two code points stays whole.
  const chars = Array.from(
    GRAPHEMES.segment(variants[variants.length - 1] ?? ''),
    (part) => part.segment,
  );
  // Widths grow with the prefix, so the longest prefix that fits is found by bisection.
  let lo = minChars - 1;
  let hi = chars.length - 1;
  const cut = (n: number) =>
    `${chars
      .slice(0, n)
      .join('')
      .replace(/[\s,.:;–-]+$/u, '')}${ELLIPSIS}`;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (widthOf(cut(mid)) <= room) lo = mid;
    else hi = mid - 1;
  }
  return lo >= minChars ? cut(lo) : null;
}
