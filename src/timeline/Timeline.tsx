/**
 * The timeline container: measures itself, owns the zoom (purely local), and turns pointer,
 * wheel and keys into store actions. It fills the height the page gives it: the budget decides
 * how many rows each part gets, and label placement which labels fit. Scales and layout come
 * from the headless modules; the children only draw. It does not read the year: only the marker
 * and the handle do, so a year change re-renders two small components and leaves the marks alone.
 */
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type PointerEvent,
  type ReactNode,
} from 'react';
import { type AtlasIndex } from '../data/atlasIndex';
import { EVENT_CATEGORIES } from '../data/schemas';
import { useElementSize } from '../ui/useElementSize';
import { useT } from '../i18n/useT';
import { useStoreApi } from '../state/StoreContext';
import { axisTicks } from './axisTicks';
import {
  breakX,
  createTimeScale,
  dateToYear,
  FULL_DOMAIN,
  isFullDomain,
  panDomain,
  zoomDomain,
  type YearDomain,
} from './focusScale';
import { TimelineAxis } from './TimelineAxis';
import { TimelineEras } from './TimelineEras';
import { TimelineLanes } from './TimelineLanes';
import { TimelineSpans } from './TimelineSpans';
import { YearHandle } from './YearHandle';
import { YearMarker } from './YearMarker';
import { LABEL_FONTS } from './textMeasure';
import { fitLaneTitles, layoutTimelineLabels } from './timelineLabels';
import { budgetTimeline } from './timelineLayout';
import { CLUSTER_ZOOM, laneNeed, layoutLanes, positionEvents, xToYear } from './timelineModel';
import { layoutEras, layoutSpans } from './timelineSpans';
import { TIMELINE_SIZES as S } from './timelineConstants';
import { useTextMeasurer } from './useTextMeasurer';
import { crashIfProbed } from '../ui/crashProbe';
import './timeline.css';

export interface TimelineProps {
  index: AtlasIndex;
  /** Controls that share the toolbar's row (Play and its pace), so no row is spent on them. */
  controls?: ReactNode;
}

const CLICK_SLOP = 4;
/**
 * The size laid out for until the box is measured: the first screen written at build time, and
 * the render that takes it over, are laid out for a 1280 × 800 window, whose timeline is this
 * size (src/firstScreen/guard.ts hides the written marks in a window of another width).
 */
const TIMELINE_INITIAL_SIZE = { width: 1280, height: 206 };

export function Timeline({ index, controls }: TimelineProps) {
  if (import.meta.env.DEV) crashIfProbed('timeline');
  const store = useStoreApi();
  const { t, l } = useT();
  const frameRef = useRef<HTMLDivElement>(null);
  const { width, height: frameHeight } = useElementSize(frameRef, TIMELINE_INITIAL_SIZE);
  const measure = useTextMeasurer();
  const [domain, setDomain] = useState<YearDomain>(FULL_DOMAIN);
  const plotWidth = Math.max(100, width - S.marginX * 2);
  const available = frameHeight > 0 ? frameHeight : S.defaultHeight;
  const scale = useMemo(() => createTimeScale(domain, plotWidth), [domain, plotWidth]);

  const laneTitles = useMemo(
    () =>
      fitLaneTitles(
        EVENT_CATEGORIES.map((c) => t(`category.${c}`)),
        plotWidth,
        measure,
      ),
    [t, plotWidth, measure],
  );
  const positioned = useMemo(() => positionEvents(index.events, scale), [index.events, scale]);
  const spans = useMemo(() => layoutSpans(index.context, scale), [index.context, scale]);
  const eras = useMemo(() => layoutEras(index.context.eras, scale), [index.context.eras, scale]);
  const budget = useMemo(() => {
    // No lane can have more rows than the whole height holds: counting stops there.
    const cap = Math.ceil(available / S.laneRow);
    const lanes = EVENT_CATEGORIES.map((category, i) =>
      laneNeed(positioned.get(category) ?? [], laneTitles[i]?.end ?? 0, plotWidth, cap),
    );
    return budgetTimeline(available, { spanRows: spans.rows, lanes });
  }, [available, positioned, laneTitles, plotWidth, spans.rows]);
  const lanes = useMemo(
    () =>
      layoutLanes(positioned, scale, (category) => {
        const i = EVENT_CATEGORIES.indexOf(category);
        return { maxRows: budget.laneRows[i] ?? 1, titleEnd: laneTitles[i]?.end ?? 0 };
      }),
    [positioned, scale, budget.laneRows, laneTitles],
  );
  const drawnSpans = useMemo(
    () => spans.bars.filter((bar) => bar.row < budget.spanRows),
    [spans.bars, budget.spanRows],
  );
  const labels = useMemo(
    () =>
      layoutTimelineLabels({
        plotWidth,
        budget,
        laneTitles,
        lanes,
        eventTitle: (e) => l(e.title),
        eras,
        eraName: (era) => l(era.name),
        spans: drawnSpans,
        spanName: (bar) => l(bar.label),
        measure,
      }),
    [plotWidth, budget, laneTitles, lanes, l, eras, drawnSpans, measure],
  );
  const ticks = useMemo(
    () => axisTicks(scale, domain, plotWidth, measure('0000', LABEL_FONTS.tickLabel)),
    [scale, domain, plotWidth, measure],
  );
  const { axisTop } = budget;
  // Never shorter than the frame: in a box sized by its content this keeps the height steady.
  const height = Math.max(budget.height, available);

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
      // In pixels: the warp makes a year's width depend on where it is, so the content follows
      // the pointer only if the pan is measured on screen.
      const pixels = g.lastX - event.clientX;
      setDomain((d) => panDomain(d, pixels, plotWidth));
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

  const focusBreak = breakX(domain, plotWidth);
  return (
    <section className="timeline" aria-label={t('timeline.label')} id="timeline">
      <div className="timeline-toolbar">
        {controls}
        <span className="timeline-hint">{t('timeline.zoomHint')}</span>
        {focusBreak !== null && (
          <span className="timeline-focus-note">{t('timeline.focusNote')}</span>
        )}
        <button
          type="button"
          className="button-small"
          onClick={() => setDomain(FULL_DOMAIN)}
          disabled={isFullDomain(domain)}
        >
          {t('timeline.resetZoom')}
        </button>
      </div>
      <div className="timeline-frame" ref={frameRef}>
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
              <TimelineEras bands={eras} labels={labels.eras} height={S.eraHeight} />
              <TimelineSpans
                bars={drawnSpans}
                labels={labels.spans}
                top={budget.spansTop}
                rowHeight={S.spanRow}
              />
              <TimelineLanes
                lanes={lanes}
                laneTops={budget.laneTops}
                laneHeights={budget.laneHeights}
                laneRows={budget.laneRows}
                laneTitles={laneTitles}
                titleSides={labels.eventTitles}
                index={index}
                onZoomIn={zoomIn}
              />
            </g>
            <TimelineAxis ticks={ticks} breakX={focusBreak} top={axisTop} width={plotWidth} />
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
