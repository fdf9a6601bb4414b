import { describe, expect, it } from 'vitest';
import { testCountry } from '../test/countries';
import { buildAtlasIndex } from '../data/atlasIndex';
import { box, shapesOf, strip } from '../test/shapes';
import { testEvent } from '../test/sources';
import {
  frameCamera,
  mainTerritory,
  nextCamera,
  selectionCamera,
  territoryBounds,
  type Camera,
  type Framing,
} from './camera';
import { CAMERA, REGION_BOUNDS, WORLD_BOUNDS, type LngLatBox } from './mapConstants';

// Shapes drawn from the real ones (public/data/shapes.json), rounded.
const MALI = box(-12.3, 10.1, 4.2, 25);
const METROPOLITAN_FRANCE = box(-4.6, 42.3, 8.1, 51.1);
const FRENCH_GUIANA = box(-54.5, 2.1, -51.7, 5.8);
const CORSICA = box(8.5, 41.4, 9.6, 43);
const CONTIGUOUS_USA = strip(-124.7, 25.1, -67, 49.4);
const ALASKA = strip(-168.1, 54.4, -130, 71.4);
const HAWAII = box(-156.1, 18.9, -154.8, 20.3);
// Russia's rings are unwrapped across the antimeridian: Chukotka runs on to 190°.
const RUSSIA = strip(27.3, 41.2, 190.1, 77.7);
const KALININGRAD = box(19.9, 54.3, 22.9, 55.3);
// A piece written west of the antimeridian must not stretch the frame round the world.
const WRANGEL = box(-180, 70.8, -177.4, 71.6);

const shapes = shapesOf({
  MLI: MALI,
  NER: box(0.2, 11.7, 16, 23.5),
  SEN: box(-17.5, 12.3, -11.4, 16.7),
  DZA: box(-8.7, 19, 12, 37.1),
  FRA: [FRENCH_GUIANA, METROPOLITAN_FRANCE, CORSICA],
  USA: [HAWAII, ALASKA, CONTIGUOUS_USA],
  RUS: [KALININGRAD, WRANGEL, RUSSIA],
});

const country = testCountry;

const index = buildAtlasIndex(
  {
    events: [
      testEvent({ id: 'serval', date: '2013-01-11', countries: ['FRA'] }),
      testEvent({ id: 'summit', date: '1962-05-01', countries: ['USA', 'SUN', 'MLI'] }),
      testEvent({ id: 'unmapped', date: '1970-01-01', countries: ['TUV'] }),
    ],
  },
  {
    countries: [
      country('MLI'),
      country('NER', true),
      country('SEN', true),
      country('DZA', true),
      country('FRA'),
      country('USA'),
      country('RUS'),
    ],
    historicalCodes: [
      { code: 'SUN', shape: 'RUS', name: { en: 'USSR', fr: 'URSS' }, until: '1991-12-26' },
    ],
  },
  { organisations: [], presences: [], eras: [] },
);

const outer = (rings: [number, number][][]) => rings[0];
const chosen = (bounds: LngLatBox): Camera => ({
  bounds,
  padding: CAMERA.selectionPadding,
  maxZoom: CAMERA.selectionMaxZoom,
});
const framed = (bounds: LngLatBox): Camera => ({
  bounds,
  padding: CAMERA.framePadding,
  maxZoom: CAMERA.maxZoom,
});
const state = (change: Partial<Framing> = {}): Framing => ({
  frame: 'region',
  country: null,
  event: null,
  ...change,
});

const REGION: LngLatBox = [
  [-17.5, 10.1],
  [16, 37.1],
];
const MALI_AND_FRANCE: LngLatBox = [
  [-12.3, 10.1],
  [8.1, 51.1],
];
const MALI_AND_USA: LngLatBox = [
  [-124.7, 10.1],
  [4.2, 49.4],
];
const MALI_USA_AND_RUSSIA: LngLatBox = [
  [-124.7, 10.1],
  [190.1, 77.7],
];

describe('mainTerritory', () => {
  const main = (iso3: string) => {
    const feature = shapes.features.find((f) => f.properties.iso3 === iso3);
    if (!feature) throw new Error(`no ${iso3} in the test shapes`);
    return outer(mainTerritory(feature.geometry));
  };

  it('is metropolitan France, not French Guiana or Corsica', () => {
    expect(main('FRA')).toEqual(METROPOLITAN_FRANCE);
  });

  it('is the contiguous United States, not Alaska or Hawaii', () => {
    expect(main('USA')).toEqual(CONTIGUOUS_USA);
  });

  it('is mainland Russia, one piece across the antimeridian, without Kaliningrad', () => {
    expect(main('RUS')).toEqual(RUSSIA);
  });

  it('weighs area on the sphere, not in square degrees', () => {
    // 600 square degrees near the pole are a third of 400 at the equator.
    const arctic = box(0, 70, 40, 85);
    const tropical = box(0, 0, 20, 20);
    const geometry = { type: 'MultiPolygon' as const, coordinates: [[arctic], [tropical]] };
    expect(outer(mainTerritory(geometry))).toEqual(tropical);
  });

  it('reads rings of either winding as the country', () => {
    const clockwise = [...METROPOLITAN_FRANCE].reverse();
    const geometry = {
      type: 'MultiPolygon' as const,
      coordinates: [[FRENCH_GUIANA], [clockwise]],
    };
    expect(outer(mainTerritory(geometry))).toEqual(clockwise);
  });
});

describe('territoryBounds', () => {
  it('boxes the main territories only', () => {
    expect(territoryBounds(shapes, ['MLI', 'FRA'])).toEqual(MALI_AND_FRANCE);
    expect(territoryBounds(shapes, ['MLI', 'USA'])).toEqual(MALI_AND_USA);
  });

  it('is null when none of the codes is drawn', () => {
    expect(territoryBounds(shapes, ['TUV'])).toBeNull();
    expect(territoryBounds(shapes, [])).toBeNull();
  });
});

describe('frameCamera', () => {
  it('frames Mali and its neighbours as measured from their shapes, with a small padding', () => {
    expect(frameCamera('region', index, shapes)).toEqual(framed(REGION));
  });

  it('frames the world on a fixed box', () => {
    expect(frameCamera('world', index, shapes)).toEqual(framed(WORLD_BOUNDS));
  });

  it('uses the region as measured once until the shapes and the index have loaded', () => {
    expect(frameCamera('region')).toEqual(framed(REGION_BOUNDS));
  });
});

describe('selectionCamera', () => {
  it('opens on the frame when nothing is chosen', () => {
    expect(selectionCamera(index, shapes, state())).toEqual(framed(REGION));
    expect(selectionCamera(index, shapes, state({ frame: 'world' }))).toEqual(framed(WORLD_BOUNDS));
  });

  it('opens on the country a link names, with Mali, by its main territory', () => {
    expect(selectionCamera(index, shapes, state({ country: 'FRA' }))).toEqual(
      chosen(MALI_AND_FRANCE),
    );
    expect(selectionCamera(index, shapes, state({ frame: 'world', country: 'USA' }))).toEqual(
      chosen(MALI_AND_USA),
    );
  });

  it('opens on the event a link names, over the country, with every country it involves', () => {
    expect(selectionCamera(index, shapes, state({ country: 'FRA', event: 'summit' }))).toEqual(
      chosen(MALI_USA_AND_RUSSIA),
    );
    expect(selectionCamera(index, shapes, state({ event: 'serval' }))).toEqual(
      chosen(MALI_AND_FRANCE),
    );
  });

  it('falls back when the choice is unknown or not drawn', () => {
    expect(selectionCamera(index, shapes, state({ event: 'no-such-event' }))).toEqual(
      framed(REGION),
    );
    expect(selectionCamera(index, shapes, state({ event: 'unmapped', country: 'FRA' }))).toEqual(
      chosen(MALI_AND_FRANCE),
    );
    expect(selectionCamera(index, shapes, state({ country: 'TUV' }))).toEqual(framed(REGION));
  });

  it('frames a historical code on the shape it is drawn on (the USSR on Russia)', () => {
    expect(selectionCamera(index, shapes, state({ country: 'SUN' })).bounds).toEqual([
      [-12.3, 10.1],
      [190.1, 77.7],
    ]);
  });
});

describe('nextCamera', () => {
  const next = (now: Partial<Framing>, before: Partial<Framing>) =>
    nextCamera(index, shapes, state(now), state(before));

  it('moves to a chosen country, and back to the frame when it is cleared', () => {
    expect(next({ country: 'FRA' }, {})).toEqual(chosen(MALI_AND_FRANCE));
    expect(next({ country: 'USA' }, { country: 'FRA' })).toEqual(chosen(MALI_AND_USA));
    expect(next({}, { country: 'FRA' })).toEqual(framed(REGION));
    expect(next({ frame: 'world' }, { frame: 'world', country: 'FRA' })).toEqual(
      framed(WORLD_BOUNDS),
    );
  });

  it('moves to a chosen event and all its countries, with Mali', () => {
    expect(next({ event: 'summit' }, {})).toEqual(chosen(MALI_USA_AND_RUSSIA));
    expect(next({ country: 'FRA', event: 'summit' }, { country: 'FRA' })).toEqual(
      chosen(MALI_USA_AND_RUSSIA),
    );
  });

  it('returns to the country still chosen when the event closes, else to the frame', () => {
    expect(next({ country: 'FRA' }, { country: 'FRA', event: 'summit' })).toEqual(
      chosen(MALI_AND_FRANCE),
    );
    expect(next({}, { event: 'summit' })).toEqual(framed(REGION));
    // Escape clears both at once.
    expect(next({ frame: 'world' }, { frame: 'world', country: 'FRA', event: 'summit' })).toEqual(
      framed(WORLD_BOUNDS),
    );
  });

  it('moves to a switched frame, even with a country chosen', () => {
    expect(next({ frame: 'world' }, {})).toEqual(framed(WORLD_BOUNDS));
    expect(next({ country: 'FRA' }, { frame: 'world', country: 'FRA' })).toEqual(framed(REGION));
  });

  it('stays when nothing it follows changed, or a choice cannot be drawn', () => {
    expect(next({}, {})).toBeNull();
    expect(next({ country: 'FRA' }, { country: 'FRA' })).toBeNull();
    // An event that involves only undrawn countries leaves the country's camera in place.
    expect(next({ country: 'FRA', event: 'unmapped' }, { country: 'FRA' })).toEqual(
      chosen(MALI_AND_FRANCE),
    );
  });
});
