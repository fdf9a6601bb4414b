import { MALI, countryNameInYear, statusAt, type AtlasIndex } from '../data/atlasIndex';
import { useT } from '../i18n/useT';
import { useSelectedYear } from '../state/hooks';
import { MAP_COLOURS, STATUS_COLOURS } from '../theme/palette';

export interface HoverInfo {
  iso3: string;
  x: number;
  y: number;
}

export interface MapTooltipProps {
  index: AtlasIndex;
  info: HoverInfo;
}

/** Name as it was that year, status in words, and when relations began. */
export function MapTooltip({ index, info }: MapTooltipProps) {
  const { t, l, date } = useT();
  const year = useSelectedYear();
  const country = index.countriesByIso.get(info.iso3);
  const status = statusAt(country, year);
  return (
    <div className="map-tooltip" style={{ left: info.x + 14, top: info.y + 14 }} role="tooltip">
      {country ? (
        <>
          <strong>{l(countryNameInYear(index, country, year))}</strong>
          {country.iso3 !== MALI && (
            <>
              <span className="tooltip-status">
                <span
                  className="swatch"
                  style={{
                    background:
                      status === 'unknown' || status === 'mali'
                        ? MAP_COLOURS.noData
                        : STATUS_COLOURS[status],
                  }}
                />
                {status === 'mali' ? '' : t(`status.${status}`)}
              </span>
              <span>
                {country.relationsSince
                  ? t('map.tooltip.since', { date: date(country.relationsSince.date) })
                  : t('map.tooltip.noDate')}
              </span>
            </>
          )}
        </>
      ) : (
        <span>{t('map.tooltip.noData')}</span>
      )}
    </div>
  );
}
