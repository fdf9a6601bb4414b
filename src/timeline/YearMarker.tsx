import type { ScaleTime } from 'd3-scale';
import { useSelectedYear } from '../state/hooks';
import { yearToDate } from './focusScale';
import { yearToX } from './timelineModel';

export interface YearMarkerProps {
  scale: ScaleTime<number, number>;
  left: number;
  width: number;
  height: number;
}

/**
 * The selected year's band (under the marks) and line (over them), drawn outside the marks'
 * SVG and moved by transform: a year change then never repaints the marks, which at 10,000
 * events cost a whole frame (measured by npm run bench).
 */
export function YearMarker({ scale, left, width, height }: YearMarkerProps) {
  const year = useSelectedYear();
  const bandX = scale(yearToDate(year));
  const bandWidth = Math.max(1, scale(yearToDate(year + 1)) - bandX);
  const lineX = yearToX(scale, year);
  return (
    <div className="timeline-year-marker" style={{ left, width, height }} aria-hidden="true">
      <div
        className="timeline-year-band"
        style={{ width: bandWidth, transform: `translateX(${String(bandX)}px)` }}
      />
      {lineX >= 0 && lineX <= width && (
        <div
          className="timeline-handle-line"
          style={{ transform: `translateX(${String(lineX - 1)}px)` }}
        />
      )}
    </div>
  );
}
