import { memo, type KeyboardEvent } from 'react';
import { eventShapeCodes, type AtlasIndex } from '../data/atlasIndex';
import { EVENT_CATEGORIES, type AtlasEvent, type EventCategory } from '../data/schemas';
import { useT } from '../i18n/useT';
import { useAtlasShallow, useStoreApi } from '../state/StoreContext';
import { CATEGORY_COLOURS } from '../theme/palette';
import type { TitleSide } from './labelPlacement';
import { TIMELINE_SIZES as S } from './timelineConstants';
import { TITLE_GAP, type LaneTitle } from './timelineLabels';
import { rowCentreY, titleBaselineY } from './timelineLayout';
import { clusterRowsFor, MARK_RADIUS, type LaneMark } from './timelineModel';

export interface TimelineLanesProps {
  lanes: ReadonlyMap<EventCategory, readonly LaneMark[]>;
  /** Top, height and rows of each lane, in EVENT_CATEGORIES order. */
  laneTops: readonly number[];
  laneHeights: readonly number[];
  laneRows: readonly number[];
  /** Each lane's title as it fits, in EVENT_CATEGORIES order. */
  laneTitles: readonly LaneTitle[];
  /** Which side of its mark each event's title is drawn on; absent, the mark shows alone. */
  titleSides: ReadonlyMap<string, TitleSide>;
  index: AtlasIndex;
  /** Zooms the timeline in around a year (a cluster was chosen). */
  onZoomIn: (focus: number) => void;
}

/**
 * One lane per category; each event is a focusable button named by its title and year, with
 * the title also in an SVG <title> (the tooltip on hover) since a crowded mark draws none.
 */
export const TimelineLanes = memo(function TimelineLanes({
  lanes,
  laneTops,
  laneHeights,
  laneRows,
  laneTitles,
  titleSides,
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
        const y0 = laneTops[laneIndex] ?? 0;
        const laneHeight = laneHeights[laneIndex] ?? 0;
        const rows = laneRows[laneIndex] ?? 1;
        const marks = lanes.get(category) ?? [];
        const laneTitle = laneTitles[laneIndex]?.text;
        return (
          <g key={category} role="group" aria-label={t(`category.${category}`)}>
            <rect className="lane-bg" x={-9999} width={99999} y={y0} height={laneHeight} />
            {laneTitle && (
              <text
                className="lane-label"
                x={S.laneTitleX}
                y={titleBaselineY(rowCentreY(y0, 0))}
                aria-hidden="true"
              >
                {laneTitle}
              </text>
            )}
            {marks.map((mark) => {
              if (mark.kind === 'cluster') {
                const first = mark.events[0];
                const last = mark.events[mark.events.length - 1];
                if (!first || !last) return null;
                const barRows = clusterRowsFor(mark, rows, S.maxClusterRows);
                const barTop = rowCentreY(y0, mark.row) - S.laneRow / 2;
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
                      y={barTop + 1}
                      width={MARK_RADIUS * 2}
                      height={S.laneRow * barRows - 2}
                      rx={MARK_RADIUS}
                      fill={CATEGORY_COLOURS[category]}
                    />
                    <title>{label}</title>
                  </g>
                );
              }
              const title = l(mark.event.title);
              const selected = mark.event.id === selectedEvent;
              const cy = rowCentreY(y0, mark.row);
              const side = titleSides.get(mark.event.id);
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
                  {side && (
                    <text
                      className="event-title"
                      x={side === 'right' ? mark.x + TITLE_GAP : mark.x - TITLE_GAP}
                      y={titleBaselineY(cy)}
                      textAnchor={side === 'right' ? 'start' : 'end'}
                    >
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
