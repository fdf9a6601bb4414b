/** Sizes of the timeline's parts, in CSS pixels. */
export const TIMELINE_SIZES = {
  marginX: 16,
  eraHeight: 18,
  spanRow: 10,
  gap: 6,
  laneRow: 9,
  /**
   * Room above a lane's first row and below its last. Together at least 5 px: a title on a
   * lane's last row then stays clear of the next lane's title (text boxes are 13.7 px tall).
   */
  lanePadTop: 2,
  lanePadBottom: 3,
  /** Where a lane's title starts, and the room kept after it before a mark in the same row. */
  laneTitleX: 4,
  laneTitleGap: 6,
  axisHeight: 26,
  /** Span rows drawn before lanes get more than their fewest rows, when there are so many. */
  minSpanRows: 3,
  /** Rows a cluster's bar may grow to, however tall its lane. */
  maxClusterRows: 8,
  /** The height laid out for until the frame is measured (or when it measures nothing). */
  defaultHeight: 260,
} as const;

export type TimelineSizes = typeof TIMELINE_SIZES;
