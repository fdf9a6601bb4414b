import { describe, expect, it } from 'vitest';
import { createAppStore } from './store';

describe('createAppStore', () => {
  it('seeds from initial state and repairs what is invalid', () => {
    const store = createAppStore({ year: 1890, country: 'france', event: 'Bad Id' });
    expect(store.getState()).toMatchObject({ year: 1960, country: null, event: null });
  });

  it('clamps the year to 1960-2025', () => {
    const store = createAppStore();
    const { actions } = store.getState();
    actions.selectYear(2100);
    expect(store.getState().year).toBe(2025);
    actions.stepYear(-100);
    expect(store.getState().year).toBe(1960);
    // Not a number: the default year, the latest.
    actions.selectYear(Number.NaN);
    expect(store.getState().year).toBe(2025);
  });

  it('selecting an event moves the year to it and stops Play', () => {
    const store = createAppStore({ year: 1970 });
    const { actions } = store.getState();
    actions.play();
    actions.selectEvent({ id: 'operation-serval-launched', year: 2013 });
    expect(store.getState()).toMatchObject({
      event: 'operation-serval-launched',
      year: 2013,
      playing: false,
    });
  });

  it('choosing a country stops Play and drops malformed codes', () => {
    const store = createAppStore();
    const { actions } = store.getState();
    actions.play();
    actions.selectCountry('BFA');
    expect(store.getState()).toMatchObject({ country: 'BFA', playing: false });
    actions.selectCountry('<script>');
    expect(store.getState().country).toBeNull();
  });

  it('Play advances one year per step and stops at 2025', () => {
    const store = createAppStore({ year: 2023 });
    const { actions } = store.getState();
    actions.advancePlay();
    expect(store.getState().year).toBe(2023);
    actions.play();
    actions.advancePlay();
    expect(store.getState()).toMatchObject({ year: 2024, playing: true });
    actions.advancePlay();
    expect(store.getState()).toMatchObject({ year: 2025, playing: false });
  });

  it('Play from the last year starts again from 1960', () => {
    const store = createAppStore({ year: 2025 });
    store.getState().actions.togglePlay();
    expect(store.getState()).toMatchObject({ year: 1960, playing: true });
    store.getState().actions.togglePlay();
    expect(store.getState().playing).toBe(false);
  });

  it('clearSelection clears country and event but keeps the year', () => {
    const store = createAppStore({ year: 1999, country: 'FRA', event: 'a-b' });
    store.getState().actions.clearSelection();
    expect(store.getState()).toMatchObject({ year: 1999, country: null, event: null });
  });

  it('a locked year ignores the reader but follows the host', () => {
    const store = createAppStore({ year: 2013, yearLocked: true });
    const { actions } = store.getState();
    actions.scrubYear(1990);
    actions.stepYear(1);
    actions.play();
    actions.selectEvent({ id: 'an-event', year: 1975 });
    expect(store.getState()).toMatchObject({ year: 2013, playing: false, event: 'an-event' });
    actions.selectYear(2020);
    expect(store.getState().year).toBe(2020);
  });

  it('notices are kept once and can be dismissed', () => {
    const store = createAppStore();
    const { actions } = store.getState();
    actions.addNotice('x');
    actions.addNotice('x');
    expect(store.getState().notices).toHaveLength(1);
    const [notice] = store.getState().notices;
    if (notice) actions.dismissNotice(notice.id);
    expect(store.getState().notices).toHaveLength(0);
  });
});
