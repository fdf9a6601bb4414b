import type { ScaleTime } from 'd3-scale';
import type { KeyboardEvent, PointerEvent, RefObject } from 'react';
import { FIRST_YEAR, LAST_YEAR } from '../data/schemas';
import { useT } from '../i18n/useT';
import { useSelectedYear } from '../state/hooks';
import { useAtlas, useStoreApi } from '../state/StoreContext';
import { keyToYear, xToYear, yearToX } from './timelineModel';

export interface YearHandleProps {
  plotWidth: number;
  top: number;
  scale: ScaleTime<number, number>;
  marginX: number;
  frameRef: RefObject<HTMLDivElement | null>;
}

/** How far the handle reaches above the axis line. */
const HANDLE_ABOVE_AXIS = 3;

/** The WAI-ARIA slider that holds the year: drag it, or use the keys. */
export function YearHandle({ plotWidth, top, scale, marginX, frameRef }: YearHandleProps) {
  const { t } = useT();
  const year = useSelectedYear();
  // Kept inside the plot when the year is zoomed out of view; moved by transform, not layout.
  const x = marginX + Math.min(plotWidth, Math.max(0, yearToX(scale, year)));
  // It sits on the axis, over the year labels it stands for, not over the last lane's titles.
  const handleTop = top - HANDLE_ABOVE_AXIS;
  const locked = useAtlas((s) => s.yearLocked);
  const store = useStoreApi();

  const yearAt = (clientX: number) => {
    const left = frameRef.current?.getBoundingClientRect().left ?? 0;
    return xToYear(scale, clientX - left - marginX);
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (locked) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    event.preventDefault();
    event.currentTarget.focus();
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!event.currentTarget.hasPointerCapture(event.pointerId)) return;
    const next = yearAt(event.clientX);
    if (next !== store.getState().year) store.getState().actions.scrubYear(next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = keyToYear(event.key, year);
    if (next === null) return;
    event.preventDefault();
    store.getState().actions.scrubYear(next);
  };

  return (
    <div
      className={locked ? 'year-handle is-locked' : 'year-handle'}
      role="slider"
      tabIndex={0}
      aria-label={t('year.label')}
      aria-valuemin={FIRST_YEAR}
      aria-valuemax={LAST_YEAR}
      aria-valuenow={year}
      aria-valuetext={t('year.valueText', { year })}
      aria-orientation="horizontal"
      aria-disabled={locked || undefined}
      data-testid="timeline.handle"
      style={{ transform: `translateX(${String(x)}px) translateX(-50%)`, top: handleTop }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onKeyDown={onKeyDown}
    >
      <span className="year-handle-label">{year}</span>
    </div>
  );
}
