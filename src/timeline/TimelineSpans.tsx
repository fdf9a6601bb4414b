import { memo } from 'react';
import { useT } from '../i18n/useT';
import type { SpanBar } from './timelineSpans';

export interface TimelineSpansProps {
  bars: readonly SpanBar[];
  top: number;
  rowHeight: number;
}

/** Bars for Mali's memberships and for the foreign presences in Mali. */
export const TimelineSpans = memo(function TimelineSpans({
  bars,
  top,
  rowHeight,
}: TimelineSpansProps) {
  const { l, t, date } = useT();
  return (
    <g className="timeline-spans" role="list" aria-label={t('timeline.spans')}>
      {bars.map((bar) => {
        const label = l(bar.label);
        const width = bar.x1 - bar.x0;
        const y = top + bar.row * rowHeight;
        const range = `${date(bar.from)} – ${bar.to ? date(bar.to) : '…'}`;
        return (
          <g key={bar.id} role="listitem" aria-label={`${label}: ${range}`}>
            <rect
              className={`span span-${bar.kind}`}
              x={bar.x0}
              y={y + 1}
              width={width}
              height={rowHeight - 2}
              rx={2}
            >
              <title>{`${label}: ${range}`}</title>
            </rect>
            {width > label.length * 5 + 6 && (
              <text className="span-label" x={bar.x0 + 3} y={y + rowHeight - 3}>
                {label}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
});
