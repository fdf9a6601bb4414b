/** Sizes of the timeline's parts, in CSS pixels. */
export const TIMELINE_SIZES = {
  marginX: 16,
  eraHeight: 18,
  spanRow: 10,
  gap: 6,
  maxRowsPerLane: 8,
  laneRow: 9,
  lanePadding: 13,
  axisHeight: 26,
} as const;
