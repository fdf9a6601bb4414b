import { memo } from 'react';
import { useT } from '../i18n/useT';
import { ERA_LABEL_INSET } from './timelineLabels';
import { eraLabelBaselineY } from './timelineLayout';
import type { EraBand } from './timelineSpans';

export interface TimelineErasProps {
  bands: readonly EraBand[];
  /** The label drawn in each band, by era id: whole, shortened, or absent when it does not fit. */
  labels: ReadonlyMap<string, string>;
  height: number;
}

/** Bands for Mali's eras of government; each keeps its full name for screen readers and hover. */
export const TimelineEras = memo(function TimelineEras({
  bands,
  labels,
  height,
}: TimelineErasProps) {
  const { l, t } = useT();
  return (
    <g className="timeline-eras" role="list" aria-label={t('timeline.eras')}>
      {bands.map((band, i) => {
        const name = l(band.name);
        const label = labels.get(band.id);
        return (
          <g key={band.id} role="listitem" aria-label={name}>
            <rect
              className={i % 2 === 0 ? 'era era-even' : 'era era-odd'}
              x={band.x0}
              width={Math.max(0, band.x1 - band.x0)}
              y={0}
              height={height - 2}
            >
              <title>{name}</title>
            </rect>
            {label !== undefined && (
              <text
                className="era-label"
                x={Math.max(0, band.x0) + ERA_LABEL_INSET}
                y={eraLabelBaselineY()}
                aria-hidden="true"
              >
                {label}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
});
