import { memo, type KeyboardEvent } from 'react';
import { eventShapeCodes, type AtlasIndex } from '../data/atlasIndex';
import { EVENT_CATEGORIES, type AtlasEvent, type EventCategory } from '../data/schemas';
import { useT } from '../i18n/useT';
import { useAtlasShallow, useStoreApi } from '../state/StoreContext';
import { CATEGORY_COLOURS } from '../theme/palette';
import { MARK_RADIUS, type EventMark } from './timelineModel';

export interface TimelineLanesProps {
  lanes: Map<EventCategory, EventMark[]>;
  top: number;
  laneHeights: readonly number[];
  rowHeight: number;
  index: AtlasIndex;
}

/** One lane per category; each event is a focusable button named by its title and year. */
export const TimelineLanes = memo(function TimelineLanes({
  lanes,
  top,
  laneHeights,
  rowHeight,
  index,
}: TimelineLanesProps) {
  const { t, l } = useT();
  const store = useStoreApi();
  const { country, event: selectedEvent } = useAtlasShallow((s) => ({
    country: s.country,
    event: s.event,
  }));
  const choose = (event: AtlasEvent, year: number) =>
    store.getState().actions.selectEvent({ id: event.id, year });
  const onKey = (e: KeyboardEvent, event: AtlasEvent, year: number) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      choose(event, year);
    }
  };
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
              const title = l(mark.event.title);
              const involved =
                country === null || eventShapeCodes(index, mark.event).includes(country);
              const selected = mark.event.id === selectedEvent;
              const cy = y0 + 11 + rowHeight * mark.row + rowHeight / 2;
              return (
                <g
                  key={mark.event.id}
                  role="button"
                  tabIndex={0}
                  aria-label={t('event.button', { title, year: mark.year })}
                  aria-pressed={selected}
                  data-testid={`timeline.event.${mark.event.id}`}
                  className={`event-mark${involved ? '' : ' is-dimmed'}${selected ? ' is-selected' : ''}${country !== null && involved ? ' is-highlighted' : ''}`}
                  onClick={() => choose(mark.event, mark.year)}
                  onKeyDown={(e) => onKey(e, mark.event, mark.year)}
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
