import { memo } from 'react';
import { MAP_COLOURS } from '../../theme/palette';
import { MAP_SIZES } from '../mapConstants';
import type { CountryShape } from './svgMap';

export interface SvgCountriesProps {
  shapes: readonly CountryShape[];
  /** The fill of each country code. */
  fills: ReadonlyMap<string, string>;
  /** Accessible names of the countries that are buttons: the covered ones in view. */
  names: ReadonlyMap<string, string>;
  /** The one button in the tab order (roving tabindex); arrows move between the others. */
  tabStop: string | null;
  selected: string | null;
}

/**
 * The countries filled by their status, with white borders. Memoised: hovering re-renders the
 * outlines and the tooltip, never these few hundred paths.
 */
export const SvgCountries = memo(function SvgCountries({
  shapes,
  fills,
  names,
  tabStop,
  selected,
}: SvgCountriesProps) {
  return (
    <g stroke={MAP_COLOURS.border} strokeWidth={MAP_SIZES.border} fillRule="evenodd">
      {shapes.map(({ iso3, d }) => {
        const name = names.get(iso3);
        const fill = fills.get(iso3) ?? MAP_COLOURS.noData;
        return name === undefined ? (
          <path key={iso3} d={d} fill={fill} data-iso3={iso3} />
        ) : (
          <path
            key={iso3}
            className="svg-map-country"
            d={d}
            fill={fill}
            data-iso3={iso3}
            role="button"
            tabIndex={iso3 === tabStop ? 0 : -1}
            aria-label={name}
            aria-current={iso3 === selected ? 'true' : undefined}
            cursor="pointer"
          />
        );
      })}
    </g>
  );
});
