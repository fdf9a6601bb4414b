import { memo } from 'react';
import { MAP_COLOURS } from '../../theme/palette';
import { MAP_SIZES } from '../mapConstants';
import type { PlacedLabel } from './svgMap';

export interface SvgLabelsProps {
  labels: readonly PlacedLabel[];
}

/**
 * Country names with a white halo (a stroke painted under the fill). Hidden from assistive
 * technology: each country button already carries its name.
 */
export const SvgLabels = memo(function SvgLabels({ labels }: SvgLabelsProps) {
  return (
    <g
      fill={MAP_COLOURS.label}
      stroke={MAP_COLOURS.labelHalo}
      strokeWidth={MAP_SIZES.labelHalo * 2}
      strokeLinejoin="round"
      paintOrder="stroke"
      textAnchor="middle"
      dominantBaseline="central"
      pointerEvents="none"
      aria-hidden="true"
    >
      {labels.map(({ iso3, x, size, lines }) => (
        <text key={iso3} fontSize={size}>
          {lines.map((line, i) => (
            <tspan key={i} x={x} y={line.y}>
              {line.text}
            </tspan>
          ))}
        </text>
      ))}
    </g>
  );
});
