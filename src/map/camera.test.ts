import { describe, expect, it } from 'vitest';
import { buildAtlasIndex } from '../data/atlasIndex';
import type { AtlasEvent } from '../data/schemas';
import { box, shapesOf } from '../test/shapes';
import { testSource } from '../test/sources';
import { frameCamera, nextCamera, openingCamera, type Camera } from './camera';
import { CAMERA, REGION_BOUNDS, WORLD_BOUNDS } from './mapConstants';

describe('cameras', () => {
  const source = [testSource];
  const serval: AtlasEvent = {
    id: 'serval',
    date: '2013-01-11',
    precision: 'day',
    category: 'security',
    title: { en: 'Serval', fr: 'Serval' },
    summary: { en: 's', fr: 's' },
    countries: ['FRA'],
    organisations: [],
    sources: source,
    certainty: 'verified',
  };
  const index = buildAtlasIndex(
    { events: [serval] },
    { countries: [], historicalCodes: [] },
    { organisations: [], presences: [], eras: [] },
  );
  const shapes = shapesOf({ MLI: box(-12, 10, 4, 25), FRA: box(-5, 42, 8, 51) });
  const servalBounds: Camera['bounds'] = [
    [-12, 10],
    [8, 51],
  ];

  it('opens on the frame, or on the event of the link', () => {
    expect(openingCamera(index, shapes, { frame: 'region', event: null })).toEqual({
      bounds: REGION_BOUNDS,
      padding: CAMERA.openPadding,
      maxZoom: CAMERA.maxZoom,
    });
    expect(openingCamera(index, shapes, { frame: 'world', event: null }).bounds).toEqual(
      WORLD_BOUNDS,
    );
    expect(openingCamera(index, shapes, { frame: 'region', event: 'serval' }).bounds).toEqual(
      servalBounds,
    );
    expect(openingCamera(index, shapes, { frame: 'world', event: 'unknown-event' }).bounds).toEqual(
      WORLD_BOUNDS,
    );
  });

  it('frames the region or the world, closer when the switch moves there', () => {
    expect(frameCamera('world')).toEqual({
      bounds: WORLD_BOUNDS,
      padding: CAMERA.openPadding,
      maxZoom: CAMERA.maxZoom,
    });
    expect(frameCamera('region', true)).toEqual({
      bounds: REGION_BOUNDS,
      padding: CAMERA.movePadding,
      maxZoom: CAMERA.moveMaxZoom,
    });
  });

  it('moves to a chosen event and to a new frame, and stays otherwise', () => {
    const none = { frame: 'region', event: null } as const;
    expect(nextCamera(index, shapes, { frame: 'region', event: 'serval' }, none)).toEqual({
      bounds: servalBounds,
      padding: CAMERA.movePadding,
      maxZoom: CAMERA.moveMaxZoom,
    });
    expect(nextCamera(index, shapes, { frame: 'world', event: null }, none)?.bounds).toEqual(
      WORLD_BOUNDS,
    );
    // Closing the event leaves the camera where it is, as MapLibre's does.
    expect(nextCamera(index, shapes, none, { frame: 'region', event: 'serval' })).toBeNull();
    expect(nextCamera(index, shapes, none, none)).toBeNull();
  });
});
