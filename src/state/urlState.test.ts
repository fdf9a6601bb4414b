import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INITIAL_STATE, type SelectionState } from './store';
import { parseUrlState, passThroughParams, serializeUrlState } from './urlState';

const base: SelectionState = {
  year: INITIAL_STATE.year,
  country: null,
  event: null,
  frame: 'region',
  tab: 'map',
  lang: 'en',
  org: null,
  story: null,
  step: 0,
};

describe('parseUrlState', () => {
  it('reads a full deep link', () => {
    expect(
      parseUrlState('?year=2013&country=fra&event=operation-serval-launched&frame=world&lang=fr'),
    ).toEqual({
      selection: {
        year: 2013,
        country: 'FRA',
        event: 'operation-serval-launched',
        frame: 'world',
        lang: 'fr',
      },
      ignored: [],
      adjusted: [],
    });
  });

  it('ignores unknown and invalid parameters and says which', () => {
    const parsed = parseUrlState('?year=abc&foo=1&country=<script>&frame=moon');
    expect(parsed.selection).toEqual({});
    expect(parsed.ignored).toEqual(['year=abc', 'foo=1', 'country=<script>', 'frame=moon']);
  });

  it('clamps years out of range and reports the adjustment', () => {
    expect(parseUrlState('?year=1900')).toMatchObject({
      selection: { year: 1960 },
      adjusted: ['year=1960'],
    });
    expect(parseUrlState('?year=-5')).toMatchObject({ selection: { year: 1960 } });
    expect(parseUrlState('?year=99999999')).toMatchObject({ selection: { year: 2025 } });
  });

  it('keeps the first of repeated parameters', () => {
    const parsed = parseUrlState('?year=1970&year=1980');
    expect(parsed.selection.year).toBe(1970);
    expect(parsed.ignored).toEqual(['year=1980']);
  });

  it('never throws and always yields valid values (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const { selection } = parseUrlState(text);
        if (selection.year !== undefined) {
          expect(Number.isInteger(selection.year)).toBe(true);
          expect(selection.year).toBeGreaterThanOrEqual(1960);
          expect(selection.year).toBeLessThanOrEqual(2025);
        }
        if (selection.country !== undefined) expect(selection.country).toMatch(/^[A-Z]{3}$/);
        if (selection.event !== undefined) expect(selection.event).toMatch(/^[a-z0-9-]+$/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('serializeUrlState', () => {
  it('leaves defaults out', () => {
    expect(serializeUrlState(base)).toBe('');
  });

  it('round-trips through parseUrlState', () => {
    const state: SelectionState = {
      year: 1985,
      country: 'BFA',
      event: 'agacher-strip-war',
      frame: 'world',
      tab: 'table',
      lang: 'fr',
      org: 'G5S',
      story: null,
      step: 0,
    };
    const search = serializeUrlState(state);
    expect(search).toBe(
      '?year=1985&country=BFA&event=agacher-strip-war&frame=world&tab=table&org=G5S&lang=fr',
    );
    expect(parseUrlState(search).selection).toEqual({
      year: 1985,
      country: 'BFA',
      event: 'agacher-strip-war',
      frame: 'world',
      tab: 'table',
      lang: 'fr',
      org: 'G5S',
    });
  });

  it('reads view= as the frame, for links made before it had its own name', () => {
    expect(parseUrlState('?view=world').selection).toEqual({ frame: 'world' });
    expect(parseUrlState('?view=moon').ignored).toEqual(['view=moon']);
    expect(parseUrlState('?view=world&frame=region').ignored).toEqual(['frame=region']);
  });

  it('opens the table or the events list from a link', () => {
    expect(parseUrlState('?tab=list').selection).toEqual({ tab: 'list' });
    expect(parseUrlState('?tab=globe').ignored).toEqual(['tab=globe']);
    expect(serializeUrlState({ ...base, tab: 'map' })).toBe('');
  });
});

describe('story parameters', () => {
  it('reads story and a 1-based step', () => {
    expect(parseUrlState('?story=mali-and-the-world&step=5').selection).toEqual({
      story: 'mali-and-the-world',
      step: 4,
    });
  });
  it('ignores a step without a story, and a step that is not a positive number', () => {
    expect(parseUrlState('?step=3')).toMatchObject({ selection: {}, ignored: ['step=3'] });
    expect(parseUrlState('?story=a&step=0').ignored).toEqual(['step=0']);
  });
  it('writes story and step together', () => {
    expect(serializeUrlState({ ...base, story: 'g5-sahel-to-aes', step: 2 })).toBe(
      '?story=g5-sahel-to-aes&step=3',
    );
  });
});

describe('pass-through parameters', () => {
  it('are not reported and are kept when the state is written again', () => {
    const search = '?year=2013&timeline=0&theme=dark&parentOrigin=https%3A%2F%2Fa.example';
    const given = new Set(['timeline', 'theme', 'parentOrigin']);
    expect(parseUrlState(search, given).ignored).toEqual([]);
    expect(parseUrlState(search).ignored).toHaveLength(3);
    const kept = passThroughParams(search, given);
    expect(serializeUrlState({ ...base, year: 2014 }, 'en', kept)).toBe(
      '?year=2014&timeline=0&theme=dark&parentOrigin=https%3A%2F%2Fa.example',
    );
  });
});
