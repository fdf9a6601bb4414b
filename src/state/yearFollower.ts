/**
 * The side panels (the Details text, the status words of the Country list, the legend's title)
 * follow the selected year a frame late. A year change first paints the map and the timeline,
 * in the frame right after it; the panels follow in the next one. While the year changes
 * faster than PANEL_FOLLOW_INTERVAL_MS (a drag, a held arrow key) they follow at that pace, so
 * most frames of a drag carry only the two views the reader is watching. A slow laptop then
 * keeps a drag through the years fluid. Measured in docs/performance.md ("Year change").
 */
import { PANEL_FOLLOW_INTERVAL_MS } from './stateConstants';
import type { AtlasStoreApi } from './store';

/** Each schedules `task` and returns a way to cancel it. */
export interface FollowClock {
  /** Runs `task` once the next frame has been painted. */
  afterNextPaint: (task: () => void) => () => void;
  later: (task: () => void, ms: number) => () => void;
  now: () => number;
}

/**
 * A task queued from a requestAnimationFrame callback runs after that frame's rendering, so it
 * lands between this frame and the next. Browsers pause animation frames in a hidden page: the
 * panels then catch up as soon as it is shown again.
 */
export const browserClock: FollowClock = {
  afterNextPaint(task) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(task, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  },
  later(task, ms) {
    const timer = setTimeout(task, ms);
    return () => clearTimeout(timer);
  },
  now: () => performance.now(),
};

/**
 * Calls `onYear` with the selected year after each change, as described above. Changes that
 * come while a call is on its way are merged into it (it reads the latest year), and a steady
 * stream of them never postpones it. Returns the unsubscribe.
 */
export function followYear(
  store: AtlasStoreApi,
  onYear: (year: number) => void,
  clock: FollowClock = browserClock,
): () => void {
  let cancel: (() => void) | null = null;
  let lastCall = Number.NEGATIVE_INFINITY;
  const call = () => {
    cancel = null;
    lastCall = clock.now();
    onYear(store.getState().year);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.year === previous.year || cancel) return;
    const wait = lastCall + PANEL_FOLLOW_INTERVAL_MS - clock.now();
    cancel =
      wait > 0
        ? clock.later(() => {
            cancel = clock.afterNextPaint(call);
          }, wait)
        : clock.afterNextPaint(call);
  });
  return () => {
    unsubscribe();
    cancel?.();
    cancel = null;
  };
}
