import { describe, expect, it } from 'vitest';
import { buildAtlasIndex } from '../data/atlasIndex';
import { testCountry } from '../test/countries';
import { box, shapesOf } from '../test/shapes';
import { testFrance } from '../test/sources';
import { drawMapSvg, svgFileText, svgWithoutText } from './pictureSvg';

const index = buildAtlasIndex(
  { events: [] },
  { countries: [testCountry('MLI'), testFrance({ since: [], period: [] })], historicalCodes: [] },
  { organisations: [], presences: [], eras: [] },
);
const shapes = shapesOf({ MLI: box(-12.3, 10.1, 4.2, 25), FRA: box(-4.6, 42.3, 8.1, 51.1) });
const labels = {
  type: 'FeatureCollection' as const,
  features: [
    {
      type: 'Feature' as const,
      properties: { iso3: 'FRA' },
      geometry: { type: 'Point' as const, coordinates: [2.5, 46.5] as [number, number] },
    },
  ],
};

const draw = () =>
  drawMapSvg({
    index,
    shapes,
    labels,
    view: { year: 2013, country: 'FRA', event: null, frame: 'region', org: null },
    width: 400,
    height: 225,
    title: 'Map of Mali and its partners in 2013',
    lang: 'en',
  });

describe('the picture’s SVG', () => {
  it('is a file that opens on its own: namespaced, titled, with the countries’ shapes', () => {
    const file = svgFileText(draw());
    expect(file.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    const svg = new DOMParser().parseFromString(file, 'image/svg+xml').documentElement;
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('font-family')).toContain('Noto Sans');
    expect(svg.querySelector('title')?.textContent).toBe('Map of Mali and its partners in 2013');
    expect(svg.querySelector('path[data-iso3="FRA"]')?.getAttribute('d')).toBeTruthy();
    expect(svg.querySelector('text')?.textContent).toBe('France');
  });

  it('goes on a canvas without its names, at the size asked for', () => {
    const file = svgWithoutText(draw(), 1200, 675);
    const svg = new DOMParser().parseFromString(file, 'image/svg+xml').documentElement;
    expect(svg.querySelector('text')).toBeNull();
    expect(svg.getAttribute('width')).toBe('1200');
    expect(svg.getAttribute('viewBox')).toBe('0 0 400 225');
  });
});
