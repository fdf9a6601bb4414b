import { describe, expect, it } from 'vitest';
import { MAP_COLOURS, STATUS_COLOURS } from '../../theme/palette';
import { CAMERA, MAP_SIZES, REGION_BOUNDS, WORLD_BOUNDS } from '../mapConstants';
import {
  countryShapes,
  fillOf,
  fitFrame,
  placeLabels,
  project,
  rovingTarget,
  scaleAtZoom,
  tabStopOf,
  visibleCodes,
  wrapLabel,
} from './svgMap';
import type { Camera } from '../camera';
import { box, shapesOf } from '../../test/shapes';
import { LABEL_RANK } from '../mapFeatures';

const SIZE = { width: 800, height: 600 };
const region: Camera = { bounds: REGION_BOUNDS, padding: 12, maxZoom: CAMERA.maxZoom };

describe('fitFrame', () => {
  it('uses MapLibre zoom units: the world is 512 px wide at zoom 0', () => {
    expect(scaleAtZoom(0) * 2 * Math.PI).toBeCloseTo(512);
    expect(scaleAtZoom(1) / scaleAtZoom(0)).toBeCloseTo(2);
  });

  it('centres the bounds and fits them inside the padding, touching on one axis', () => {
    const frame = fitFrame(region, SIZE);
    const [x0, y0] = project(frame, REGION_BOUNDS[0]);
    const [x1, y1] = project(frame, REGION_BOUNDS[1]);
    expect((x0 + x1) / 2).toBeCloseTo(400);
    expect((y0 + y1) / 2).toBeCloseTo(300);
    expect(x0).toBeGreaterThanOrEqual(12 - 1e-9);
    expect(x1).toBeLessThanOrEqual(788 + 1e-9);
    expect(y1).toBeGreaterThanOrEqual(12 - 1e-9);
    expect(y0).toBeLessThanOrEqual(588 + 1e-9);
    const touches = Math.abs(x1 - x0 - 776) < 1e-6 || Math.abs(y0 - y1 - 576) < 1e-6;
    expect(touches).toBe(true);
  });

  it('keeps north up and east right', () => {
    const frame = fitFrame(region, SIZE);
    const [westX, southY] = project(frame, [-10, 5]);
    const [eastX, northY] = project(frame, [10, 30]);
    expect(eastX).toBeGreaterThan(westX);
    expect(northY).toBeLessThan(southY);
  });

  it('stops at the camera zoom limits', () => {
    const tiny: Camera = {
      bounds: [
        [0, 0],
        [0.001, 0.001],
      ],
      padding: 24,
      maxZoom: CAMERA.selectionMaxZoom,
    };
    expect(fitFrame(tiny, SIZE).k).toBeCloseTo(scaleAtZoom(CAMERA.selectionMaxZoom));
    const world: Camera = { bounds: WORLD_BOUNDS, padding: 12, maxZoom: CAMERA.maxZoom };
    expect(fitFrame(world, { width: 40, height: 40 }).k).toBeCloseTo(scaleAtZoom(CAMERA.minZoom));
  });

  it('survives a view too small for its padding', () => {
    const frame = fitFrame(region, { width: 10, height: 10 });
    expect(Number.isFinite(frame.k) && Number.isFinite(frame.x) && Number.isFinite(frame.y)).toBe(
      true,
    );
  });
});

describe('countryShapes', () => {
  const frame = fitFrame({ bounds: WORLD_BOUNDS, padding: 12, maxZoom: 7 }, SIZE);

  it('draws a counter-clockwise ring as the country, not as the rest of the world', () => {
    const [mali] = countryShapes(shapesOf({ MLI: box(-12, 10, 4, 25) }), frame);
    const [[x0, y0], [x1, y1]] = mali?.box ?? [
      [0, 0],
      [0, 0],
    ];
    const [ex0, ey1] = project(frame, [-12, 10]);
    const [ex1, ey0] = project(frame, [4, 25]);
    expect(x0).toBeCloseTo(ex0, 0);
    expect(x1).toBeCloseTo(ex1, 0);
    expect(y0).toBeCloseTo(ey0, 0);
    expect(y1).toBeCloseTo(ey1, 0);
    expect(mali?.d.startsWith('M')).toBe(true);
  });

  it('keeps longitudes beyond 180° east of the antimeridian, in one piece (Russia, Fiji)', () => {
    const [chukotka] = countryShapes(shapesOf({ RUS: box(170, 60, 190, 70) }), frame);
    const [x170] = project(frame, [170, 65]);
    const [x190] = project(frame, [190, 65]);
    expect(x190).toBeGreaterThan(x170);
    expect(chukotka?.box[0][0]).toBeCloseTo(x170, 0);
    expect(chukotka?.box[1][0]).toBeCloseTo(x190, 0);
    // One ring, one move: no cut at the antimeridian.
    expect(chukotka?.d.match(/M/g)).toHaveLength(1);
  });

  it('anchors the tooltip on the label point, else the middle of the box', () => {
    const shapes = shapesOf({ MLI: box(-12, 10, 4, 25), NER: box(0, 11, 16, 23) });
    const [mali, niger] = countryShapes(shapes, frame, new Map([['MLI', [-4, 17]]]));
    expect(mali?.anchor).toEqual(project(frame, [-4, 17]));
    const [[x0, y0], [x1, y1]] = niger?.box ?? [
      [0, 0],
      [0, 0],
    ];
    expect(niger?.anchor).toEqual([(x0 + x1) / 2, (y0 + y1) / 2]);
  });

  it('tells which shapes are in view', () => {
    const regionFrame = fitFrame(region, SIZE);
    const shapes = countryShapes(
      shapesOf({ MLI: box(-12, 10, 4, 25), CHN: box(75, 20, 130, 50) }),
      regionFrame,
    );
    expect(visibleCodes(shapes, SIZE)).toEqual(['MLI']);
  });
});

describe('fillOf', () => {
  it('paints as the MapLibre fill layer: Mali green, unknown and uncovered as no data', () => {
    expect(fillOf('mali')).toBe(MAP_COLOURS.mali);
    expect(fillOf('unknown')).toBe(MAP_COLOURS.noData);
    expect(fillOf('tense')).toBe(STATUS_COLOURS.tense);
    expect(fillOf('none')).toBe(STATUS_COLOURS.none);
  });
});

describe('labels', () => {
  it('wraps at a width in characters, never splitting a word', () => {
    expect(wrapLabel('Mali', 12)).toEqual(['Mali']);
    expect(wrapLabel('Central African Republic', 12)).toEqual(['Central', 'African', 'Republic']);
    expect(wrapLabel('Burkina Faso', 12)).toEqual(['Burkina Faso']);
    expect(wrapLabel('Democratic Republic of the Congo', 12)).toEqual([
      'Democratic',
      'Republic of',
      'the Congo',
    ]);
  });

  const frame = fitFrame(region, SIZE);
  const label = (iso3: string, name: string, rank: number, coordinates: [number, number]) => ({
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates },
    properties: { iso3, name, rank },
  });

  it('places by rank and drops what would overlap or leave the view', () => {
    const placed = placeLabels(
      {
        type: 'FeatureCollection',
        features: [
          label('GMB', 'Gambia', LABEL_RANK.other, [-4, 17.2]),
          label('MLI', 'Mali', LABEL_RANK.mali, [-4, 17]),
          label('NER', 'Niger', LABEL_RANK.neighbour, [9, 17]),
          label('CHN', 'China', LABEL_RANK.other, [104, 35]),
        ],
      },
      (lngLat) => project(frame, lngLat),
      SIZE,
    );
    expect(placed.map((p) => p.iso3)).toEqual(['MLI', 'NER']);
    expect(placed[0]?.size).toBe(MAP_SIZES.labelMali);
    expect(placed[1]?.size).toBe(MAP_SIZES.label);
  });

  const place = (...features: ReturnType<typeof label>[]) =>
    placeLabels({ type: 'FeatureCollection', features }, (lngLat) => project(frame, lngLat), SIZE);

  it('places the chosen country first, dropping Mali rather than it', () => {
    const placed = place(
      label('MLI', 'Mali', LABEL_RANK.mali, [-4, 17]),
      label('GMB', 'Gambia', LABEL_RANK.chosen, [-4, 17.2]),
    );
    expect(placed.map((p) => p.iso3)).toEqual(['GMB']);
  });

  it('moves the chosen label inside the view at its edge, and drops another there', () => {
    // A point 2 px inside the right edge: the label's box would cross it.
    const [, y] = project(frame, [0, 20]);
    const edge = (rank: number) =>
      placeLabels(
        { type: 'FeatureCollection', features: [label('SEN', 'Senegal', rank, [0, 0])] },
        () => [SIZE.width - 2, y],
        SIZE,
      );
    expect(edge(LABEL_RANK.other)).toEqual([]);
    const [chosen] = edge(LABEL_RANK.chosen);
    const halfWidth = ('Senegal'.length * MAP_SIZES.label * 0.5) / 2;
    expect(chosen?.x).toBeLessThanOrEqual(SIZE.width - halfWidth);
    expect(chosen?.lines[0]?.y).toBeCloseTo(y);
  });

  it('never places a label whose point is outside the view, chosen or not', () => {
    expect(place(label('CHN', 'China', LABEL_RANK.chosen, [104, 35]))).toEqual([]);
  });

  it('centres a wrapped label on its point', () => {
    const [placed] = placeLabels(
      {
        type: 'FeatureCollection',
        features: [label('CAF', 'Central African Republic', LABEL_RANK.other, [0, 20])],
      },
      (lngLat) => project(frame, lngLat),
      SIZE,
    );
    const [, y] = project(frame, [0, 20]);
    const lines = placed?.lines ?? [];
    expect(lines.map((line) => line.text)).toEqual(['Central', 'African', 'Republic']);
    expect(lines[1]?.y).toBeCloseTo(y);
    expect((lines[0]?.y ?? 0) + (lines[2]?.y ?? 0)).toBeCloseTo(2 * y);
  });
});

describe('keyboard', () => {
  const items = [
    { code: 'DZA', name: 'Algeria' },
    { code: 'BFA', name: 'Burkina Faso' },
    { code: 'EGY', name: 'Égypte' },
    { code: 'ETH', name: 'Ethiopia' },
    { code: 'FRA', name: 'France' },
  ];

  it('steps with the arrows, stops at the ends, and jumps with Home and End', () => {
    expect(rovingTarget(items, 'BFA', 'ArrowRight')).toBe('EGY');
    expect(rovingTarget(items, 'BFA', 'ArrowDown')).toBe('EGY');
    expect(rovingTarget(items, 'BFA', 'ArrowLeft')).toBe('DZA');
    expect(rovingTarget(items, 'BFA', 'ArrowUp')).toBe('DZA');
    expect(rovingTarget(items, 'DZA', 'ArrowLeft')).toBe('DZA');
    expect(rovingTarget(items, 'FRA', 'ArrowRight')).toBe('FRA');
    expect(rovingTarget(items, 'EGY', 'Home')).toBe('DZA');
    expect(rovingTarget(items, 'EGY', 'End')).toBe('FRA');
  });

  it('goes to the next name starting with a typed letter, accents aside', () => {
    expect(rovingTarget(items, 'DZA', 'e')).toBe('EGY');
    expect(rovingTarget(items, 'EGY', 'E')).toBe('ETH');
    expect(rovingTarget(items, 'ETH', 'e')).toBe('EGY');
    expect(rovingTarget(items, 'FRA', 'z')).toBeNull();
  });

  it('leaves other keys alone', () => {
    for (const key of ['Tab', 'Enter', ' ', 'Escape', 'PageDown', '1']) {
      expect(rovingTarget(items, 'FRA', key)).toBeNull();
    }
    expect(rovingTarget([], 'FRA', 'ArrowRight')).toBeNull();
  });

  it('keeps one tab stop: where the arrows left it, else the selection, else the first', () => {
    expect(tabStopOf(items, null, null)).toBe('DZA');
    expect(tabStopOf(items, null, 'FRA')).toBe('FRA');
    expect(tabStopOf(items, { code: 'ETH', selected: 'FRA' }, 'FRA')).toBe('ETH');
    // A new selection (from the Country list, say) takes the tab stop back.
    expect(tabStopOf(items, { code: 'ETH', selected: 'FRA' }, 'BFA')).toBe('BFA');
    // A country out of view cannot hold it.
    expect(tabStopOf(items, null, 'CHN')).toBe('DZA');
    expect(tabStopOf([], null, 'FRA')).toBeNull();
  });
});
