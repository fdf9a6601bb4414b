import { memo } from 'react';
import { useT } from '../i18n/useT';
import { SPAN_LABEL_INSET } from './timelineLabels';
import { spanLabelBaselineY, spanRowY } from './timelineLayout';
import type { SpanBar } from './timelineSpans';

export interface TimelineSpansProps {
  /** The bars drawn: those in the rows the height allows. */
  bars: readonly SpanBar[];
  /** The label drawn in each bar, by bar id: whole, shortened, or absent when it does not fit. */
  labels: ReadonlyMap<string, string>;
  top: number;
  rowHeight: number;
}

/** Bars for Mali's memberships and for the foreign presences in Mali. */
export const TimelineSpans = memo(function TimelineSpans({
  bars,
  labels,
  top,
  rowHeight,
}: TimelineSpansProps) {
  const { l, t, date } = useT();
  return (
    <g className="timeline-spans" role="list" aria-label={t('timeline.spans')}>
      {bars.map((bar) => {
        const name = l(bar.label);
        const label = labels.get(bar.id);
        const y = spanRowY(top, bar.row);
        const range = `${date(bar.from)} – ${bar.to ? date(bar.to) : '…'}`;
        return (
          <g key={bar.id} role="listitem" aria-label={`${name}: ${range}`}>
            <rect
              className={`span span-${bar.kind}`}
              x={bar.x0}
              y={y + 1}
              width={Math.max(2, bar.x1 - bar.x0 - 1)}
              height={rowHeight - 2}
              rx={2}
            >
              <title>{`${name}: ${range}`}</title>
            </rect>
            {label !== undefined && (
              <text
                className="span-label"
                x={Math.max(0, bar.x0) + SPAN_LABEL_INSET}
                y={spanLabelBaselineY(y)}
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
