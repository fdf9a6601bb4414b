import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from './store';
import { startUrlSync, URL_REPLACE_DELAY_MS } from './urlSync';

describe('startUrlSync', () => {
  let stop: () => void = () => undefined;

  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/');
  });

  afterEach(() => {
    stop();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  function start(year = 1990) {
    const store = createAppStore({ lang: 'en', year });
    stop = startUrlSync(store, { defaultLang: 'en', passThrough: new Set() });
    return {
      store,
      actions: store.getState().actions,
      replace: vi.spyOn(window.history, 'replaceState'),
      push: vi.spyOn(window.history, 'pushState'),
    };
  }

  it('writes a scrubbed year once, when it rests', () => {
    const { actions, replace } = start();
    for (const year of [1991, 1992, 1993, 1994]) actions.selectYear(year);
    expect(replace).not.toHaveBeenCalled();
    vi.advanceTimersByTime(URL_REPLACE_DELAY_MS);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?year=1994');
  });

  it('pushes a country at once, after writing the year being left', () => {
    const { actions, replace, push } = start();
    actions.selectYear(2000);
    actions.selectCountry('FRA');
    expect(replace).toHaveBeenCalledTimes(1);
    expect(replace.mock.calls[0]?.[2]).toBe('/?year=2000');
    expect(push).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?year=2000&country=FRA');
  });

  it('lets Back win over a write still waiting', () => {
    const { actions, replace } = start();
    actions.selectYear(2001);
    window.history.replaceState(null, '', '/?year=1975');
    replace.mockClear();
    window.dispatchEvent(new PopStateEvent('popstate'));
    vi.advanceTimersByTime(URL_REPLACE_DELAY_MS * 2);
    expect(window.location.search).toBe('?year=1975');
    expect(replace).not.toHaveBeenCalled();
  });

  it('writes what is waiting when the page is left', () => {
    const { actions } = start();
    actions.selectYear(2010);
    window.dispatchEvent(new Event('pagehide'));
    expect(window.location.search).toBe('?year=2010');
  });
});
