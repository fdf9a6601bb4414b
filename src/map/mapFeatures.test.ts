import { describe, expect, it } from 'vitest';
import { testCountry } from '../test/countries';
import { buildAtlasIndex } from '../data/atlasIndex';
import type { LabelsFile } from '../data/geoSchemas';
import { testEvent } from '../test/sources';
import { LABEL_RANK, labelFeatures } from './mapFeatures';

const country = testCountry;

const index = buildAtlasIndex(
  { events: [testEvent({ id: 'summit', date: '1962-05-01', countries: ['USA', 'SUN', 'MLI'] })] },
  {
    countries: ['MLI', 'NER', 'FRA', 'USA', 'RUS'].map((code) => country(code, code === 'NER')),
    historicalCodes: [
      { code: 'SUN', shape: 'RUS', name: { en: 'USSR', fr: 'URSS' }, until: '1991-12-26' },
    ],
  },
  { organisations: [], presences: [], eras: [] },
);

const labels: LabelsFile = {
  type: 'FeatureCollection',
  features: ['MLI', 'NER', 'FRA', 'USA', 'RUS', 'TUV'].map((iso3) => ({
    type: 'Feature',
    properties: { iso3 },
    geometry: { type: 'Point', coordinates: [0, 0] },
  })),
};

const ranks = (choice?: { country: string | null; event: string | null }) =>
  Object.fromEntries(
    labelFeatures(index, labels, 1962, 'en', choice).features.map((f) => [
      f.properties.iso3,
      f.properties.rank,
    ]),
  );

describe('labelFeatures', () => {
  it('ranks Mali, then its neighbours, then the rest, and labels covered countries only', () => {
    expect(ranks()).toEqual({
      MLI: LABEL_RANK.mali,
      NER: LABEL_RANK.neighbour,
      FRA: LABEL_RANK.other,
      USA: LABEL_RANK.other,
      RUS: LABEL_RANK.other,
    });
  });

  it('puts the chosen country first, then the countries of the chosen event', () => {
    expect(ranks({ country: 'FRA', event: 'summit' })).toEqual({
      MLI: LABEL_RANK.mali,
      NER: LABEL_RANK.neighbour,
      FRA: LABEL_RANK.chosen,
      USA: LABEL_RANK.involved,
      RUS: LABEL_RANK.involved,
    });
  });

  it('puts first the label of the shape a historical code is drawn on', () => {
    expect(ranks({ country: 'SUN', event: null }).RUS).toBe(LABEL_RANK.chosen);
  });
});
