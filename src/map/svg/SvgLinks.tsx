import type { AtlasIndex } from '../../data/atlasIndex';
import { MAP_COLOURS } from '../../theme/palette';
import { MAP_SIZES } from '../mapConstants';
import { linkFeatures } from '../mapFeatures';
import { pathIn, project, type MercatorFrame } from './svgMap';

export interface SvgLinksProps {
  index: AtlasIndex;
  /** Shape codes involved in the selected event, or in the year's events. */
  codes: readonly string[];
  frame: MercatorFrame;
}

/** Dashed lines from Bamako to each involved capital, and the capitals as dots. */
export function SvgLinks({ index, codes, frame }: SvgLinksProps) {
  const path = pathIn(frame);
  const features = linkFeatures(index, codes).features;
  return (
    <g pointerEvents="none" aria-hidden="true">
      <g
        fill="none"
        stroke={MAP_COLOURS.link}
        strokeWidth={MAP_SIZES.link}
        strokeDasharray={MAP_SIZES.linkDash.map((d) => d * MAP_SIZES.link).join(' ')}
        strokeLinecap="round"
      >
        {features.map(
          (feature) =>
            feature.geometry.type === 'LineString' && (
              <path key={feature.properties.iso3} d={path(feature.geometry) ?? ''} />
            ),
        )}
      </g>
      <g
        fill={MAP_COLOURS.capital}
        stroke={MAP_COLOURS.labelHalo}
        strokeWidth={MAP_SIZES.capitalStroke}
      >
        {features.map((feature) => {
          if (feature.geometry.type !== 'Point') return null;
          const [lon = 0, lat = 0] = feature.geometry.coordinates;
          const [cx, cy] = project(frame, [lon, lat]);
          return (
            <circle key={feature.properties.iso3} cx={cx} cy={cy} r={MAP_SIZES.capitalRadius} />
          );
        })}
      </g>
    </g>
  );
}
