import { describe, expect, it } from 'vitest';
import { buildAtlasIndex } from '../data/atlasIndex';
import { announcement } from './announcement';
import { testSource } from '../test/sources';

const source = [testSource];
const index = buildAtlasIndex(
  {
    events: ['a', 'b'].map((id) => ({
      id: `agacher-${id}`,
      date: '1985-12-25',
      precision: 'day' as const,
      category: 'security' as const,
      title: { en: `War ${id}`, fr: `Guerre ${id}` },
      summary: { en: 's', fr: 's' },
      countries: ['MLI', 'BFA'],
      organisations: [],
      sources: source,
      certainty: 'verified' as const,
    })),
  },
  {
    countries: [
      {
        iso3: 'BFA',
        name: { en: 'Burkina Faso', fr: 'Burkina Faso' },
        neighbour: true,
        historicalNames: [],
        periods: [
          {
            status: 'tense',
            certainty: 'verified',
            from: '1985-12-25',
            reason: { en: 'r', fr: 'r' },
            sources: source,
          },
        ],
      },
    ],
    historicalCodes: [],
  },
  { organisations: [], presences: [], eras: [] },
);

describe('announcement', () => {
  it('says the year, the country with its status, and the count of events', () => {
    expect(announcement(index, { year: 1985, country: 'BFA', event: null, lang: 'en' })).toBe(
      '1985. Burkina Faso: tense. 2 events this year.',
    );
    expect(announcement(index, { year: 1985, country: 'BFA', event: null, lang: 'fr' })).toBe(
      '1985. Burkina Faso\u202f: tendues. 2 événements cette année.',
    );
  });
  it('names the event and handles quiet years', () => {
    expect(announcement(index, { year: 1986, country: null, event: null, lang: 'en' })).toBe(
      '1986. No event in the atlas for this year.',
    );
    expect(announcement(index, { year: 1985, country: null, event: 'agacher-a', lang: 'en' })).toBe(
      '1985. War a. 2 events this year.',
    );
  });
});
