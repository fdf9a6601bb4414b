import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPlayback } from './playback';
import { PLAY_SPEEDS } from './stateConstants';
import { createAppStore } from './store';

describe('startPlayback', () => {
  let stop: () => void = () => undefined;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('advances a year per beat at the chosen speed, and stops at the last year', () => {
    const store = createAppStore({ year: 2022 });
    stop = startPlayback(store);
    const { actions } = store.getState();
    actions.setSpeed('fast');
    actions.play();
    vi.advanceTimersByTime(PLAY_SPEEDS.fast);
    expect(store.getState().year).toBe(2023);
    vi.advanceTimersByTime(PLAY_SPEEDS.fast * 5);
    expect(store.getState()).toMatchObject({ year: 2025, playing: false });
  });

  it('does nothing once paused or stopped', () => {
    const store = createAppStore({ year: 1990 });
    stop = startPlayback(store);
    store.getState().actions.play();
    store.getState().actions.pause();
    vi.advanceTimersByTime(PLAY_SPEEDS.slow * 3);
    expect(store.getState().year).toBe(1990);
    store.getState().actions.play();
    stop();
    vi.advanceTimersByTime(PLAY_SPEEDS.slow * 3);
    expect(store.getState().year).toBe(1990);
  });
});
