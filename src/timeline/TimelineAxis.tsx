import { memo } from 'react';
import type { AxisTick } from './axisTicks';
import { TICK_LABEL_DY } from './timelineLayout';

export interface TimelineAxisProps {
  ticks: readonly AxisTick[];
  /** x of the focus scale's break (2012) when it is in view: drawn as a double slash. */
  breakX: number | null;
  top: number;
  width: number;
}

/** Year ticks computed by axisTicks.ts, drawn by React; the break says the spacing changes. */
export const TimelineAxis = memo(function TimelineAxis({
  ticks,
  breakX,
  top,
  width,
}: TimelineAxisProps) {
  return (
    <g className="timeline-axis" transform={`translate(0,${String(top)})`} aria-hidden="true">
      <line x1={0} x2={width} y1={0} y2={0} />
      {ticks.map((tick) => (
        <g key={tick.year}>
          <line x1={tick.x} x2={tick.x} y1={0} y2={5} />
          {tick.labelled && (
            <text x={tick.labelX} y={TICK_LABEL_DY} textAnchor="middle">
              {tick.year}
            </text>
          )}
        </g>
      ))}
      {breakX !== null && (
        <g className="timeline-axis-break" transform={`translate(${String(breakX)},0)`}>
          <rect x={-4} y={-4} width={8} height={8} />
          <line x1={-4} x2={-1} y1={4} y2={-4} />
          <line x1={1} x2={4} y1={4} y2={-4} />
        </g>
      )}
    </g>
  );
});
