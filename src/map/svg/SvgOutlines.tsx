import type { CountryShape } from './svgMap';

export interface SvgOutlinesProps {
  shapesByCode: ReadonlyMap<string, CountryShape>;
  codes: readonly string[];
  colour: string;
  width: number;
  /** Dash and gap in line widths, as MapLibre's line-dasharray. */
  dash?: readonly number[];
  opacity?: number;
  /** For a colour from CSS, such as the focus ring's. */
  className?: string;
  testId?: string;
}

/**
 * Outlines drawn above every fill (an outline on the country's own path would be half hidden
 * by its neighbours), the way MapLibre's line layers sit above the fill layer.
 */
export function SvgOutlines({
  shapesByCode,
  codes,
  colour,
  width,
  dash,
  opacity = 1,
  className,
  testId,
}: SvgOutlinesProps) {
  return (
    <g
      className={className}
      fill="none"
      stroke={colour}
      strokeWidth={width}
      strokeOpacity={opacity}
      strokeDasharray={dash?.map((d) => d * width).join(' ')}
      strokeLinejoin="round"
      pointerEvents="none"
      aria-hidden="true"
      data-testid={testId}
    >
      {codes.map((code) => {
        const shape = shapesByCode.get(code);
        return shape && <path key={code} d={shape.d} data-code={code} />;
      })}
    </g>
  );
}
