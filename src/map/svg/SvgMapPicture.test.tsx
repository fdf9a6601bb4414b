import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildAtlasIndex } from '../../data/atlasIndex';
import { testCountry } from '../../test/countries';
import { box, shapesOf } from '../../test/shapes';
import { testFrance } from '../../test/sources';
import { MAP_COLOURS, STATUS_COLOURS } from '../../theme/palette';
import { SvgMapPicture, type PictureView } from './SvgMapPicture';

// France is 'established' from 1960 and 'close' from Serval (January 2013) in testFrance.
const index = buildAtlasIndex(
  { events: [] },
  {
    countries: [
      testCountry('MLI'),
      testCountry('NER', true),
      testFrance({ since: [], period: [] }),
    ],
    historicalCodes: [],
  },
  { organisations: [], presences: [], eras: [] },
);
const shapes = shapesOf({
  MLI: box(-12.3, 10.1, 4.2, 25),
  NER: box(0.2, 11.7, 16, 23.5),
  FRA: box(-4.6, 42.3, 8.1, 51.1),
});

const view = (change: Partial<PictureView>): PictureView => ({
  year: 2010,
  country: null,
  event: null,
  frame: 'region',
  org: null,
  ...change,
});

// No StoreContext provider: a picture that read the store would throw here.
const draw = (title: string, change: Partial<PictureView>) =>
  render(
    <SvgMapPicture
      index={index}
      shapes={shapes}
      view={view(change)}
      width={640}
      height={360}
      title={title}
    />,
  );

const fillOf = (picture: HTMLElement, iso3: string) =>
  picture.querySelector(`path[data-iso3="${iso3}"]`)?.getAttribute('fill');

const selectedOutline = (picture: HTMLElement) =>
  picture.querySelector(`g[stroke="${MAP_COLOURS.selectedOutline}"] path[data-code]`);

afterEach(cleanup);

describe('SvgMapPicture', () => {
  it('draws each view from its props: the year’s colours and the chosen country', () => {
    draw('2010', { year: 2010 });
    draw('2014, France', { year: 2014, country: 'FRA' });
    const before = screen.getByRole('img', { name: '2010' });
    const after = screen.getByRole('img', { name: '2014, France' });

    expect(fillOf(before, 'FRA')).toBe(STATUS_COLOURS.established);
    expect(fillOf(after, 'FRA')).toBe(STATUS_COLOURS.close);
    expect(fillOf(before, 'MLI')).toBe(MAP_COLOURS.mali);

    expect(selectedOutline(before)).toBeNull();
    expect(selectedOutline(after)?.getAttribute('data-code')).toBe('FRA');
  });

  it('frames the view as the SVG map does: the region, else the chosen country and Mali', () => {
    const inside = (picture: HTMLElement, iso3: string) => {
      const d = picture.querySelector(`path[data-iso3="${iso3}"]`)?.getAttribute('d') ?? '';
      const numbers = (d.match(/-?[\d.]+/g) ?? []).map(Number);
      const xs = numbers.filter((_, i) => i % 2 === 0);
      const ys = numbers.filter((_, i) => i % 2 === 1);
      return (
        numbers.length > 0 &&
        Math.min(...xs) >= 0 &&
        Math.max(...xs) <= 640 &&
        Math.min(...ys) >= 0 &&
        Math.max(...ys) <= 360
      );
    };
    draw('region', {});
    draw('France', { country: 'FRA' });
    const region = screen.getByRole('img', { name: 'region' });
    const chosen = screen.getByRole('img', { name: 'France' });
    expect(inside(region, 'MLI')).toBe(true);
    expect(inside(region, 'FRA')).toBe(false);
    expect(inside(chosen, 'FRA')).toBe(true);
    expect(inside(chosen, 'MLI')).toBe(true);
  });

  it('is a picture, not a control: no buttons, no tab stops, no handlers', () => {
    const { container } = draw('still', { country: 'FRA' });
    expect(screen.getByRole('img', { name: 'still' }).querySelector('title')?.textContent).toBe(
      'still',
    );
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(container.querySelectorAll('[tabindex]')).toHaveLength(0);
  });
});
