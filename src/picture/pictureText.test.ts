import { describe, expect, it } from 'vitest';
import { buildAtlasIndex } from '../data/atlasIndex';
import { testCountry } from '../test/countries';
import { testEvent, testFrance, testSource } from '../test/sources';
import { MAP_COLOURS } from '../theme/palette';
import { pictureText } from './pictureText';

const index = buildAtlasIndex(
  {
    events: [
      testEvent({
        id: 'operation-serval-launched',
        date: '2013-01-11',
        title: { en: 'Operation Serval begins', fr: 'Début de l’opération Serval' },
        countries: ['MLI', 'FRA'],
      }),
    ],
  },
  { countries: [testCountry('MLI'), testFrance({ since: [], period: [] })], historicalCodes: [] },
  {
    organisations: [
      {
        id: 'ECOWAS',
        name: { en: 'Economic Community of West African States', fr: 'CEDEAO' },
        acronym: { en: 'ECOWAS', fr: 'CEDEAO' },
        maliMembership: [],
        maliSuspensions: [],
        members: [],
        sources: [testSource],
      },
    ],
    presences: [],
    eras: [],
  },
);
const none = { year: 2013, country: null, event: null, org: null };
const LINK = 'https://atlas.example/?year=2013&country=FRA&lang=fr';

describe('pictureText', () => {
  it('heads the picture with the selected country, in the reader’s language', () => {
    const text = pictureText(index, { ...none, country: 'FRA' }, 'fr', LINK);
    expect(text).toMatchObject({
      atlasName: 'Atlas des relations du Mali',
      year: '2013',
      headline: 'France',
      legendTitle: 'Relations avec le Mali, fin 2013',
      link: LINK,
    });
  });

  it('heads it with the event’s title, after the country when both are chosen', () => {
    const event = { ...none, event: 'operation-serval-launched' };
    expect(pictureText(index, event, 'en', LINK).headline).toBe('Operation Serval begins');
    expect(pictureText(index, { ...event, country: 'FRA' }, 'fr', LINK).headline).toBe(
      'France — Début de l’opération Serval',
    );
  });

  it('heads it with the legend’s title when nothing is chosen', () => {
    expect(pictureText(index, none, 'en', LINK).headline).toBe('Relations with Mali, end of 2013');
  });

  it('writes the legend as the page does, with the organisation’s members when shown', () => {
    const plain = pictureText(index, none, 'en', LINK).legend;
    expect(plain[0]).toEqual({ swatch: 'fill', colour: MAP_COLOURS.mali, label: 'Mali' });
    expect(plain.map((k) => k.label)).toContain('Diplomatic relations');
    const withOrg = pictureText(index, { ...none, org: 'ECOWAS' }, 'fr', LINK).legend;
    expect(withOrg.at(-1)?.label).toBe('Contour en tirets : membres de CEDEAO fin 2013');
  });
});
