import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildAtlasIndex, type AtlasIndex } from '../data/atlasIndex';
import { testEvent, testFrance, testSource } from '../test/sources';
import { startSelectionGuards } from './selectionGuards';
import { createAppStore } from './store';
import { parseUrlState } from './urlState';
import { startUrlSync, URL_REPLACE_DELAY_MS } from './urlSync';

const index = buildAtlasIndex(
  { events: [testEvent({ id: 'operation-serval-launched', date: '2013-01-11' })] },
  {
    countries: [testFrance({ since: [testSource], period: [testSource] })],
    historicalCodes: [],
  },
  { organisations: [], presences: [], eras: [] },
);

describe('startSelectionGuards', () => {
  const stops: (() => void)[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  function open(search: string) {
    window.history.replaceState(null, '', `/${search}`);
    const store = createAppStore({ lang: 'en', ...parseUrlState(search).selection });
    stops.push(startUrlSync(store, { defaultLang: 'en', passThrough: new Set() }));
    const push = vi.spyOn(window.history, 'pushState');
    let deliver: (index: AtlasIndex) => void = () => undefined;
    stops.push(
      startSelectionGuards(store, (listener) => {
        deliver = listener;
        return () => undefined;
      }),
    );
    return { store, push, load: () => deliver(index) };
  }

  it('drops what the atlas does not hold, once the data is there, and says so', () => {
    const { store, load } = open('?country=XYZ&event=no-such-event&year=2013');
    expect(store.getState().country).toBe('XYZ');
    load();
    expect(store.getState()).toMatchObject({ country: null, event: null, year: 2013 });
    expect(
      store
        .getState()
        .notices.map((n) => n.text)
        .join(),
    ).toMatch(/XYZ.*no-such-event/);
  });

  it('keeps what it holds', () => {
    const { store, load } = open('?country=FRA&event=operation-serval-launched');
    load();
    expect(store.getState()).toMatchObject({ country: 'FRA', event: 'operation-serval-launched' });
    expect(store.getState().notices).toEqual([]);
  });

  it('corrects the link in place, so Back leaves it instead of trapping the reader', () => {
    const { push, load } = open('?country=XYZ&year=2013');
    load();
    vi.advanceTimersByTime(URL_REPLACE_DELAY_MS);
    expect(push).not.toHaveBeenCalled();
    expect(window.location.search).toBe('?year=2013');
  });
});
