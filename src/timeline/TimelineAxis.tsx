import { memo } from 'react';
import type { ScaleTime } from 'd3-scale';
import { utcYear } from 'd3-time';
import { tickCountFor } from './timelineModel';

export interface TimelineAxisProps {
  scale: ScaleTime<number, number>;
  top: number;
  width: number;
}

/** Year ticks from d3-time, drawn by React. */
export const TimelineAxis = memo(function TimelineAxis({ scale, top, width }: TimelineAxisProps) {
  const [start, end] = scale.domain();
  const span = start && end ? end.getUTCFullYear() - start.getUTCFullYear() : 66;
  const count = tickCountFor(width);
  const every = [1, 2, 5, 10, 20].find((step) => span / step <= count) ?? 20;
  const ticks = scale.ticks(utcYear.every(every) ?? utcYear);
  return (
    <g className="timeline-axis" transform={`translate(0,${String(top)})`} aria-hidden="true">
      <line x1={0} x2={width} y1={0} y2={0} />
      {ticks.map((tick) => {
        const x = scale(tick);
        return (
          <g key={tick.getTime()} transform={`translate(${String(x)},0)`}>
            <line y1={0} y2={5} />
            <text y={17} textAnchor="middle">
              {tick.getUTCFullYear()}
            </text>
          </g>
        );
      })}
    </g>
  );
});
