import { memo } from 'react';
import type { ScaleTime } from 'd3-scale';
import { isoToUtcDate } from '../data/dates';
import { LAST_YEAR, type Era } from '../data/schemas';
import { useT } from '../i18n/useT';
import { yearToDate } from './timelineModel';

export interface TimelineErasProps {
  eras: readonly Era[];
  scale: ScaleTime<number, number>;
  height: number;
}

/** Bands for Mali's eras of government, labelled where they are wide enough. */
export const TimelineEras = memo(function TimelineEras({ eras, scale, height }: TimelineErasProps) {
  const { l, t } = useT();
  return (
    <g className="timeline-eras" role="list" aria-label={t('timeline.eras')}>
      {eras.map((era, i) => {
        const x0 = scale(isoToUtcDate(era.from));
        const x1 = scale(era.to ? isoToUtcDate(era.to) : yearToDate(LAST_YEAR + 1));
        const name = l(era.name);
        const fits = x1 - x0 > name.length * 6 + 8;
        return (
          <g key={era.id} role="listitem" aria-label={name}>
            <rect
              className={i % 2 === 0 ? 'era era-even' : 'era era-odd'}
              x={x0}
              width={Math.max(0, x1 - x0)}
              y={0}
              height={height - 2}
            >
              <title>{name}</title>
            </rect>
            {fits && (
              <text className="era-label" x={x0 + 4} y={height - 6}>
                {name}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
});
