import { memo, type KeyboardEvent } from 'react';
import { eventShapeCodes, type AtlasIndex } from '../data/atlasIndex';
import { EVENT_CATEGORIES, type AtlasEvent, type EventCategory } from '../data/schemas';
import { useT } from '../i18n/useT';
import { useAtlasShallow, useStoreApi } from '../state/StoreContext';
import { CATEGORY_COLOURS } from '../theme/palette';
import { MARK_RADIUS, type ClusterMark, type LaneMark } from './timelineModel';

export interface TimelineLanesProps {
  lanes: Map<EventCategory, LaneMark[]>;
  top: number;
  laneHeights: readonly number[];
  rowHeight: number;
  /** Rows a cluster's bar may grow to. */
  clusterRows: number;
  index: AtlasIndex;
  /** Zooms the timeline in around a year (a cluster was chosen). */
  onZoomIn: (focus: number) => void;
}

/** A cluster's bar grows with the log of its count: 2 events, two rows; 128, eight. */
function clusterRowsFor(mark: ClusterMark, maxRows: number): number {
  return Math.min(maxRows, Math.ceil(Math.log2(mark.events.length)) + 1);
}

/** One lane per category; each event is a focusable button named by its title and year. */
export const TimelineLanes = memo(function TimelineLanes({
  lanes,
  top,
  laneHeights,
  rowHeight,
  clusterRows,
  index,
  onZoomIn,
}: TimelineLanesProps) {
  const { t, l, date } = useT();
  const store = useStoreApi();
  const { country, event: selectedEvent } = useAtlasShallow((s) => ({
    country: s.country,
    event: s.event,
  }));
  const onKey = (e: KeyboardEvent, act: () => void) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      act();
    }
  };
  const involves = (event: AtlasEvent) =>
    country !== null && eventShapeCodes(index, event).includes(country);
  // With a country chosen, its events stand out and the others fade.
  const stateClass = (involved: boolean, selected: boolean) =>
    `${country !== null && !involved ? ' is-dimmed' : ''}${selected ? ' is-selected' : ''}${country !== null && involved ? ' is-highlighted' : ''}`;
  return (
    <g className="timeline-lanes">
      {EVENT_CATEGORIES.map((category, laneIndex) => {
        const y0 = top + laneHeights.slice(0, laneIndex).reduce((a, b) => a + b, 0);
        const laneHeight = laneHeights[laneIndex] ?? 0;
        const marks = lanes.get(category) ?? [];
        return (
          <g key={category} role="group" aria-label={t(`category.${category}`)}>
            <rect className="lane-bg" x={-9999} width={99999} y={y0} height={laneHeight} />
            <text className="lane-label" x={4} y={y0 + 10}>
              {t(`category.${category}`)}
            </text>
            {marks.map((mark) => {
              if (mark.kind === 'cluster') {
                const first = mark.events[0];
                const last = mark.events[mark.events.length - 1];
                if (!first || !last) return null;
                const rows = clusterRowsFor(mark, clusterRows);
                const label = t('event.cluster', {
                  count: mark.events.length,
                  from: date(first.date),
                  to: date(last.date),
                });
                const zoom = () => onZoomIn(mark.focus);
                return (
                  <g
                    key={`cluster-${first.id}`}
                    role="button"
                    tabIndex={0}
                    aria-label={label}
                    data-testid={`timeline.cluster.${first.id}`}
                    data-count={mark.events.length}
                    className={`event-mark event-cluster${stateClass(
                      mark.events.some(involves),
                      mark.events.some((e) => e.id === selectedEvent),
                    )}`}
                    onClick={zoom}
                    onKeyDown={(e) => onKey(e, zoom)}
                  >
                    <rect
                      x={mark.x - MARK_RADIUS}
                      y={y0 + 11 + 1}
                      width={MARK_RADIUS * 2}
                      height={rowHeight * rows - 2}
                      rx={MARK_RADIUS}
                      fill={CATEGORY_COLOURS[category]}
                    />
                    <title>{label}</title>
                  </g>
                );
              }
              const title = l(mark.event.title);
              const selected = mark.event.id === selectedEvent;
              const cy = y0 + 11 + rowHeight * mark.row + rowHeight / 2;
              const choose = () =>
                store.getState().actions.selectEvent({ id: mark.event.id, year: mark.year });
              return (
                <g
                  key={mark.event.id}
                  role="button"
                  tabIndex={0}
                  aria-label={t('event.button', { title, year: mark.year })}
                  aria-pressed={selected}
                  data-testid={`timeline.event.${mark.event.id}`}
                  className={`event-mark${stateClass(involves(mark.event), selected)}`}
                  onClick={choose}
                  onKeyDown={(e) => onKey(e, choose)}
                >
                  <circle
                    cx={mark.x}
                    cy={cy}
                    r={selected ? MARK_RADIUS + 2 : MARK_RADIUS}
                    fill={CATEGORY_COLOURS[category]}
                  />
                  {mark.showTitle && (
                    <text className="event-title" x={mark.x + MARK_RADIUS + 3} y={cy + 3.5}>
                      {title}
                    </text>
                  )}
                  <title>{t('event.button', { title, year: mark.year })}</title>
                </g>
              );
            })}
          </g>
        );
      })}
    </g>
  );
});
