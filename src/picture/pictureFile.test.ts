import { describe, expect, it } from 'vitest';
import { pictureFileName } from './pictureFile';

const base = { atlasName: 'Mali Relations Atlas', year: 2013, country: null, event: null };

describe('pictureFileName', () => {
  it('names the year and the country, with no spaces', () => {
    expect(pictureFileName({ ...base, country: 'FRA', format: 'png' })).toBe(
      'mali-relations-atlas-2013-FRA.png',
    );
  });

  it('tells the large PNG and the SVG apart', () => {
    expect(pictureFileName({ ...base, country: 'FRA', format: 'png2x' })).toBe(
      'mali-relations-atlas-2013-FRA-2x.png',
    );
    expect(pictureFileName({ ...base, format: 'svg' })).toBe('mali-relations-atlas-2013.svg');
  });

  it('names an event by its id, and the French atlas without accents', () => {
    expect(
      pictureFileName({
        ...base,
        atlasName: 'Atlas des relations du Mali',
        event: 'operation-serval',
        format: 'png',
      }),
    ).toBe('atlas-des-relations-du-mali-2013-operation-serval.png');
  });

  it('never lets a hostile id into the name', () => {
    const name = pictureFileName({
      ...base,
      country: '../FRA',
      event: 'a b/../c',
      format: 'png',
    });
    expect(name).toBe('mali-relations-atlas-2013-FRA-a-b-c.png');
  });
});
