import { describe, expect, it } from 'vitest';
import { PANEL_FOLLOW_INTERVAL_MS } from './stateConstants';
import { createAppStore } from './store';
import { followYear, type FollowClock } from './yearFollower';

const FRAME_MS = 16;

/** Frames and timers by hand: `frame()` moves time on by one frame and paints it. */
function fakeClock() {
  let time = 0;
  let afterPaint: (() => void)[] = [];
  let timers: { at: number; task: () => void }[] = [];
  const clock: FollowClock = {
    afterNextPaint(task) {
      afterPaint.push(task);
      return () => {
        afterPaint = afterPaint.filter((t) => t !== task);
      };
    },
    later(task, ms) {
      const timer = { at: time + ms, task };
      timers.push(timer);
      return () => {
        timers = timers.filter((t) => t !== timer);
      };
    },
    now: () => time,
  };
  const frame = () => {
    time += FRAME_MS;
    const due = timers.filter((t) => t.at <= time);
    timers = timers.filter((t) => t.at > time);
    for (const timer of due) timer.task();
    const painted = afterPaint;
    afterPaint = [];
    for (const task of painted) task();
  };
  const pending = () => afterPaint.length + timers.length;
  return { clock, frame, pending };
}

function follow(initialYear: number) {
  const store = createAppStore({ year: initialYear });
  const fake = fakeClock();
  const seen: number[] = [];
  const stop = followYear(store, (year) => seen.push(year), fake.clock);
  return { store, actions: store.getState().actions, seen, stop, ...fake };
}

describe('followYear', () => {
  it('passes on a year change once the next frame has been painted', () => {
    const { actions, seen, frame } = follow(1960);
    actions.selectYear(1991);
    expect(seen).toEqual([]);
    frame();
    expect(seen).toEqual([1991]);
  });

  it('merges the changes of one frame into one call with the latest year', () => {
    const { actions, seen, frame, pending } = follow(1960);
    actions.selectYear(1970);
    actions.selectYear(1980);
    actions.stepYear(1);
    expect(pending()).toBe(1);
    frame();
    expect(seen).toEqual([1981]);
  });

  it('follows changes that come slower than its interval one frame each', () => {
    const { actions, seen, frame } = follow(1960);
    const framesApart = Math.ceil(PANEL_FOLLOW_INTERVAL_MS / FRAME_MS) + 1;
    for (const year of [1970, 1980, 1990]) {
      actions.selectYear(year);
      frame();
      expect(seen.at(-1)).toBe(year);
      for (let i = 1; i < framesApart; i += 1) frame();
    }
    expect(seen).toEqual([1970, 1980, 1990]);
  });

  it('follows a drag (a change every frame) at its interval, and ends on the last year', () => {
    const { actions, seen, frame } = follow(1960);
    const frames = 60;
    for (let i = 1; i <= frames; i += 1) {
      actions.selectYear(1960 + i);
      frame();
    }
    for (let i = 0; i < 10; i += 1) frame();
    expect(seen.at(-1)).toBe(1960 + frames);
    const expected = (frames * FRAME_MS) / PANEL_FOLLOW_INTERVAL_MS;
    expect(seen.length).toBeGreaterThanOrEqual(Math.floor(expected) - 1);
    expect(seen.length).toBeLessThanOrEqual(Math.ceil(expected) + 1);
  });

  it('ignores changes that leave the year as it is', () => {
    const { actions, pending } = follow(2012);
    actions.selectCountry('FRA');
    actions.selectYear(2012);
    expect(pending()).toBe(0);
  });

  it('stops, and drops the call it had queued, once unsubscribed', () => {
    const { actions, seen, stop, frame } = follow(1960);
    actions.selectYear(2000);
    stop();
    actions.selectYear(2001);
    frame();
    expect(seen).toEqual([]);
  });
});
