import type { Country } from '../data/schemas';

/** A country with no periods or former names, named by its code: enough for the map's rules. */
export const testCountry = (iso3: string, neighbour = false): Country => ({
  iso3,
  name: { en: iso3, fr: iso3 },
  neighbour,
  historicalNames: [],
  periods: [],
});
