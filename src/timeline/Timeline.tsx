/**
 * The timeline container: measures itself, owns the zoom (purely local), and turns pointer,
 * wheel and keys into store actions. Scales and layout come from the headless model; the
 * children only draw. It does not read the year: only the marker and the handle do, so a year
 * change re-renders two small components and leaves the marks alone.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import { type AtlasIndex } from '../data/atlasIndex';
import { EVENT_CATEGORIES } from '../data/schemas';
import { useElementSize } from '../ui/useElementSize';
import { useT } from '../i18n/useT';
import { useStoreApi } from '../state/StoreContext';
import { TimelineAxis } from './TimelineAxis';
import { TimelineEras } from './TimelineEras';
import { TimelineLanes } from './TimelineLanes';
import { TimelineSpans } from './TimelineSpans';
import { YearHandle } from './YearHandle';
import { YearMarker } from './YearMarker';
import {
  CLUSTER_ZOOM,
  createTimeScale,
  dateToYear,
  FULL_DOMAIN,
  isFullDomain,
  layoutLanes,
  rowsUsed,
  panDomain,
  xToYear,
  zoomDomain,
  type YearDomain,
} from './timelineModel';
import { layoutSpans } from './timelineSpans';
import { TIMELINE_SIZES as S } from './timelineConstants';
import { crashIfProbed } from '../ui/crashProbe';
import './timeline.css';

export interface TimelineProps {
  index: AtlasIndex;
}

const CLICK_SLOP = 4;
/** The width the timeline is laid out for until its box is measured (before the first paint). */
const TIMELINE_INITIAL_SIZE = { width: 800, height: 0 };

export function Timeline({ index }: TimelineProps) {
  if (import.meta.env.DEV) crashIfProbed('timeline');
  const store = useStoreApi();
  const { t, l } = useT();
  const frameRef = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(frameRef, TIMELINE_INITIAL_SIZE);
  const [domain, setDomain] = useState<YearDomain>(FULL_DOMAIN);
  const plotWidth = Math.max(100, width - S.marginX * 2);
  const scale = useMemo(() => createTimeScale(domain, plotWidth), [domain, plotWidth]);

  const lanes = useMemo(
    () => layoutLanes(index.events, scale, S.maxRowsPerLane, (e) => l(e.title)),
    [index.events, scale, l],
  );
  const laneHeights = useMemo(
    () =>
      EVENT_CATEGORIES.map(
        (c) => rowsUsed(lanes.get(c) ?? [], S.maxRowsPerLane) * S.laneRow + S.lanePadding,
      ),
    [lanes],
  );
  const spans = useMemo(() => layoutSpans(index.context, scale), [index.context, scale]);
  const spansHeight = spans.rows * S.spanRow;
  const lanesTop = S.eraHeight + spansHeight + S.gap;
  const axisTop = lanesTop + laneHeights.reduce((a, b) => a + b, 0);
  const height = axisTop + S.axisHeight;

  const zoomIn = useCallback(
    (focus: number) => setDomain((d) => zoomDomain(d, focus, CLUSTER_ZOOM)),
    [],
  );

  // Pointer: a click places the year; a drag pans; two pointers pinch-zoom.
  const pointers = useRef(new Map<number, number>());
  const gesture = useRef<{ startX: number; lastX: number; moved: boolean; pinch: number | null }>({
    startX: 0,
    lastX: 0,
    moved: false,
    pinch: null,
  });

  const xOf = useCallback((clientX: number) => {
    const rect = frameRef.current?.getBoundingClientRect();
    return clientX - (rect?.left ?? 0) - S.marginX;
  }, []);

  const onPointerDown = (event: PointerEvent<SVGRectElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    pointers.current.set(event.pointerId, event.clientX);
    gesture.current = { startX: event.clientX, lastX: event.clientX, moved: false, pinch: null };
    if (pointers.current.size === 2) {
      const [a = 0, b = 0] = [...pointers.current.values()];
      gesture.current.pinch = Math.abs(a - b);
    }
  };

  const onPointerMove = (event: PointerEvent<SVGRectElement>) => {
    if (!pointers.current.has(event.pointerId)) return;
    pointers.current.set(event.pointerId, event.clientX);
    const g = gesture.current;
    if (pointers.current.size === 2 && g.pinch) {
      const [a = 0, b = 0] = [...pointers.current.values()];
      const distance = Math.max(1, Math.abs(a - b));
      const focus = dateToYear(scale.invert(xOf((a + b) / 2)));
      setDomain((d) => zoomDomain(d, focus, (g.pinch ?? distance) / distance));
      g.pinch = distance;
      g.moved = true;
      return;
    }
    if (Math.abs(event.clientX - g.startX) > CLICK_SLOP) g.moved = true;
    if (g.moved) {
      const yearsPerPixel = (domain[1] - domain[0]) / plotWidth;
      const delta = (g.lastX - event.clientX) * yearsPerPixel;
      setDomain((d) => panDomain(d, delta));
    }
    g.lastX = event.clientX;
  };

  const onPointerUp = (event: PointerEvent<SVGRectElement>) => {
    const wasClick = !gesture.current.moved && pointers.current.size === 1;
    pointers.current.delete(event.pointerId);
    if (wasClick) store.getState().actions.scrubYear(xToYear(scale, xOf(event.clientX)));
  };

  // Wheel zoom needs a non-passive listener to keep the page from scrolling meanwhile.
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    const onWheel = (event: WheelEvent) => {
      if (event.deltaY === 0) return;
      event.preventDefault();
      const rect = frame.getBoundingClientRect();
      const focus = dateToYear(scale.invert(event.clientX - rect.left - S.marginX));
      setDomain((d) => zoomDomain(d, focus, event.deltaY > 0 ? 1.2 : 1 / 1.2));
    };
    frame.addEventListener('wheel', onWheel, { passive: false });
    return () => frame.removeEventListener('wheel', onWheel);
  }, [scale]);

  return (
    <section className="timeline" aria-label={t('timeline.label')} id="timeline">
      <div className="timeline-toolbar">
        <span className="timeline-hint">{t('timeline.zoomHint')}</span>
        <button
          type="button"
          className="button-small"
          onClick={() => setDomain(FULL_DOMAIN)}
          disabled={isFullDomain(domain)}
        >
          {t('timeline.resetZoom')}
        </button>
      </div>
      <div className="timeline-frame" ref={frameRef} style={{ height }}>
        <svg width={width} height={height} className="timeline-svg" aria-hidden="false">
          <g transform={`translate(${String(S.marginX)},0)`}>
            <clipPath id="timeline-clip">
              <rect x={-S.marginX} y={0} width={plotWidth + S.marginX * 2} height={height} />
            </clipPath>
            <rect
              className="timeline-hit"
              x={0}
              y={0}
              width={plotWidth}
              height={height}
              onPointerDown={onPointerDown}
              onPointerMove={onPointerMove}
              onPointerUp={onPointerUp}
              onPointerCancel={(e) => pointers.current.delete(e.pointerId)}
            />
            <g clipPath="url(#timeline-clip)">
              <TimelineEras eras={index.context.eras} scale={scale} height={S.eraHeight} />
              <TimelineSpans bars={spans.bars} top={S.eraHeight} rowHeight={S.spanRow} />
              <TimelineLanes
                lanes={lanes}
                top={lanesTop}
                laneHeights={laneHeights}
                rowHeight={S.laneRow}
                clusterRows={S.maxRowsPerLane}
                index={index}
                onZoomIn={zoomIn}
              />
            </g>
            <TimelineAxis scale={scale} top={axisTop} width={plotWidth} />
          </g>
        </svg>
        <YearMarker scale={scale} left={S.marginX} width={plotWidth} height={axisTop} />
        <YearHandle
          plotWidth={plotWidth}
          top={axisTop}
          scale={scale}
          marginX={S.marginX}
          frameRef={frameRef}
        />
      </div>
    </section>
  );
}
